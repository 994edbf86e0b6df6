import CoreFoundation
import Foundation
import Testing
@testable import GongkaiCore
@testable import GongkaiExchange
@testable import GongkaiStore

@Suite("导入 Import")
struct ImportTests {
    @Test func ledgerDatesInTheFormsOfficesType() {
        #expect(ExchangeDate.parse("2026-03-05") == day("2026-03-05"))
        #expect(ExchangeDate.parse("2026/3/5") == day("2026-03-05"))
        #expect(ExchangeDate.parse("2026.3.5") == day("2026-03-05"))
        #expect(ExchangeDate.parse("2026年3月5日") == day("2026-03-05"))
        #expect(ExchangeDate.parse(" 2026/3/5 0:00 ") == day("2026-03-05"))
        #expect(ExchangeDate.parse("46086") == day("2026-03-05"))   // an Excel date cell
        for bad in ["2026-02-30", "26/3/5", "3/5/2026", "2026-3", "二〇二六年三月五日", ""] {
            #expect(ExchangeDate.parse(bad) == nil, "\(bad)")
        }
    }

    @Test func repliesAndWithdrawalsBecomeEventsTheClockAndTheReportSee() throws {
        let s = try emptyService()
        let text = "申请人,申请人类型,收到日期,收到方式,申请内容,答复日期,处理结果\n"
            + "张三,自然人,2025-09-26,当面,预算,2025-10-30,予以公开\n"
            + "李四,公民,2025-11-03,邮寄,名单,2025-11-05,撤回\n"
            + "某公司,企业,2025-12-15,网上,中标结果,,\n"
        let result = try LedgerImport.run(.applications, source(text), service: s)
        #expect(result.ids == ["A2025-0001", "A2025-0002", "A2025-0003"] && !result.dryRun)
        let replied = try s.application(id: "A2025-0001")
        #expect(replied.state == .replied && replied.events.map(\.event) == [.reply(day("2025-10-30"), outcome: .granted)])
        #expect(try s.application(id: "A2025-0002").state == .withdrawn)
        let open = try s.application(id: "A2025-0003")
        #expect(open.channel == .online && open.applicantType == .business && open.state == .overdue)
        // Table 三 counts them: received 3, granted 1 in 2025.
        let report = try s.annualReport(year: 2025, scope: .county).report
        #expect(report.applications.values(of: .received).last == 3)
        #expect(report.applications.values(of: .outcome(.granted)).last == 1)
        // Audit: one entry per record (no personal data) and one for the batch.
        let entries = try s.auditEntries(AuditQuery())
        #expect(entries.filter { $0.action == "application.import" }.map(\.item) == result.ids.map(Optional.some))
        let batch = try #require(entries.last { $0.action == "import.applications" })
        #expect(batch.after?.contains("台账.csv") == true && batch.after?.contains("\"count\":\"3\"") == true)
        #expect(!entries.compactMap(\.after).joined().contains("张三"))
    }

    @Test func dryRunChecksEverythingAndWritesNothing() throws {
        let s = try demoService()
        let before = try count(s, "application"), audit = try count(s, "auditLog")
        let text = "申请人,申请人类型,收到日期,收到方式,申请内容\n张三,自然人,2026-03-05,当面,内容\n李四,自然人,2025-03-05,当面,内容\n"
        let result = try LedgerImport.run(.applications, source(text), service: s, dryRun: true)
        #expect(result.dryRun && result.count == 2 && result.ids.count == 2)
        #expect(try count(s, "application") == before)
        #expect(try count(s, "auditLog") == audit)
        // A dry run still applies the service's rules.
        let bad = "申请人,申请人类型,收到日期,收到方式,申请内容,承办单位\n张三,自然人,2026-03-05,当面,内容,无此单位\n"
        #expect(throws: ImportFailure.self) { try LedgerImport.run(.applications, source(bad), service: s, dryRun: true) }
    }

