import Foundation

/// The real binary's command line on one workspace: `cli.run("app", "list")` runs
/// `gongkai app list --workspace <ws>` to the end (bounded, as every `runProcess`).
struct WorkspaceCLI {
    let binary: String
    let workspace: String

    init(workspace: String) throws {
        binary = try TmuxSession.binary()
        self.workspace = workspace
    }

    func run(_ args: String...) async throws -> (status: Int32, output: String, error: String) {
        try await runProcess(binary, args + ["--workspace", workspace])
    }
}

/// A command's JSON output, parsed (an error quoting the text when it is not JSON).
func parseJSON(_ text: String) throws -> Any {
    do { return try JSONSerialization.jsonObject(with: Data(text.utf8)) } catch {
        throw E2EError("not JSON: \(text.prefix(400))")
    }
}
