import Foundation
import Testing

/// Issue 19, finding 2: every human-readable output, every export to standard output and every
/// error that repeats input goes through the one sanitiser whether or not standard output is a
/// terminal — here a pipe (a file, as `| cat`, `| head`, `| grep` give the program).
@Suite("输出净化 Output to a pipe carries no escape", .serialized)
struct OutputSanitisingCLITests {
    /// Made once, by the first test that needs it.
    static let workspace = Task<String, Error> {
        let path = try temporaryHome() + "/hostile.sqlite"
        try await HostileWorkspace.make(at: path)
        return path
    }

    func run(_ args: [String]) async throws -> (status: Int32, output: String, error: String) {
        try await runProcess(try TmuxSession.binary(), args + ["--workspace", try await Self.workspace.value])
    }

    func firstId(_ verb: String) async throws -> String {
        let out = try await run([verb, "list", "--format", "json"]).output
        let id = out.split(separator: "\"").drop { $0 != "id" }.dropFirst(2).first
        return try #require(id.map(String.init))
    }

    @Test(arguments: [
        ["app", "list"], ["doc", "list"], ["officer", "list"], ["review", "list"], ["inspect", "list"],
        ["duties", "list"], ["consult", "list"], ["unit", "list"], ["audit"],
        ["app", "list", "--format", "json"], ["doc", "list", "--format", "json"], ["audit", "--format", "json"],
    ])
    func listsToAPipeCarryNoEscape(_ args: [String]) async throws {
        let r = try await run(args)
        #expect(r.status == 0, "\(r.error)")
        #expect(r.output.contains("恶意"), "the planted text is shown")
        #expect(HostileWorkspace.forbidden(in: Data(r.output.utf8)) == [], "\(args)")
    }

    @Test func showsToAPipeCarryNoEscape() async throws {
        for (verb, id) in [("app", try await firstId("app")), ("doc", try await firstId("doc"))] {
            for format in ["text", "json"] {
                let r = try await run([verb, "show", id, "--format", format])
                #expect(r.status == 0, "\(r.error)")
                #expect(r.output.contains("恶意"))
                #expect(HostileWorkspace.forbidden(in: Data(r.output.utf8)) == [], "\(verb) show \(format)")
            }
        }
    }

    @Test(arguments: ["applications", "documents", "register", "review", "audit", "duties", "consultations", "inspections"])
    func everyExportToStandardOutputCarriesNoEscape(_ kind: String) async throws {
        for format in ["csv", "json", "md"] {
            let r = try await run(["export", kind, "--format", format, "-o", "-"])
            #expect(r.status == 0, "\(kind) \(format): \(r.error)")
            #expect(HostileWorkspace.forbidden(in: Data(r.output.utf8)) == [], "export \(kind) --format \(format)")
        }
    }

    @Test func jsonKeepsTheExactTextAsEscapes() async throws {
        let r = try await run(["export", "applications", "--format", "json", "-o", "-"])
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(r.output.utf8)) as? [[String: Any]])
        let names = rows.compactMap { $0.values.compactMap { $0 as? String }.first { $0.hasPrefix("恶意") } }
        #expect(names.contains { $0.hasPrefix(HostileWorkspace.payload) })   // read back: the same string
    }

    @Test func errorsThatRepeatInputCarryNoEscape() async throws {
        let hostileArgument = "A\u{1B}]0;pwned\u{07}\u{1B}]52;c;ZXZpbA==\u{07}\u{202E}"
        for args in [["app", "show", hostileArgument], ["doc", "show", hostileArgument],
                     ["app", "list", "--state", hostileArgument], ["export", hostileArgument]] {
            let r = try await run(args)
            #expect(r.status != 0)
            #expect(r.error.contains("pwned"), "\(args): the argument is repeated, as placeholders")
            #expect(HostileWorkspace.forbidden(in: Data(r.error.utf8)) == [], "\(args)")
        }
    }
}