    @Test func gb18030FilesAreDetectedOrChosen() throws {
        let s = try demoService()
        let text = "申请人,申请人类型,收到日期,收到方式,申请内容\n欧阳娜娜,自然人,2026年3月5日,当面,申请公开征地补偿标准\n"
        let gb = String.Encoding(rawValue: CFStringConvertEncodingToNSStringEncoding(CFStringEncoding(0x0632)))
        let bytes = [UInt8](try #require(text.data(using: gb)))
        #expect(bytes != [UInt8](text.utf8))   // really another encoding
        #expect((try? UTF8Text.decode(bytes)) == nil)
        let (decoded, used) = try TextDecoding.decode(bytes, file: "gb.csv")
        #expect(decoded == text && used == .gb18030)
        let result = try LedgerImport.run(.applications, ImportSource(name: "gb.csv", bytes: bytes), service: s)
        let line = try #require(try s.applicationLedger().first { $0.id == result.ids[0] })
        #expect(line.applicantName == "欧阳娜娜" && line.content == "申请公开征地补偿标准")
        let forced = try LedgerImport.run(.applications, ImportSource(name: "gb.csv", bytes: bytes, encoding: .gb18030),
                                          service: s, dryRun: true)
        #expect(forced.count == 1)
    }

    @Test func aByteOrderMarkIsNotPartOfTheFirstHeader() throws {
        let s = try demoService()
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + [UInt8]("申请人,申请人类型,收到日期,收到方式,申请内容\r\n张三,自然人,2026-03-05,当面,内容\r\n".utf8)
        let (text, used) = try TextDecoding.decode(bytes, file: "bom.csv")
        #expect(used == .utf8 && text.hasPrefix("申请人"))
        #expect(try LedgerImport.run(.applications, ImportSource(name: "bom.csv", bytes: bytes), service: s).count == 1)
    }

    @Test func englishFieldNamesAndCodesWork() throws {
        let s = try emptyService()
        let text = "applicantName,applicantType,received,channel,content,replyDate,outcome\n"
            + "Li Lei,natural-person,2026-03-05,registered-mail,budget,2026-03-20,withheld.state-secret\n"
        let r = try LedgerImport.run(.applications, source(text), service: s)
        let a = try s.application(id: r.ids[0])
        #expect(a.channel == .registeredMail && a.events.first?.event.outcome == .withheldStateSecret)
    }

    @Test func theShippedExampleFilesImport() throws {
        let s = try emptyService()
        let folder = examplesFolder()
        let map = try ColumnMap.parse(String(contentsOf: folder.appendingPathComponent("列映射示例.csv"), encoding: .utf8),
                                      file: "列映射示例.csv")
        #expect(map.entries["来件人"] == .some("申请人") && map.entries["备注"] == .some(nil))
        let apps = try LedgerImport.run(.applications, ImportSource(
            name: "申请台账示例.csv", bytes: [UInt8](try Data(contentsOf: folder.appendingPathComponent("申请台账示例.csv")))),
            service: s)
        #expect(apps.count == 6)
        let multiLine = try #require(try s.applicationLedger().first { $0.applicantName == "李某" })
        #expect(multiLine.content.contains("\n") && multiLine.outcome == .withheldStateSecret)
        let docs = try LedgerImport.run(.documents, ImportSource(
            name: "文件目录示例.csv", bytes: [UInt8](try Data(contentsOf: folder.appendingPathComponent("文件目录示例.csv")))),
            service: s)
        #expect(docs.count == 4)
        let ledger = try s.documentLedger()
        #expect(ledger.map(\.state) == [.published, .published, .approved, .draft])
        #expect(ledger[0].channels == ["门户网站", "微信平台"] && ledger[0].category == "政府文件")
        #expect(ledger[2].withheldReason == .withheldInternalAffairs)
        #expect(try s.documentSteps(id: ledger[0].id).map(\.action) == ["import"])
    }
}
