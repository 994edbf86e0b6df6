import Foundation
import GongkaiTestSupport
import Testing
@testable import GongkaiCore
@testable import GongkaiStore
@testable import GongkaiTUI

/// 每个视图走一遍循环 — every view the view stack registers (`ViewStack.views`, the list
/// `ViewStackTests` walks on the model), through the real loop on the recording terminal: opened
/// the way an officer opens it; the recorded screen shows it; one of its own keys leaves the loop
/// running and the screen up to date; its close key brings the panes back.
///
/// The way in is the one written in `knownWays`, checked each run; a view with no known way, or
/// whose way no longer opens it, is searched for in the keymap and the command table (breadth
/// first, every bound key and every `:` command) and the test fails naming the way it found, so
/// the table is kept true and a new view is covered or named the day it is registered. (The
/// search replays hundreds of sessions: done for every view each run it took minutes.)
@Suite("每个视图走一遍循环 Every view through the loop")
struct EveryViewLoopTests {
    /// What an officer does: press a key, or type a `:` command line.
    enum Step: CustomStringConvertible {
        case key(Key)
        case command(String)
        var description: String {
            switch self {
            case .key(let key): return key.name
            case .command(let line): return ":" + line
            }
        }
        /// "`:line`" is a command line, anything else a key name (`Enter`, `S-Tab`, `i`, `:`).
        init(_ text: String) {
            if text.count > 1, text.hasPrefix(":") { self = .command(String(text.dropFirst())) } else { self = .key(Key(name: text)!) }
        }
    }

    /// Where a walk starts: a workstation just started on the demo workspace, or one started after
    /// a session was killed while its officer typed in a document (`editorPath`, then a character).
    struct Root: CustomStringConvertible {
        let directory: String?
        let description: String
        func start() throws -> LoopSession {
            try LoopSession(width: 100, height: 30, directory: directory)
        }
    }

    /// How an officer opens each view from a new start (the draft offer: from a start after a
    /// session was killed in the editor, with no step).
    static let knownWays: [ViewID: [String]] = [
        .confirm: ["D"], .catalogForm: ["/"], .help: ["?"], .registerForm: [":duties", "a"],
        .documentSearch: [":doc-search 通知"], .messages: [":messages"], .recovery: [], .inbox: ["i"],
        .interpretations: ["3"], .applications: ["S-Tab"], .commandLine: [":"],
        .interpretationSheet: [":interp-open"], .newDocument: [":new"], .report: [":report"],
        .applicationDetail: [":app-open"], .catalog: ["/", "Esc"], .register: [":duties"], .editor: [":doc-open"],
        .statistics: [":stats"], .history: ["H"], .documents: ["Tab"], .reader: ["i", "Enter"],
    ]

    /// The argument an officer types after a command that needs one to open anything.
    static let arguments: [String: String] = ["doc-search": "通知"]
    /// The commands that end the session (never a way into a view).
    static let ending: Set<String> = ["quit", "quit!"]
    /// The commands of a close key.
    static let closing: Set<String> = ["close", "cancel", "draft-keep", "reader-close"]
    /// A search deeper than this from a root fails, naming the view it did not reach.
    static let depth = 2

    static let fresh = Root(directory: nil, description: "a new start")

    /// A start after a session was killed while its officer typed in a document.
    static func afterAKill() throws -> Root {
        let editing = try replay(knownWays[.editor]!.map(Step.init), from: fresh)
        editing.session.type("草")
        return Root(directory: editing.session.directory, description: "a start after a kill in the editor")
    }

    /// The session after `path` from `root`, with the screen before its last step.
    static func replay(_ path: [Step], from root: Root) throws -> (session: LoopSession, before: CellGrid?) {
        let s = try root.start()
        var before = s.terminal.screen
        for step in path where s.status == nil {
            before = s.terminal.screen
            switch step {
            case .key(let key): s.keys(key)
            case .command(let line): s.command(line)
            }
        }
        return (s, before)
    }

    /// The steps tried in `s` now: the keys bound in its top view's scopes (then, in a pane,
    /// the global keys; at the root, the `:` commands those keys do not name), one per command.
    static func candidates(_ s: LoopSession, atRoot: Bool) -> [Step] {
        let top = s.model.topView, state = s.model.state
        let scopes = top.scopes(state)
        var seen = Set<String>(), steps: [Step] = []
        let scoped = s.model.keymap.bindings.filter { $0.scope.map(scopes.contains) == true }
        let global = top.id.pane == nil ? [] : s.model.keymap.bindings.filter { $0.scope == nil && top.passes($0.command, state: state) }
        for b in scoped + global where !ending.contains(b.command) && seen.insert(b.command).inserted {
            if top.takesText(state), b.key.isTyping { continue }
            steps.append(.key(b.key))
        }
        if atRoot {
            let bound = Set((scoped + global).map(\.command))   // tried above as keys
            let shared = Set(ViewStack.shared.map(\.name))
            for spec in Commands.all where !bound.contains(spec.name) && !shared.contains(spec.name)
                && !ending.contains(spec.name) {
                steps.append(.command(arguments[spec.name].map { spec.name + " " + $0 } ?? spec.name))
            }
        }
        return steps
    }

