import Foundation

// 演示工作区模板 — `gongkai init --demo` costs a second or more of a loaded machine; tests that only
// need a demo workspace to start from get a copy of one made by the real binary once per run. The
// tests of `init` itself still run it.

/// The demo workspace file made once per run by `gongkai init --demo` (in a clean environment,
/// as the tests' own `init` runs were).
private actor DemoTemplate {
    static let shared = DemoTemplate()
    private var made: Task<String, Error>?

    func path() async throws -> String {
        if let made { return try await made.value }
        let task = Task<String, Error> {
            let dir = try temporaryHome()
            let path = dir + "/demo-template.sqlite"
            let run = try await runProcess("/usr/bin/env", ["-i", "HOME=\(dir)", "LANG=C.UTF-8", "PATH=/usr/bin:/bin",
                                                            try TmuxSession.binary(), "init", "--demo", "--workspace", path])
            guard run.status == 0 else { throw E2EError("init --demo for the template failed: \(run.error)") }
            return path
        }
        made = task
        return try await task.value
    }
}

/// Puts a copy of the demo workspace at `path` (its folder made when missing), as
/// `gongkai init --demo --workspace path` leaves it.
func copyDemoWorkspace(to path: String) async throws {
    let template = try await DemoTemplate.shared.path()
    let fm = FileManager.default
    try fm.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
    try fm.copyItem(atPath: template, toPath: path)
}

/// Puts a copy of the demo workspace where `gongkai init --demo` run with `HOME=home` (and no
/// GONGKAI_WORKSPACE or XDG_DATA_HOME) puts it.
func copyDemoWorkspace(home: String) async throws {
    try await copyDemoWorkspace(to: home + "/.local/share/gongkai/workspace.sqlite")
}
