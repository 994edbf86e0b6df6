import Foundation
import Testing
@testable import GongkaiCore
@testable import GongkaiExchange
@testable import GongkaiStore

/// What Excel's "Unicode 文本 (*.txt)" / "CSV UTF-16" writes: a UTF-16LE BOM, then the text in
/// UTF-16LE (CRLF between rows, LF inside a cell, as Excel does).
private func excelUnicodeText(_ text: String) -> [UInt8] {
    [0xFF, 0xFE] + text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
}

private func utf16BE(_ text: String) -> [UInt8] {
    text.utf16.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
}

private let tsvHeader = "申请人\t申请人类型\t收到日期\t收到方式\t申请内容\t答复日期\t处理结果\r\n"
/// A cell Excel quotes: a line break inside, with a comma, a semicolon and doubled quotes.
private let multiLineRow = "张三\t自然人\t2026-03-05\t当面\t\"申请公开：\n1. 预算, 决算; \"\"三公\"\"经费\"\t2026-03-20\t予以公开\r\n"
private let semicolonHeader = "申请人;申请人类型;收到日期;收到方式;申请内容;答复日期;处理结果\r\n"

/// Ledgers saved as Excel and WPS really save them: UTF-16 and TAB-, semicolon-separated text.
@Suite("导入的编码与分隔符 Import encodings and delimiters")
struct ImportDelimiterTests {
    @Test func excelUnicodeTextImports() throws {
        let s = try emptyService()
        let bytes = excelUnicodeText(tsvHeader + multiLineRow + "某公司\t企业\t2026/3/6\t邮寄\t中标结果, 合同\t\t\r\n")
        let (text, used) = try TextDecoding.decode(bytes, file: "台账.txt")
        #expect(used == .utf16le && text.hasPrefix("申请人\t"))
        let result = try LedgerImport.run(.applications, ImportSource(name: "台账.txt", bytes: bytes), service: s)
        #expect(result.count == 2)
        let first = try s.application(id: result.ids[0])
        #expect(first.content == "申请公开：\n1. 预算, 决算; \"三公\"经费")
        #expect(first.events.map(\.event) == [.reply(day("2026-03-20"), outcome: .granted)])
        let second = try s.application(id: result.ids[1])
        #expect(second.applicantType == .business && second.channel == .registeredMail && second.content == "中标结果, 合同")
    }

    @Test func linesAndColumnsStayRightInAUnicodeTextFile() throws {
        let s = try demoService()
        // The multi-line cell takes lines 2 and 3; the bad date is on line 4, column 3; the
        // unknown outcome on line 5, column 7 (counted in TABs, whatever the cells hold).
        let bytes = excelUnicodeText(tsvHeader + multiLineRow + "李四\t自然人\t2026-02-30\t当面\t内容\t\t\r\n"
                                     + "王五\t自然人\t2026-03-05\t当面\t预算, 决算\t2026-03-09\t满意\r\n")
        let issues = try refused(.applications, ImportSource(name: "台账.txt", bytes: bytes), service: s)
        #expect(issues.count == 2)
        #expect(issues[0].description.hasPrefix("台账.txt:4:3: [收到日期]"))
        #expect(issues[1].description.hasPrefix("台账.txt:5:7: [处理结果]"))
    }

