import Foundation
import Testing

/// Issue 19, findings 1 and 5 through the real binary: nothing is stored cut short, and no
/// number or date makes unbounded work.
@Suite("输入规则 Input policy and bounds on the command line")
struct InputPolicyCLITests {
    func workspace() throws -> (home: String, run: ([String]) async throws -> (status: Int32, output: String, error: String)) {
        let home = try temporaryHome()
        let ws = home + "/w.sqlite"
        let bin = try TmuxSession.binary()
        return (home, { args in try await runProcess(bin, args + ["--workspace", ws]) })
    }

    @Test func aNulInABodyFileIsRefusedWithFileByteLineAndColumnAndNothingIsStored() async throws {
        let (home, run) = try workspace()
        // 1,068,848 bytes with a NUL at byte offset 193 (the 194th byte), on line 2.
        var bytes = [UInt8](repeating: UInt8(ascii: "a"), count: 192) + [0x0A, 0x00]
        bytes += [UInt8](repeating: UInt8(ascii: "b"), count: 1_068_848 - bytes.count)
        let file = home + "/body.txt"
        try Data(bytes).write(to: URL(fileURLWithPath: file))
        let add = try await run(["doc", "add", "--title", "通知", "--type", "general", "--attribute", "proactive",
                           "--category", "政府文件", "--unit", "county-office", "--formed", "2025-01-01", "--body-file", file])
        #expect(add.status != 0)
        #expect(add.error.contains(file) && add.error.contains("第 194 字节") && add.error.contains("第 2 行第 1 列")
                && add.error.contains("U+0000 NUL"), "\(add.error)")
        #expect(try await run(["doc", "list"]).output.contains("共 0 件"))
        #expect(try await run(["audit", "--format", "json"]).output.contains("document.add") == false)
    }

    @Test func aNulInAnImportedCellIsRefusedWithFileLineColumn() async throws {
        let (home, run) = try workspace()
        let file = home + "/台账.csv"
        try Data("申请人,申请人类型,收到日期,收到方式,申请内容\n张三,自然人,2026-11-02,互联网,\"before\u{0}after\"\n".utf8)
            .write(to: URL(fileURLWithPath: file))
        let r = try await run(["import", "applications", file])
        #expect(r.status != 0)
        #expect(r.error.contains("台账.csv:2:5: [申请内容]") && r.error.contains("U+0000"), "\(r.error)")
        #expect(try await run(["app", "list"]).output.contains("共 0 件"))
    }

    @Test(arguments: [
        ["calendar", "add-workdays", "--from", "2026-01-05", "--days", "100000000"],
        ["calendar", "add-workdays", "--from", "2026-01-05", "--days", "9223372036854775807"],
        ["app", "list", "--due-within", "9223372036854775807"],
        ["app", "list", "--limit", "10001"],
        ["app", "list", "--offset", "10000001"],
        ["app", "add", "--received", "0001-01-01", "--channel", "online", "--applicant-type", "business",
         "--applicant-name", "某公司", "--content", "内容"],
        ["app", "add", "--received", "1000-01-01", "--channel", "online", "--applicant-type", "business",
         "--applicant-name", "某公司", "--content", "内容"],
        // 120 KB: about the most one argument may carry (Linux MAX_ARG_STRLEN is 128 KiB).
        ["app", "add", "--received", "2026-11-02", "--channel", "online", "--applicant-type", "business",
         "--applicant-name", String(repeating: "名", count: 40_000), "--content", "内容"],
        ["stats", "--width", "100000"],
        ["report", "annual", "--year", "9223372036854775807"],
    ])
    func outOfBoundsIsRefusedAndChangesNothing(_ args: [String]) async throws {
        let (_, run) = try workspace()
        let r = try await run(args)
        #expect(r.status != 0, "\(args.prefix(4)): \(r.output.prefix(200))")
        #expect(r.error.contains("范围") || r.error.contains("上限"), "\(r.error.prefix(300))")
        #expect(try await run(["app", "list"]).output.contains("共 0 件"))
    }

    @Test func atTheLimitsItIsAccepted() async throws {
        let (_, run) = try workspace()
        #expect(try await run(["calendar", "add-workdays", "--from", "2026-01-05", "--days", "5000"]).status == 0)
        #expect(try await run(["app", "list", "--due-within", "366", "--limit", "10000", "--offset", "10000000"]).status == 0)
        let add = try await run(["app", "add", "--received", "1990-01-01", "--channel", "online", "--applicant-type", "business",
                           "--applicant-name", String(repeating: "名", count: 100), "--content", "内容"])
        #expect(add.status == 0, "\(add.error)")
    }
}
