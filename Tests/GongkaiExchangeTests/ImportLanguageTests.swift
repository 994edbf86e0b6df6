import Foundation
import Testing
@testable import GongkaiCore
@testable import GongkaiExchange
@testable import GongkaiStore

private let header = "申请人,申请人类型,收到日期,收到方式,申请内容,答复日期,处理结果\n"
private let good = "张三,自然人,2026-03-05,当面,申请公开预算,2026-03-20,予以公开\n"

/// Han ideographs and CJK / full-width punctuation.
private func hasCJK(_ s: String) -> Bool {
    s.unicodeScalars.contains {
        (0x3000...0x303F).contains($0.value) || (0x3400...0x9FFF).contains($0.value) || (0xFF00...0xFFEF).contains($0.value)
    }
}

/// 导入问题的语言 — the file's problems are told in the interface language, at the same place
/// (`file:line:column: [header]`); the file's own words (its headers, its cells) stay as written.
@Suite("导入问题的语言 Import problems in both languages")
struct ImportLanguageTests {
    @Test func aBadDateReadsInEnglishAtTheSamePlace() throws {
        let s = try demoService()
        let bad = source(header + good + "李四,自然人,2026-02-30,当面,内容,,\n")
        let english = try UILanguage.$current.withValue(.en) { try refused(.applications, bad, service: s) }
        #expect(english.count == 1)
        #expect(english[0].line == 3 && english[0].column == 3 && english[0].header == "收到日期")
        #expect(english[0].description == "台账.csv:3:3: [收到日期] The date \"2026-02-30\" is not recognised or does not exist; write 2026-03-05 or 2026/3/5")
        #expect(!hasCJK(english[0].reason))
        let footer = UILanguage.$current.withValue(.en) { ImportFailure(english).description }
        #expect(footer.hasSuffix("\n1 problem(s); nothing imported."))

        // The same file in Chinese: the message the office has always read.
        let chinese = try refused(.applications, bad, service: s)
        #expect(chinese[0].description == "台账.csv:3:3: [收到日期] 日期“2026-02-30”无法识别或不存在；可写 2026-03-05、2026/3/5 或 2026年3月5日")
        #expect(ImportFailure(chinese).description.hasSuffix("\n共 1 处问题，未导入任何记录。"))
    }

    @Test func codesRowsQuotesAndColumnsReadInEnglish() throws {
        let s = try demoService()
        try UILanguage.$current.withValue(.en) {
            // An unknown code lists the choices with their English names.
            let codes = try refused(.applications, source(header + "李四,外星人,2026-03-05,当面,内容,,\n"), service: s)
            #expect(codes.count == 1 && codes[0].column == 2)
            #expect(codes[0].reason.hasPrefix("\"外星人\" is not a valid 申请人类型; use one of: natural-person (Natural person), "))
            // A ragged row names the delimiter in English.
            let ragged = try refused(.applications, source(header + good + "李四,自然人,2026-03-05\n"), service: s)
            #expect(ragged.count == 1 && ragged[0].line == 3)
            #expect(ragged[0].reason.hasPrefix("This row has 3 cells, the header 7 (split by comma; "))
            // A stray quote, located at its cell.
            let quote = try refused(.applications, source(header + "李\"四,自然人,2026-03-05,当面,内容,,\n"), service: s)
            #expect(quote[0].line == 2 && quote[0].column == 1 && quote[0].reason.hasPrefix("A stray quote inside a field"))
            // An unknown column and a missing one.
            let columns = try refused(.applications, source("来件人,申请人类型,收到方式,申请内容\n李四,自然人,当面,内容\n"), service: s)
            #expect(columns.contains { $0.column == 1 && $0.reason.hasPrefix("Unknown column \"来件人\"; rename it") })
            #expect(columns.contains { $0.reason == "The required column \"收到日期\" (received) is missing" })
            for issue in codes + ragged + quote + columns {
                // Only the file's own words (its cells and headers) are Chinese.
                let own = ["外星人", "来件人"] + ApplicationField.allCases.map(\.header)
                var rest = issue.reason
                for w in own.sorted(by: { $0.count > $1.count }) { rest = rest.replacingOccurrences(of: w, with: "") }
                #expect(!hasCJK(rest), "\(issue.reason)")
            }
        }
        // A file in neither UTF-8 nor GB18030, in English.
        let bytes: [UInt8] = Array("申请人\n".utf8) + [0x81, 0x20, 0x0A]
        let encoding = try UILanguage.$current.withValue(.en) {
            try refused(.applications, ImportSource(name: "x.csv", bytes: bytes), service: s)
        }
        #expect(encoding[0].reason.hasPrefix("The file is neither UTF-8 nor GB18030 text (from byte"))
    }
}

@Suite("导入问题的语言 Workbooks")
struct WorkbookLanguageTests {
    @Test func aFileThatIsNoWorkbookIsSaidInEitherLanguage() throws {
        let bytes = [UInt8]("这不是工作簿".utf8)
        func reason() throws -> String {
            do {
                _ = try LedgerImport.prepare(.applications, ImportSource(name: "台账.xlsx", bytes: bytes))
                Issue.record("not refused")
                return ""
            } catch {
                return error.issues.first?.reason ?? ""
            }
        }
        let english = try UILanguage.$current.withValue(.en) { try reason() }
        #expect(english.hasPrefix("Not a valid Excel workbook (.xlsx): "))
        #expect(try reason().hasPrefix("不是有效的 Excel 工作簿（.xlsx）："))
    }
}
