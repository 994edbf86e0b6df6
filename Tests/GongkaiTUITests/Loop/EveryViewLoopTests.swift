import Foundation
import GongkaiTestSupport
import Testing
@testable import GongkaiCore
@testable import GongkaiStore
@testable import GongkaiTUI

/// 每个视图走一遍循环 — every view the view stack registers (`ViewStack.views`, the list
/// `ViewStackTests` walks on the model), through the real loop on the recording terminal: opened
/// the way an officer opens it, found by searching the keymap and the command table (no list of
/// openers here, so a new view is covered or named the day it is registered); the recorded
/// screen shows it; one of its own keys leaves the loop running and the screen up to date; its
/// close key brings the panes back.
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

    /// A way into a view: from `root`, the steps of `path`; `session` is where it opened.
    struct Found {
        let root: Root
        let path: [Step]
        let session: LoopSession
    }

    /// The argument an officer types after a command that needs one to open anything.
    static let arguments: [String: String] = ["doc-search": "通知"]
    /// The commands that end the session (never a way into a view).
    static let ending: Set<String> = ["quit", "quit!"]
    /// The commands of a close key.
    static let closing: Set<String> = ["close", "cancel", "draft-keep"]
    /// A search deeper than this from a root fails, naming the views it did not reach.
    static let depth = 2

    func replay(_ path: [Step], from root: Root) throws -> LoopSession {
        let s = try root.start()
        for step in path where s.status == nil {
            switch step {
            case .key(let key): s.keys(key)
            case .command(let line): s.command(line)
            }
        }
        return s
    }

    /// The steps tried in `s` now: the keys bound in its top view's scopes (then, in a pane,
    /// the global keys; at the root, the `:` commands those keys do not name), one per command.
    func candidates(_ s: LoopSession, atRoot: Bool) -> [Step] {
        let top = s.model.topView, state = s.model.state
        let scopes = top.scopes(state)
        var seen = Set<String>(), steps: [Step] = []
        let scoped = s.model.keymap.bindings.filter { $0.scope.map(scopes.contains) == true }
        let global = top.id.pane == nil ? [] : s.model.keymap.bindings.filter { $0.scope == nil && top.passes($0.command, state: state) }
        for b in scoped + global where !Self.ending.contains(b.command) && seen.insert(b.command).inserted {
            if top.takesText(state), b.key.isTyping { continue }
            steps.append(.key(b.key))
        }
        if atRoot {
            let bound = Set((scoped + global).map(\.command))   // tried above as keys
            let shared = Set(ViewStack.shared.map(\.name))
            for spec in Commands.all where !bound.contains(spec.name) && !shared.contains(spec.name)
                && !Self.ending.contains(spec.name) {
                steps.append(.command(Self.arguments[spec.name].map { spec.name + " " + $0 } ?? spec.name))
            }
        }
        return steps
    }

    /// Searches breadth first from `root` for a way into every view not in `found` yet: the first
    /// step that puts a view on top (it was not on top before) opens it. Returns the session it
    /// opened in, with the path.
    func search(from root: Root, into found: inout [ViewID: Found]) throws {
        let wanted = Set(ViewStack.views.map { $0.id })
        let start = try root.start()
        // What is on top when the workstation starts (the draft offer after a kill) opens at start.
        if found[start.model.topView.id] == nil, root.directory != nil {
            found[start.model.topView.id] = Found(root: root, path: [], session: start)
        }
        var frontier: [[Step]] = [[]]
        for level in 0..<Self.depth {
            var next: [[Step]] = []
            for path in frontier {
                guard !wanted.isSubset(of: found.keys) else { return }
                let here = try replay(path, from: root)
                guard here.status == nil else { continue }
                let before = here.model.topView.id
                for step in candidates(here, atRoot: level == 0) {
                    guard !wanted.isSubset(of: found.keys) else { return }
                    let s = try replay(path + [step], from: root)
                    guard s.status == nil else { continue }
                    let top = s.model.topView.id
                    if top != before, found[top] == nil {
                        found[top] = Found(root: root, path: path + [step], session: s)
                        next.append(path + [step])
                    }
                }
            }
            frontier = next
        }
    }

    /// The recorded screen is the frame of the session's state now (nothing drawn is stale).
    func upToDate(_ s: LoopSession) -> Bool {
        s.terminal.screen == AppView.render(s.model.state, keymap: s.model.keymap).grid
    }

    @Test func everyRegisteredViewOpensThroughTheLoopAnswersAKeyAndClosesBackToThePanes() throws {
        var found: [ViewID: Found] = [:]
        let fresh = Root(directory: nil, description: "a new start")
        try search(from: fresh, into: &found)
        // A session killed while its officer typed in a document: the next start offers the draft.
        if let editing = found[.editor] {
            let killed = try replay(editing.path, from: fresh)
            killed.type("草")
            let root = Root(directory: killed.directory, description: "a start after a kill in the editor")
            try search(from: root, into: &found)
        }
        let missing = ViewStack.views.map { $0.id }.filter { found[$0] == nil }
        #expect(missing.isEmpty, "no key or command opens these views through the loop: \(missing)")

        for view in ViewStack.views {
            guard let entry = found[view.id] else { continue }
            let (root, path, s) = (entry.root, entry.path, entry.session)
            let how = root.description + ": " + path.map(\.description).joined(separator: " ")
            // Open, on top, and on the recorded screen: its own drawing is there, cell by cell.
            #expect(view.isOpen(s.model.state) && s.model.topView.id == view.id, "\(view.id) (\(how)) is on top")
            #expect(upToDate(s), "\(view.id) (\(how)): the screen shows the state")
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
            #expect(drawn > 0 && differing.isEmpty,
                    "\(view.id) (\(how)) is not what the screen shows: \(differing.prefix(5))\n\(s.text)")

            // One of its own keys: the loop goes on and draws what it did.
            let scopes = view.scopes(s.model.state)
            let own = s.model.keymap.bindings.filter { $0.scope.map(scopes.contains) == true }
            let binding = try #require(own.first {
                !Self.closing.contains($0.command) && !Self.ending.contains($0.command)
                    && !(view.takesText(s.model.state) && $0.key.isTyping)
            } ?? own.first, "\(view.id) has keys of its own")
            s.keys(binding.key)
            #expect(s.status == nil, "\(view.id): \(binding.key.name) (\(binding.command)) ended the session")
            #expect(upToDate(s), "\(view.id): the screen after \(binding.key.name) (\(binding.command)) is stale")
            if view.id.pane != nil { continue }

            // Its close key brings the panes back (whatever its key put on top of it is closed
            // first, a detail goes back to its list, a question is answered no).
            let t = try view.isOpen(s.model.state) ? s : replay(path, from: root)   // its key closed it
            for _ in 0..<6 where t.status == nil && t.model.topView.id.pane == nil {
                let top = t.model.topView, topScopes = top.scopes(t.model.state)
                let own = t.model.keymap.bindings.filter { $0.scope.map(topScopes.contains) == true }
                // A view with no close binding (the yes/no question: any key but yes is no) takes
                // Esc when none of its keys is Esc.
                let close = try #require(own.first { Self.closing.contains($0.command) }?.key
                    ?? (own.contains { $0.key == .escape } ? nil : .escape), "\(top.id) has a close key")
                t.keys(close)
            }
            #expect(t.status == nil && !view.isOpen(t.model.state), "\(view.id) closes")
            #expect(t.model.openViews.allSatisfy { $0.id.pane != nil },
                    "after \(view.id) the panes are back, not \(t.model.topView.id)")
            #expect(upToDate(t), "\(view.id): the screen after closing it is stale")
        }
    }
}
