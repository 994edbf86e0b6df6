import Foundation
import Testing

/// `gongkai import|export|publish` through the built binary: located refusals on stderr with
/// nothing written, an export that imports back, and a published site.
@Suite("命令行：导入导出与发布 CLI exchange")
struct ExchangeCLITests {
    func gongkai(_ args: [String], home: String) async throws -> (status: Int32, output: String, error: String) {
        try await runProcess("/usr/bin/env", ["-i", "HOME=\(home)", "LANG=C.UTF-8", "PATH=/usr/bin:/bin",
                                        try TmuxSession.binary()] + args)
    }

    @Test func refusedImportExportRoundTripAndPublish() async throws {
        let home = try temporaryHome()
        try await copyDemoWorkspace(home: home)
        let bad = home + "/bad.csv"
        try "申请人,申请人类型,收到日期,收到方式,申请内容\n张三,自然人,2026-02-30,当面,内容\n李四,外星人,2026-03-05,当面,内容\n"
            .write(toFile: bad, atomically: true, encoding: .utf8)
        let before = try await gongkai(["info", "--format", "json"], home: home).output
        let refused = try await gongkai(["import", "applications", bad], home: home)
        #expect(refused.status == 1 && refused.output.isEmpty)
        #expect(refused.error.contains("\(bad):2:3: [收到日期]") && refused.error.contains("\(bad):3:2: [申请人类型]"))
        #expect(refused.error.contains("未导入任何记录") && !refused.error.contains("\r"))   // no progress when piped
        #expect(try await gongkai(["info", "--format", "json"], home: home).output == before)

        let csv = home + "/apps.csv"
        #expect(try await gongkai(["export", "applications", "-o", csv], home: home).status == 0)
        let dry = try await gongkai(["import", "applications", csv, "--dry-run", "--format", "json"], home: home)
        #expect(dry.status == 0 && dry.output.contains("\"dryRun\" : true"))
        let xlsx = home + "/docs.xlsx"
        #expect(try await gongkai(["export", "documents", "--format", "xlsx", "-o", xlsx], home: home).status == 0)
        #expect(try Data(contentsOf: URL(fileURLWithPath: xlsx)).starts(with: [0x50, 0x4B]))
        let xlsxToTerminal = try await gongkai(["export", "documents", "--format", "xlsx"], home: home)
        #expect(xlsxToTerminal.status != 0 && xlsxToTerminal.error.contains("xlsx 须用 -o 指定输出文件"), "\(xlsxToTerminal.error)")

        let site = home + "/site"
        let published = try await gongkai(["publish", "--out", site, "--format", "json"], home: home)
        #expect(published.status == 0, "\(published.error)")
        let index = try String(contentsOfFile: site + "/index.html", encoding: .utf8)
        #expect(index.contains("政府信息公开") && !index.contains("张三"))
        let asClerk = try await gongkai(["publish", "--out", site, "--as", "zhao.edu"], home: home)
        #expect(asClerk.status != 0 && asClerk.error.contains("规则「仅限本单位」"), "\(asClerk.error)")
    }

    @Test func unicodeTextAndTheDelimiterOption() async throws {
        let home = try temporaryHome()
        try await copyDemoWorkspace(home: home)
        // Excel's "Unicode 文本": UTF-16LE with a BOM, TABs, CRLF, a quoted cell with a line break.
        let text = "申请人\t申请人类型\t收到日期\t收到方式\t申请内容\r\n张三\t自然人\t2026-03-05\t当面\t\"第一行,\n第二行\"\r\n"
            + "李四\t自然人\t2026-03-32\t当面\t内容\r\n"
        let file = home + "/台账.txt"
        try Data([0xFF, 0xFE] + text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })
            .write(to: URL(fileURLWithPath: file))
        let before = try await gongkai(["info", "--format", "json"], home: home).output
        let refused = try await gongkai(["import", "applications", file], home: home)
        #expect(refused.status == 1 && refused.error.contains("\(file):4:3: [收到日期]"), "\(refused.error)")
        #expect(try await gongkai(["info", "--format", "json"], home: home).output == before)
        // Forced to semicolon the quote of line 2 is inside one long cell; an unknown delimiter is a usage error.
        let forced = try await gongkai(["import", "applications", file, "--delimiter", ";"], home: home)
        #expect(forced.status == 1 && forced.error.contains("\(file):2:1:") && forced.error.contains("按分号分隔（--delimiter 指定）"))
        #expect(try await gongkai(["import", "applications", file, "--delimiter", "|"], home: home).status == 64)
        // Fixed, it imports with --delimiter tab and --encoding utf-16 as well.
        let fixed = text.replacingOccurrences(of: "2026-03-32", with: "2026-03-06")
        try Data([0xFF, 0xFE] + fixed.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }).write(to: URL(fileURLWithPath: file))
        let ok = try await gongkai(["import", "applications", file, "--delimiter", "tab", "--encoding", "utf-16"], home: home)
        #expect(ok.status == 0 && ok.output.contains("已导入申请 2 件"), "\(ok.error)")
    }
}