    @Test func otherUTF16Forms() throws {
        let s = try demoService()
        let text = tsvHeader + multiLineRow
        // Big-endian with its BOM.
        let be: [UInt8] = [0xFE, 0xFF] + utf16BE(text)
        #expect(try TextDecoding.decode(be, file: "be.txt").encoding == .utf16be)
        #expect(try LedgerImport.run(.applications, ImportSource(name: "be.txt", bytes: be), service: s, dryRun: true).count == 1)
        // No BOM: told by where the NUL bytes beside the ASCII characters fall.
        let le = Array(excelUnicodeText(text).dropFirst(2))
        #expect(try TextDecoding.decode(le, file: "le.txt").encoding == .utf16le)
        #expect(try TextDecoding.decode(utf16BE(text), file: "be.txt").encoding == .utf16be)
        // --encoding utf-16 with no BOM reads little-endian, as Windows writes.
        let forced = try TextDecoding.decode(le, forced: .utf16, file: "le.txt")
        #expect(forced.text == text && forced.encoding == .utf16le)
        #expect(ImportEncoding(name: "UTF-16") == .utf16 && ImportEncoding(name: "unicode") == .utf16
                && ImportEncoding(name: "utf16be") == .utf16be && ImportEncoding(name: "utf-32") == nil)
    }

    @Test func brokenUTF16IsRefusedOnItsLine() throws {
        let s = try demoService()
        // An unpaired high surrogate in line 3.
        var bytes = excelUnicodeText(tsvHeader + multiLineRow + "李四\t自然人\t2026-03-05\t当面\t")
        bytes += [0x00, 0xD8, 0x41, 0x00]
        var issues = try refused(.applications, ImportSource(name: "坏.txt", bytes: bytes), service: s)
        #expect(issues.count == 1 && issues[0].line == 4 && issues[0].reason.contains("UTF-16LE"))
        // An odd number of bytes: the file was cut.
        issues = try refused(.applications, ImportSource(name: "断.txt", bytes: excelUnicodeText(tsvHeader) + [0x41]), service: s)
        #expect(issues[0].reason.contains("奇数"))
        // A UTF-16 BOM with --encoding utf-8 is refused, not read as garbage.
        issues = try refused(.applications, ImportSource(name: "台账.txt", bytes: excelUnicodeText(tsvHeader + multiLineRow),
                                                         encoding: .utf8), service: s)
        #expect(issues[0].line == 1 && issues[0].reason.contains("BOM"))
    }

    @Test func semicolonFilesFromEuropeanExcel() throws {
        let s = try emptyService()
        let text = semicolonHeader + "张三;自然人;2026-03-05;当面;预算, 决算;2026-03-20;予以公开\r\n"
            + "\"某公司; 法务部\";企业;2026-03-06;邮寄;\"第一行\r\n第二行\";;\r\n"
        #expect(ImportDelimiter.detect(text) == .detected(.semicolon))
        let result = try LedgerImport.run(.applications, source(text, name: "ledger.csv"), service: s)
        #expect(result.count == 2)
        let second = try s.application(id: result.ids[1])
        #expect(second.applicantName == "某公司; 法务部" && second.content.split(whereSeparator: \.isNewline) == ["第一行", "第二行"])
        #expect(try s.application(id: result.ids[0]).content == "预算, 决算")
    }

    @Test func detectionPrefersConsistencyThenColumnsThenComma() {
        // Tab gives 3 consistent columns, comma splits the header in 2 but not the rows.
        #expect(ImportDelimiter.detect("a\tb,c\tc\n1\t2\t3\n4,5\t6\t7\n") == .detected(.tab))
        // Both comma and semicolon give two consistent columns: comma.
        #expect(ImportDelimiter.detect("甲,乙;丙\n1,2;3\n") == .detected(.comma))
        // Semicolon gives more consistent columns than comma.
        #expect(ImportDelimiter.detect("甲,乙;丙;丁\n1,2;3;4\n") == .detected(.semicolon))
        // Blank rows (Excel writes them as a row of delimiters) do not count.
        #expect(ImportDelimiter.detect("甲\t乙\t丙\n\t\t\n\n1\t2\t3\n") == .detected(.tab))
        // A quoted cell may hold any delimiter and line breaks.
        #expect(ImportDelimiter.detect("甲;乙\n\"1,2,3\n4\t5\";6\n") == .detected(.semicolon))
        // Nothing splits the header: comma (and the missing columns are reported as such).
        #expect(ImportDelimiter.detect("申请人\n张三\n") == .detected(.comma))
        // Only the first rows decide.
        let long = "甲,乙\n" + String(repeating: "1,2\n", count: 30) + "1;2;3;4;5;6\n"
        #expect(ImportDelimiter.detect(long) == .detected(.comma))
    }

    @Test func aForcedDelimiterIsUsed() throws {
        // The tie above goes to comma unless forced.
        #expect(try LedgerTable.csv("甲,乙;丙\n1,2;3\n", file: "t.csv").header == ["甲", "乙;丙"])
        #expect(try LedgerTable.csv("甲,乙;丙\n1,2;3\n", file: "t.csv", delimiter: .semicolon).header == ["甲,乙", "丙"])
        let s = try demoService()
        let tsv = tsvHeader + multiLineRow
        #expect(try LedgerImport.run(.applications, ImportSource(name: "t.tsv", bytes: [UInt8](tsv.utf8), delimiter: .tab),
                                     service: s, dryRun: true).count == 1)
        // Forcing the wrong one: the header is one column, the required ones are missing; nothing imported.
        let plain = tsvHeader + "张三\t自然人\t2026-03-05\t当面\t内容\t\t\r\n"
        let issues = try refused(.applications, ImportSource(name: "t.tsv", bytes: [UInt8](plain.utf8), delimiter: .comma),
                                 service: s)
        #expect(issues.allSatisfy { $0.line == 1 } && issues.contains { $0.reason.contains("缺少必需的列") })
        #expect(ImportDelimiter(name: "tab") == .tab && ImportDelimiter(name: ";") == .semicolon
                && ImportDelimiter(name: ",") == .comma && ImportDelimiter(name: "|") == nil)
    }

    @Test func aRaggedFileIsRefusedWithLineAndColumnAndTheDelimiterNamed() throws {
        let s = try demoService()
        // A semicolon file with a row cut short (line 3) and one TAB-separated row (line 4).
        let text = semicolonHeader + "张三;自然人;2026-03-05;当面;内容;2026-03-20;予以公开\r\n"
            + "李四;自然人;2026-03-05;当面\r\n" + "王五\t自然人\t2026-03-05\t当面\t内容\t\t\r\n"
        #expect(ImportDelimiter.detect(text) == .bestGuess(.semicolon))
        let issues = try refused(.applications, source(text, name: "混.csv"), service: s)
        #expect(issues.map(\.line) == [3, 4] && issues.map(\.column) == [4, 1])
        #expect(issues[0].description.hasPrefix("混.csv:3:4: 这一行有 4 列，表头有 7 列（按分号分隔；"))
        #expect(issues[0].reason.contains("--delimiter"))
        // Forced, the message says so.
        let forced = try refused(.applications, ImportSource(name: "混.csv", bytes: [UInt8](text.utf8), delimiter: .semicolon),
                                 service: s)
        #expect(forced[0].reason.contains("按分号分隔（--delimiter 指定）"))
    }

    @Test func theQuoteCheckUsesTheFilesDelimiter() throws {
        let s = try demoService()
        // In a TAB file a comma is just text; the stray quote is in the 5th TAB column.
        var issues = try refused(.applications, source(tsvHeader + "张三\t自然人\t2026-03-05\t当面\t申请, \"公开\"预算\t\t\r\n",
                                                       name: "t.tsv"), service: s)
        #expect(issues.count == 2 && issues.allSatisfy { $0.line == 2 && $0.column == 5 && $0.reason.contains("字段中间出现引号") })
        // A closing quote followed by the semicolon is fine; followed by a comma it is not.
        issues = try refused(.applications, source(semicolonHeader + "\"张三\",x;自然人;2026-03-05;当面;内容;;\r\n"), service: s)
        #expect(issues[0].line == 2 && issues[0].column == 1 && issues[0].reason.contains("右引号后还有字符"))
        // An unclosed quote in a UTF-16 TAB file: the line where it opened.
        issues = try refused(.applications, ImportSource(name: "u.txt", bytes: excelUnicodeText(
            tsvHeader + multiLineRow + "李四\t自然人\t2026-03-05\t当面\t\"内容\r\n更多\t\t\r\n")), service: s)
        #expect(issues.count == 1 && issues[0].line == 4 && issues[0].column == 5 && issues[0].reason.contains("引号没有闭合"))
    }

    @Test func aColumnMapSavedAsUnicodeTextWorks() throws {
        let s = try emptyService()
        let mapBytes = excelUnicodeText("# 本县旧台账\r\n表头\t字段\r\n来件人\t申请人\r\n备注\t忽略\r\n")
        let (mapText, _) = try TextDecoding.decode(mapBytes, file: "map.txt")
        let map = try ColumnMap.parse(mapText, file: "map.txt")
        #expect(map.entries == ["来件人": "申请人", "备注": String?.none])
        let ledger = excelUnicodeText("来件人\t申请人类型\t收到日期\t收到方式\t申请内容\t备注\r\n张三\t自然人\t2026-03-05\t当面\t内容\t电话催办\r\n")
        #expect(try LedgerImport.run(.applications, ImportSource(name: "旧.txt", bytes: ledger, map: map), service: s).count == 1)
    }

    @Test func anExportedCSVStillComesBackAndSoDoesItsUnicodeTextForm() throws {
        let s = try demoService()
        _ = try s.addApplication(NewApplication(received: day("2026-05-06"), channel: .fax, applicantType: .legalServices,
                                                applicantName: "某律师事务所", content: "第一行; 分号\n第二行, \"引号\"\t制表符",
                                                unit: "edu"))
        let before = try s.applicationLedger()
        let csv = try ExportFormat.csv.data(try ExportKind.applications.table(s))
        let text = String(decoding: [UInt8](csv).dropFirst(3), as: UTF8.self)
        #expect(ImportDelimiter.detect(text) == .detected(.comma))
        let again = try LedgerImport.run(.applications, ImportSource(name: "export.csv", bytes: [UInt8](csv)), service: s)
        #expect(again.count == before.count)
        // The same table re-saved as UTF-16LE (what Excel's "CSV UTF-16" does to the encoding).
        let utf16 = try LedgerImport.run(.applications, ImportSource(name: "export.txt", bytes: excelUnicodeText(text)),
                                         service: s)
        #expect(utf16.count == before.count)
        let contents = try s.applicationLedger().filter { utf16.ids.contains($0.id) }.map(\.content)
        #expect(contents.contains("第一行; 分号\n第二行, \"引号\"\t制表符"))
    }

    @Test func theShippedUnicodeTextExampleIsTheCSVExample() throws {
        let folder = examplesFolder()
        func ledger(_ name: String) throws -> [ApplicationLedgerLine] {
            let s = try emptyService()
            let bytes = [UInt8](try Data(contentsOf: folder.appendingPathComponent(name)))
            let result = try LedgerImport.run(.applications, ImportSource(name: name, bytes: bytes), service: s)
            #expect(result.count == 6)
            return try s.applicationLedger()
        }
        let text = try ledger("申请台账示例（Unicode文本）.txt")
        let csv = try ledger("申请台账示例.csv")
        let raw = [UInt8](try Data(contentsOf: folder.appendingPathComponent("申请台账示例（Unicode文本）.txt")))
        #expect(raw.starts(with: [0xFF, 0xFE, 0x33, 0x75]))   // BOM, then 申 in UTF-16LE
        #expect(text.map(\.applicantName) == csv.map(\.applicantName) && text.map(\.content) == csv.map(\.content)
                && text.map(\.outcome) == csv.map(\.outcome) && text.map(\.received) == csv.map(\.received))
    }
}
