import Foundation
import Testing
import XMLCoder
@testable import GongkaiCore
@testable import GongkaiExchange
@testable import GongkaiOffice
@testable import GongkaiStore

/// The fields a ledger line carries from file to file (the id is allocated anew).
private struct AppFields: Hashable {
    var name: String, type: ApplicantType, channel: ReceiptChannel, received: CivilDate, content: String
    var form: String?, unit: String, replied: CivilDate?, outcome: ApplicationOutcome?, withdrawn: CivilDate?
    init(_ a: ApplicationLedgerLine) {
        name = a.applicantName; type = a.applicantType; channel = a.channel; received = a.received; content = a.content
        form = a.formWanted; unit = a.unitId; replied = a.replyDate; outcome = a.outcome; withdrawn = a.withdrawn
    }
}

private struct DocFields: Hashable {
    var title: String, number: String?, type: DocumentType, attribute: DisclosureAttribute?, reason: ApplicationOutcome?
    var unit: String, formed: CivilDate, state: DocumentState, published: CivilDate?, category: String?
    var validUntil: CivilDate?, channels: [String], tags: [String], body: String
    init(_ d: DocumentDetail) {
        title = d.title; number = d.docNumber; type = d.type; attribute = d.attribute; reason = d.withheldReason
        unit = d.unitId; formed = d.formed; state = d.state; published = d.published; category = d.category
        validUntil = d.validUntil; channels = d.channels; tags = d.tags; body = d.body
    }
}

@Suite("导出与往返 Export and round trip")
struct RoundTripTests {
    /// A demo workspace with a few harder records: a withdrawal, a formula-like and a quoted,
    /// multi-line content, a withheld document with its reason and a register entry with validity.
    func richService() throws -> GongkaiService {
        let s = try demoService()
        let a = try s.addApplication(NewApplication(received: day("2026-05-06"), channel: .fax, applicantType: .legalServices,
                                                    applicantName: "某律师事务所", content: "=HYPERLINK(\"x\")\n第二行, \"引号\"",
                                                    unit: "edu", formWanted: "纸质"))
        _ = try s.recordEvent(applicationId: a.id, .withdraw(day("2026-05-08")))
        _ = try s.addDocument(NewDocument(title: "内部事务纪要", type: .general,
                                          disclosure: DocumentDisclosure(attribute: .withheld, withheldReason: .withheldProcessInfo),
                                          category: "政府文件", unit: "finance", formed: day("2026-04-01"), body: "甲\n乙",
                                          channels: ["门户网站", "政务服务中心"], tags: ["预算"]))
        _ = try s.addDocument(NewDocument(title: "县规范性文件（试行）", type: .normative,
                                          disclosure: DocumentDisclosure(attribute: .proactive), unit: "county-office",
                                          formed: day("2026-02-01"), docNumber: "X政发〔2026〕9号", validUntil: day("2028-01-31")))
        return s
    }

    func reimport(_ kind: ExportKind, _ format: ExportFormat, from s: GongkaiService) throws -> ImportResult {
        let table = try kind.table(s)
        let data = try format.data(table)
        let name = format == .xlsx ? "export.xlsx" : "export.csv"
        return try LedgerImport.run(kind == .applications ? .applications : .documents,
                                    ImportSource(name: name, bytes: [UInt8](data)), service: s)
    }

    @Test(arguments: [ExportFormat.csv, .xlsx])
    func applicationsComeBackTheSame(_ format: ExportFormat) throws {
        let s = try richService()
        let before = try s.applicationLedger()
        let result = try reimport(.applications, format, from: s)
        #expect(result.count == before.count)
        let imported = try s.applicationLedger().filter { result.ids.contains($0.id) }
        #expect(before.map(AppFields.init).sorted { "\($0)" < "\($1)" } == imported.map(AppFields.init).sorted { "\($0)" < "\($1)" })
        #expect(imported.contains { $0.content.hasPrefix("=HYPERLINK") && $0.withdrawn == day("2026-05-08") })
    }

    @Test(arguments: [ExportFormat.csv, .xlsx])
    func documentsComeBackTheSame(_ format: ExportFormat) throws {
        let s = try richService()
        let before = try s.documentLedger()
        let result = try reimport(.documents, format, from: s)
        #expect(result.count == before.count)
        let imported = try s.documentLedger().filter { result.ids.contains($0.id) }
        #expect(Set(before.map(DocFields.init)) == Set(imported.map(DocFields.init)))
    }

    @Test func csvIsUTF8WithBOMAndCRLFAndDefusesFormulas() throws {
        let s = try richService()
        let data = try ExportFormat.csv.data(try ExportKind.applications.table(s))
        let bytes = [UInt8](data)
        #expect(bytes.starts(with: [0xEF, 0xBB, 0xBF]))
        let text = String(decoding: bytes.dropFirst(3), as: UTF8.self)
        #expect(text.hasPrefix("编号,申请人,申请人类型,收到日期,收到方式,申请内容,承办单位,获取方式,答复日期,处理结果,办理状态,答复期限\r\n"))
        #expect(text.hasSuffix("\r\n"))
        #expect(text.contains("\"'=HYPERLINK(\"\"x\"\")\n第二行, \"\"引号\"\"\""))
    }