    /// Searches breadth first from `root` for the first way into `view`: a step that puts it on top.
    static func search(_ view: ViewID, from root: Root) throws -> [Step]? {
        let start = try root.start()
        if start.model.topView.id == view { return [] }
        var frontier: [[Step]] = [[]]
        for level in 0..<depth {
            var next: [[Step]] = []
            for path in frontier {
                let here = try replay(path, from: root).session
                guard here.status == nil else { continue }
                let before = here.model.topView.id
                for step in candidates(here, atRoot: level == 0) {
                    let s = try replay(path + [step], from: root).session
                    guard s.status == nil else { continue }
                    let top = s.model.topView.id
                    if top == view { return path + [step] }
                    if top != before { next.append(path + [step]) }
                }
            }
            frontier = next
        }
        return nil
    }

    /// The recorded screen is the frame of the session's state now (nothing drawn is stale).
    static func upToDate(_ s: LoopSession) -> Bool {
        s.terminal.screen == AppView.render(s.model.state, keymap: s.model.keymap).grid
    }

    @Test func everyRegisteredViewHasAKnownWayIn() {
        let missing = ViewStack.views.map { $0.id }.filter { Self.knownWays[$0] == nil }
        #expect(missing.isEmpty, "no known way into \(missing): the walk searches for one each run")
        let registered = Set(ViewStack.views.map { $0.id })
        #expect(Self.knownWays.keys.allSatisfy(registered.contains), "a known way into a view not registered")
    }

    @Test(arguments: ViewStack.views.map { $0.id })
    func opensThroughTheLoopAnswersAKeyAndClosesBackToThePanes(_ id: ViewID) throws {
        let view = try #require(ViewStack.views.first { $0.id == id })
        let root = id == .recovery ? try Self.afterAKill() : Self.fresh
        var path = Self.knownWays[id].map { $0.map(Step.init) }
        if let known = path, try Self.replay(known, from: root).session.model.topView.id != id {
            path = nil
        }
        if path == nil {
            let found = try Self.search(id, from: root)
            let way = found.map { $0.map(\.description).joined(separator: " ") } ?? "none within \(Self.depth) steps"
            Issue.record("the known way into \(id) is missing or no longer opens it; the search found: \(way)")
            path = found
        }
        guard let path else { return }
        let (s, opening) = try Self.replay(path, from: root)
        let how = root.description + ": " + path.map(\.description).joined(separator: " ")
        // Open, on top, and on the recorded screen: its own drawing is there, cell by cell (a view
        // drawn by the one under it, the reader in the inbox, changed the screen when it opened).
        #expect(view.isOpen(s.model.state) && s.model.topView.id == id, "\(id) (\(how)) is on top")
        #expect(Self.upToDate(s), "\(id) (\(how)): the screen shows the state")
        let screen = try #require(s.terminal.screen)
        var alone = CellGrid(width: screen.width, height: screen.height)
        _ = view.draw(&alone, state: s.model.state, keymap: s.model.keymap)
        var drawn = 0, differing: [String] = []
        for y in 0..<screen.height {
            for x in 0..<screen.width where alone[x, y].text != " " && !alone[x, y].text.isEmpty {
                drawn += 1
                if screen[x, y].text != alone[x, y].text { differing.append("(\(x), \(y))") }
            }
        }
        #expect(differing.isEmpty, "\(id) (\(how)) is not what the screen shows: \(differing.prefix(5))\n\(s.text)")
        #expect(drawn > 0 || (!path.isEmpty && opening != screen), "\(id) (\(how)) shows nothing")

        // One of its own keys: the loop goes on and draws what it did.
        let scopes = view.scopes(s.model.state)
        let own = s.model.keymap.bindings.filter { $0.scope.map(scopes.contains) == true }
        let binding = try #require(own.first {
            !Self.closing.contains($0.command) && !Self.ending.contains($0.command)
                && !(view.takesText(s.model.state) && $0.key.isTyping)
        } ?? own.first, "\(id) has keys of its own")
        s.keys(binding.key)
        #expect(s.status == nil, "\(id): \(binding.key.name) (\(binding.command)) ended the session")
        #expect(Self.upToDate(s), "\(id): the screen after \(binding.key.name) (\(binding.command)) is stale")
        if id.pane != nil { return }

        // Its close key brings the panes back (whatever its key put on top of it is closed
        // first, a detail goes back to its list, a question is answered no).
        let t = try view.isOpen(s.model.state) ? s : Self.replay(path, from: root).session   // its key closed it
        for _ in 0..<6 where t.status == nil && t.model.topView.id.pane == nil {
            let top = t.model.topView, topScopes = top.scopes(t.model.state)
            let own = t.model.keymap.bindings.filter { $0.scope.map(topScopes.contains) == true }
            // A view with no close binding (the yes/no question: any key but yes is no) takes
            // Esc when none of its keys is Esc.
            let close = try #require(own.first { Self.closing.contains($0.command) }?.key
                ?? (own.contains { $0.key == .escape } ? nil : .escape), "\(top.id) has a close key")
            t.keys(close)
        }
        #expect(t.status == nil && !view.isOpen(t.model.state), "\(id) closes")
        #expect(t.model.openViews.allSatisfy { $0.id.pane != nil },
                "after \(id) the panes are back, not \(t.model.topView.id)")
        #expect(Self.upToDate(t), "\(id): the screen after closing it is stale")
    }
}
