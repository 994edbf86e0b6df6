import Foundation
import GongkaiTestSupport
import Testing
@testable import GongkaiCore
@testable import GongkaiStore
@testable import GongkaiTUI

/// wcwidth needs a UTF-8 LC_CTYPE, exactly as in the app: set it up the app's way once.
let testLocale: TerminalLocale.Outcome = TerminalLocale.setUp()

func requireUTF8Locale() {
    if case .unavailable(let name) = testLocale {
        Issue.record("no UTF-8 locale available (was \(name)); install locales / C.UTF-8")
    }
}

let pinnedToday = CivilDate(iso: "2026-11-27")!

/// A new in-memory workspace initialised by li.ming on the pinned day (`demo`: with the demo
/// data), copied from the one seeded for the run.
func seededWorkspace(demo: Bool = true) throws -> Workspace {
    try GongkaiTestSupport.seededWorkspace(demo: demo, by: "li.ming", on: pinnedToday)
}

/// An app model over an in-memory demo workspace with a pinned date and officer.
func demoModel(width: Int, height: Int, demo: Bool = true,
               prepare: (Workspace) throws -> Void = { _ in }) throws -> AppModel {
    requireUTF8Locale()
    let ws = try seededWorkspace(demo: demo)
    let service = GongkaiService(workspace: ws, actor: Actor(login: "li.ming", origin: "test"),
                                 today: { pinnedToday })
    try prepare(ws)
    return AppModel(width: width, height: height, data: ServiceDataSource(service: service),
                    workspaceDisplay: "~/.local/share/gongkai/workspace.sqlite")
}

func screen(_ model: AppModel) -> [String] {
    AppView.render(model.state, keymap: model.keymap).grid.textLines()
}

/// Compares a screen with a golden text file under Golden/. Set GONGKAI_UPDATE_GOLDEN=1 to
/// (re)write the files after a deliberate change, then review the diff.
func expectGolden(_ lines: [String], _ name: String, sourceLocation: SourceLocation = #_sourceLocation) {
    let dir = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")
    let file = dir.appendingPathComponent(name + ".txt")
    let actual = lines.joined(separator: "\n") + "\n"
    if ProcessInfo.processInfo.environment["GONGKAI_UPDATE_GOLDEN"] == "1" {
        try? FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        try? actual.write(to: file, atomically: true, encoding: .utf8)
        return
    }
    guard let expected = try? String(contentsOf: file, encoding: .utf8) else {
        Issue.record("golden file \(name).txt is missing; run with GONGKAI_UPDATE_GOLDEN=1", sourceLocation: sourceLocation)
        return
    }
    if expected != actual {
        let e = expected.components(separatedBy: "\n"), a = actual.components(separatedBy: "\n")
        let firstDiff = zip(e, a).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(e.count, a.count)
        Issue.record("""
            screen differs from \(name).txt at line \(firstDiff + 1):
            expected: \(firstDiff < e.count ? e[firstDiff] : "<none>")
            actual:   \(firstDiff < a.count ? a[firstDiff] : "<none>")
            --- actual screen ---
            \(actual)
            """, sourceLocation: sourceLocation)
    }
}

extension AppModel {
    /// Whether an input asked to end the session (`Effect.quit`, not taken by a loop yet).
    var asksToQuit: Bool { pendingEffects.contains(.quit) }
}
