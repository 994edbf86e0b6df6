import Foundation
import Testing

/// Issue 22: `gongkai app list` names the year whose holiday arrangement is missing next to a
/// provisional due date (the built-in calendar stops at 2026).
@Suite("暂定期限 Provisional due dates in the CLI")
struct ProvisionalCLITests {
    func gongkai(_ args: [String], home: String) async throws -> (status: Int32, output: String, error: String) {
        try await runProcess("/usr/bin/env", ["-i", "HOME=\(home)", "LANG=C.UTF-8", "PATH=/usr/bin:/bin",
                                        try TmuxSession.binary()] + args)
    }

    @Test func appListNamesTheMissingYear() async throws {
        let home = try temporaryHome()
        #expect(try await gongkai(["init"], home: home).status == 0)
        let app = try await gongkai(["app", "add", "--received", "2026-12-01", "--channel", "in-person", "--applicant-type", "自然人",
                               "--applicant-name", "张三", "--content", "道路预算", "--format", "json"], home: home)
        #expect(app.status == 0, "\(app.error)")
        let id = try #require(app.output.range(of: "A2026-\\d{4}", options: .regularExpression).map { String(app.output[$0]) })
        let extended = try await gongkai(["app", "event", id, "extend", "--date", "2026-12-04", "--days", "20", "--approver", "王主任"],
                                   home: home)
        #expect(extended.status == 0, "\(extended.error)")
        let list = try await gongkai(["app", "list"], home: home)
        let line = try #require(list.output.split(separator: "\n").first { $0.hasPrefix(id) })
        #expect(line.contains("2027-01-") && line.contains("?\t"))
        #expect(line.hasSuffix("暂定（2027 年节假日安排未录入）"))
    }
}
