import Foundation
import GongkaiTestSupport
import Testing
@testable import GongkaiCore
@testable import GongkaiStore
@testable import GongkaiTUI

/// 循环测试会话 — the workstation's real loop (`Workstation.start` + `WorkstationLoop.step`) on a
/// `RecordingTerminal`, over a workspace file in a temporary directory and an officer's draft
/// store of its own: feed keys, read the screen a terminal would show. Signals, other sessions'
/// commits, the clock and the external editor are the session's to give. No process, no tmux.
final class LoopSession {
    /// What the loop's environment reads, set by the test.
    final class Controls {
        var signal: Int32?
        var now = Date(timeIntervalSince1970: 1_800_000_000)
        /// The bodies handed to the external editor, and what it gives back.
        var edited: [String] = []
        var editorReply: (String) -> (text: String?, error: String?) = { ($0, nil) }
    }

    let directory: String
    let workspacePath: String
    let service: GongkaiService
    let files: LocalOfficerFiles
    let terminal: RecordingTerminal
    let controls = Controls()
    let loop: WorkstationLoop
    /// The exit status once the loop ended.
    private(set) var status: Int32?

    /// A session on a new workspace (`demo`: with the demo data) at `width`×`height`, by li.ming
    /// (the administrator who set it up) or, with `actAs`, by li.ming acting as that officer
    /// (`gongkai --as`, audited). With `directory`, the workspace there when it holds one.
    init(width: Int = 120, height: Int = 40, demo: Bool = true, language: UILanguage = .zh,
         directory: String? = nil, actAs: String? = nil) throws {
        requireUTF8Locale()
        let dir = try directory ?? Self.temporaryDirectory()
        self.directory = dir
        workspacePath = dir + "/workspace.sqlite"
        // A new workspace is a copy of the one seeded for the run (seeding costs more than most tests).
        if !FileManager.default.fileExists(atPath: workspacePath) {
            try seededWorkspaceFile(at: workspacePath, demo: demo, by: "li.ming", on: pinnedToday)
        }
        let (ws, created) = try Workspace.open(at: workspacePath)
        if created {
            _ = try GongkaiService(workspace: ws, actor: Actor(login: "li.ming", origin: "test"), today: { pinnedToday })
                .initialize(demo: demo, created: true)
        }
        service = try SessionIdentity.resolve(workspace: ws, realLogin: "li.ming", actAs: actAs, origin: "test",
                                              today: { pinnedToday })
        let files = LocalOfficerFiles(draftDirectory: dir + "/state", workingDirectory: dir)
        let terminal = RecordingTerminal(width: width, height: height)
        let service = self.service
        self.files = files
        self.terminal = terminal
        let controls = self.controls
        let environment = LoopEnvironment(
            takeSignal: { defer { controls.signal = nil }; return controls.signal },
            pushedChanges: nil,
            now: { controls.now },
            editor: { body in controls.edited.append(body); return controls.editorReply(body) })
        loop = UILanguage.$current.withValue(language) {
            Workstation.start(terminal: terminal, files: files, service: service, environment: environment)
        }
    }

    static func temporaryDirectory() throws -> String {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("gongkai-loop-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        return dir
    }

    var model: AppModel { loop.model }
    var lines: [String] { terminal.lines }
    var text: String { terminal.text }

    /// Runs passes of the loop until every queued input is read (at most one pass per input and
    /// a few more, besides the passes that re-read another session's changes), or the loop ends.
    func run() {
        var passes = terminal.script.count + 2
        while status == nil, passes > 0, !terminal.isDrained {
            if !model.hasPendingReload { passes -= 1 }
            status = loop.step()
        }
    }

    /// One pass with no input: the read times out (idle, signals, other sessions' changes), and
    /// the passes that finish re-reading what another session changed.
    func idle() {
        guard status == nil else { return }
        status = loop.step()
        settle()
    }

    /// Runs the passes that re-read another session's changes, a piece each.
    func settle() {
        // Bounded: a reload that never finishes fails the test instead of hanging the run.
        for _ in 0..<1_000 where status == nil && model.hasPendingReload { status = loop.step() }
        #expect(status != nil || !model.hasPendingReload, "the reload did not finish in 1,000 passes")
    }

    func keys(_ keys: Key...) {
        terminal.feed(keys.map { .key($0) })
        run()
    }

    /// Types each character as a key.
    func type(_ text: String) {
        terminal.feed(text.map { .key(.char($0)) })
        run()
    }

    /// A `:` command line, typed and entered.
    func command(_ line: String) {
        keys(.char(":"))
        type(line)
        keys(.enter)
    }

    /// Bracketed paste of `text`.
    func paste(_ text: String) {
        terminal.feed([.pasteBegin] + text.map { .key(.char($0)) } + [.pasteEnd])
        run()
    }

    /// A signal arrives; the next pass ends the session.
    func signal(_ number: Int32) {
        controls.signal = number
        idle()
    }

    /// The link drops (SIGHUP ends this session) and the officer starts again: a new session on the
    /// same workspace and draft store, at the same size.
    func hangUpAndStartAgain(sourceLocation: SourceLocation = #_sourceLocation) throws -> LoopSession {
        signal(SIGHUP)
        #expect(status == 128 + SIGHUP, sourceLocation: sourceLocation)
        return try LoopSession(width: terminal.size.width, height: terminal.size.height, directory: directory)
    }

    /// Time passes with no key.
    func wait(seconds: TimeInterval) {
        controls.now += seconds
        idle()
    }

    func screenContains(_ text: String) -> Bool { lines.contains { $0.contains(text) } }

    /// The screen shows `text`; else the test stops here, with the screen in the failure.
    @discardableResult
    func see(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> [String] {
        let shown = screenContains(text)
        try #require(shown, "“\(text)” is not on the screen:\n\(self.text)", sourceLocation: sourceLocation)
        return lines
    }

    /// A line of the screen satisfies `condition`; else the test stops here, with the screen.
    @discardableResult
    func see(_ what: String, sourceLocation: SourceLocation = #_sourceLocation,
             where condition: (String) -> Bool) throws -> [String] {
        let shown = lines.contains(where: condition)
        try #require(shown, "no line shows \(what):\n\(self.text)", sourceLocation: sourceLocation)
        return lines
    }
}