    @Test func theApplicationsExportLeavesOutIdNumbersAndContactsAndCanMaskNames() throws {
        let s = try demoService()
        let plain = String(decoding: try ExportFormat.csv.data(try ExportKind.applications.table(s)), as: UTF8.self)
        #expect(plain.contains("张三") && !plain.contains("110101199003071234") && !plain.contains("13800000001"))
        let masked = String(decoding: try ExportFormat.csv.data(try ExportKind.applications.table(s, ExportOptions(mask: true))), as: UTF8.self)
        #expect(!masked.contains("张三") && masked.contains("张*") && masked.contains("县宏达建材有限公司"))
    }

    @Test func exportsAreScopedToTheOfficersUnit() throws {
        let admin = try demoService()
        let clerk = acting("zhao.edu", on: admin)
        let docs = try ExportKind.documents.table(clerk)
        #expect(!docs.rows.isEmpty && docs.rows.allSatisfy { $0[6] == "县教育局" })
        let all = try ExportKind.documents.table(admin)
        #expect(all.rows.count > docs.rows.count)
        let year = try ExportKind.applications.table(admin, ExportOptions(year: 2025))
        #expect(year.rows.isEmpty)
    }

    @Test func everyKindExportsInEveryFormat() throws {
        let s = try richService()
        for kind in ExportKind.allCases {
            let table = try kind.table(s, ExportOptions(year: 2026))
            #expect(!table.rows.isEmpty, "\(kind)")
            #expect(table.rows.allSatisfy { $0.count == table.columns.count }, "\(kind)")
            for format in ExportFormat.allCases {
                #expect(!(try format.data(table)).isEmpty, "\(kind) \(format)")
            }
            let json = try JSONSerialization.jsonObject(with: try ExportFormat.json.data(table)) as? [[String: String]]
            #expect(json?.count == table.rows.count && json?.first?.keys.sorted() == table.columns.map(\.key).sorted())
        }
    }

    @Test func markdownEscapesPipesNewlinesAndHTML() {
        let table = ExportTable(title: "t", columns: [.init(key: "a", header: "甲")], rows: [["x|y\n<script>&"]])
        let md = String(decoding: try! ExportFormat.md.data(table), as: UTF8.self)
        #expect(md.contains("| x\\|y<br>&lt;script&gt;&amp; |"))
    }

    @Test func theWorkbookReopensWithTheCellValues() throws {
        let s = try richService()
        let table = try ExportKind.applications.table(s)
        let data = try ExportFormat.xlsx.data(table)
        let parts = try OOXMLPackage.parts(of: data)
        #expect(Set(parts.keys).isSuperset(of: ["[Content_Types].xml", "_rels/.rels", "xl/workbook.xml",
                                                "xl/_rels/workbook.xml.rels", "xl/worksheets/sheet1.xml", "xl/styles.xml"]))
        let sheet = try XMLDecoder().decode(Worksheet.self, from: try #require(parts["xl/worksheets/sheet1.xml"]))
        let rows = sheet.sheetData.row
        #expect(rows.count == table.rows.count + 1)
        #expect(rows[0].c.map { $0.is.t.value } == table.columns.map(\.header))
        #expect(rows[0].c.first?.r == "A1")
        // Every non-empty cell of the table is in the workbook, as text (never a formula).
        for (r, row) in table.rows.enumerated() {
            let cells = rows[r + 1].c
            #expect(cells.map { $0.is.t.value } == row.filter { !$0.isEmpty })
            #expect(!cells.isEmpty && cells.allSatisfy { $0.t == "inlineStr" })
        }
        let workbook = String(decoding: try #require(parts["xl/workbook.xml"]), as: UTF8.self)
        #expect(workbook.contains("name=\"依申请公开登记台账\""))
        // Our own reader agrees.
        #expect(try XLSXReader.rows(of: data).dropFirst().map { $0 } == table.rows.map { row in
            var r = row
            while let last = r.last, last.isEmpty { r.removeLast() }
            return r
        })
    }
}

// SpreadsheetML as XMLCoder decodes it (only what the test reads).
private struct Worksheet: Decodable {
    var sheetData: SheetData
}
private struct SheetData: Decodable {
    var row: [Row]
}
private struct Row: Decodable {
    var r: String
    var c: [Cell]
    enum CodingKeys: String, CodingKey { case r, c }
    init(from decoder: Decoder) throws {
        let k = try decoder.container(keyedBy: CodingKeys.self)
        r = try k.decode(String.self, forKey: .r)
        c = try k.decodeIfPresent([Cell].self, forKey: .c) ?? []
    }
}
private struct Cell: Decodable {
    var r: String
    var t: String
    var `is`: InlineString
}
private struct InlineString: Decodable {
    var t: Text
}
private struct Text: Decodable {
    var value: String
    enum CodingKeys: String, CodingKey { case value = "" }
}
