import Foundation
import Testing
@testable import GongkaiCore
@testable import GongkaiExchange
@testable import GongkaiStore

private let header = "申请人,申请人类型,收到日期,收到方式,申请内容\n"
private let docHeader = "标题,文件类型,公开属性,成文日期,状态,发布日期,文号,公开目录,正文\n"

/// Issue 19, findings 1, 4 and 5 at import: the door's input policy and bounds, located
/// `file:line:column`, nothing imported; and `gongkai check` accepts imported records.
@Suite("导入的输入规则 Import: input policy, bounds, check")
struct ImportInputPolicyTests {
    @Test func aNulInACsvCellIsRefusedWithFileLineColumnAndNothingIsImported() throws {
        let s = try emptyService()
        let text = header + "张三,自然人,2026-11-02,互联网,正常\n" + "李四,自然人,2026-11-03,互联网,\"before\u{0}after\"\n"
        let issues = try refused(.applications, source(text), service: s)
        #expect(issues.count == 1)
        #expect(issues[0].line == 3 && issues[0].column == 5 && issues[0].header == "申请内容")
        #expect(issues[0].description.hasPrefix("台账.csv:3:5: [申请内容]") && issues[0].reason.contains("U+0000"))
        #expect(issues[0].reason.contains("第 7 个字符"))
    }

    @Test func escapesAndBidiInCellsAreRefusedWithTheirPlaceInTheCell() throws {
        let s = try emptyService()
        let text = header + "\"王\u{202E}五\",自然人,2026-11-02,互联网,\"第一行\n第二\u{1B}]0;x\u{07}行\"\n"
        let issues = try refused(.applications, source(text), service: s)
        #expect(issues.map(\.column) == [1, 5])
        #expect(issues[1].reason.contains("第 2 行第 3 列") && issues[1].reason.contains("ESC"))
        let docs = docHeader + "\"标题\u{9B}2J\",一般信息,主动公开,2026-03-01,草稿,,,,正文\n"
        let docIssues = try refused(.documents, source(docs), service: s)
        #expect(docIssues.count == 1 && docIssues[0].header == "标题")
    }

    @Test func lengthsAndDateRangesAreRefusedAtImportAsAtTheDoor() throws {
        let s = try emptyService()
        let long = String(repeating: "名", count: 101)
        let issues = try refused(.applications, source(header + "\(long),自然人,2026-11-02,互联网,内容\n"), service: s)
        #expect(issues.count == 1 && issues[0].column == 1 && issues[0].reason.contains("101"))
        let old = try refused(.applications, source(header + "张三,自然人,1989-12-31,互联网,内容\n"), service: s)
        #expect(old.count == 1 && old[0].line == 2 && old[0].reason.contains("1990-01-01"))
        let formed = try refused(.documents, source(docHeader + "旧文,一般信息,主动公开,1949-09-30,草稿,,,,\n"), service: s)
        #expect(formed.count == 1 && formed[0].reason.contains("1949-10-01"))
        // At the limits, accepted.
        let ok = String(repeating: "名", count: 100)
        #expect(try LedgerImport.run(.applications, source(header + "\(ok),自然人,1990-01-01,互联网,内容\n"), service: s).count == 1)
    }

    @Test func checkPassesAfterImportingTwoHundredApplicationsAndDocuments() throws {
        let s = try emptyService()
        var apps = header
        for i in 1...200 { apps += "申请人\(i),自然人,2026-0\(1 + i % 9)-1\(i % 10),互联网,申请公开第 \(i) 项\n" }
        #expect(try LedgerImport.run(.applications, source(apps), service: s).count == 200)
        var docs = docHeader
        for i in 1...200 { docs += "文件\(i),一般信息,主动公开,2026-0\(1 + i % 9)-0\(1 + i % 9),草稿,,,,正文\(i)\n" }
        #expect(try LedgerImport.run(.documents, source(docs, name: "目录.csv"), service: s).count == 200)
        let report = try s.workspace.check()
        #expect(report.ok, "\(report)")
    }

    @Test func aRecordWithNoAuditEntryIsStillReported() throws {
        let s = try emptyService()
        _ = try LedgerImport.run(.applications, source(header + "张三,自然人,2026-11-02,互联网,内容\n"), service: s)
        // A row written behind the door's back: no audit entry of any kind.
        try s.workspace.writer.write { db in
            try db.execute(sql: """
                INSERT INTO application (id, applicantType, applicantName, channel, received, content, unitId, createdAt, updatedAt)
                SELECT 'A2026-9999', applicantType, applicantName, channel, received, content, unitId, createdAt, updatedAt
                FROM application LIMIT 1
                """)
        }
        let report = try s.workspace.check()
        #expect(!report.ok)
        #expect(report.findings.first { $0.check == "audit-application" }?.ok == false)
        #expect(report.findings.first { $0.check == "audit-document" }?.ok == true)
    }
}
