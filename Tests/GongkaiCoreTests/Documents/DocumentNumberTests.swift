import Foundation
import Testing
@testable import GongkaiCore

@Suite struct DocumentNumberTests {
    func check(_ s: String) -> DocumentNumberCheck { DocumentNumber.check(s, currentYear: 2026) }

    @Test("standard numbers are valid and expose issuer, year and sequence",
          arguments: [
              ("X政发〔2026〕3号", "X政发", 2026, 3),
              ("X政办发〔2026〕12号", "X政办发", 2026, 12),
              ("河政发〔2026〕5号", "河政发", 2026, 5),
              ("X教发〔2026〕8号", "X教发", 2026, 8),
              ("X市监规〔2026〕2号", "X市监规", 2026, 2),
              ("国办发〔2019〕54号", "国办发", 2019, 54),
              ("国办公开办函〔2021〕30号", "国办公开办函", 2021, 30),
          ])
    func valid(text: String, issuer: String, year: Int, seq: Int) {
        let r = check(text)
        #expect(r.verdict == .valid)
        #expect(r.warnings.isEmpty)
        #expect(r.number == DocumentNumber(issuerCode: issuer, year: year, sequence: seq))
        #expect(r.year == year)
        #expect(r.sequence == seq)
        #expect(r.suggestion == nil)
        #expect(r.error == nil)
        #expect(r.number?.normalized == text)
    }

    @Test("unusual brackets are accepted with a warning and the 〔〕 form suggested",
          arguments: ["X政发[2026]3号", "X政发(2026)3号", "X政发【2026】3号", "X政发（2026）3号", "X政发［2026］3号"])
    func brackets(text: String) {
        let r = check(text)
        #expect(r.verdict == .validWithWarnings)
        #expect(r.warnings.map(\.code) == [.nonStandardBrackets])
        #expect(r.warnings[0].message.contains("六角括号"))
        #expect(r.suggestion == "X政发〔2026〕3号")
        #expect(r.year == 2026 && r.sequence == 3)
    }

    @Test("leading zeros: 03号 → 3号 (不编虚位)")
    func leadingZeros() {
        let r = check("X政发〔2026〕03号")
        #expect(r.verdict == .validWithWarnings)
        #expect(r.warnings.map(\.code) == [.leadingZeros])
        #expect(r.warnings[0].message == "发文顺序号不编虚位：应为“3号”，不应为“03号”")
        #expect(r.sequence == 3)
        #expect(r.suggestion == "X政发〔2026〕3号")
    }

    @Test("missing 号, 第, spaces and full-width digits are each named")
    func otherWarnings() {
        let noHao = check("X政发〔2026〕3")
        #expect(noHao.warnings.map(\.code) == [.missingHao])
        #expect(noHao.suggestion == "X政发〔2026〕3号")

        let di = check("X政发〔2026〕第3号")
        #expect(di.warnings.map(\.code) == [.ordinalPrefix])
        #expect(di.sequence == 3)

        let spaced = check("X政发 〔2026〕　3号") // half-width and full-width U+3000 spaces
        #expect(spaced.warnings.map(\.code) == [.spaces])
        #expect(spaced.suggestion == "X政发〔2026〕3号")

        let wide = check("X政发〔２０２６〕１２号")
        #expect(wide.warnings.map(\.code) == [.fullWidthDigits])
        #expect(wide.year == 2026 && wide.sequence == 12)

        // Blanks around the number come from copy-paste: dropped silently, but the clean form is suggested.
        let padded = check("  X政发〔2026〕3号 ")
        #expect(padded.verdict == .valid)
        #expect(padded.suggestion == "X政发〔2026〕3号")
    }

    @Test("several deviations together, reported in a fixed order")
    func combined() {
        let r = check("X政发 [2026] 03")
        #expect(r.verdict == .validWithWarnings)
        #expect(r.warnings.map(\.code) == [.nonStandardBrackets, .leadingZeros, .missingHao, .spaces])
        #expect(r.suggestion == "X政发〔2026〕3号")
    }

    @Test("years outside 1949…next year are warnings (a typo, not an unreadable number)")
    func years() {
        #expect(check("X政发〔2027〕1号").verdict == .valid) // numbered in December for next year
        #expect(check("X政发〔1949〕1号").verdict == .valid)
        let future = check("X政发〔2028〕1号")
        #expect(future.warnings.map(\.code) == [.yearOutOfRange])
        #expect(future.warnings[0].message == "年份 2028 不在 1949–2027 之间，请核对")
        #expect(check("X政发〔1948〕1号").warnings.map(\.code) == [.yearOutOfRange])
        #expect(check("X政发〔2206〕1号").year == 2206)
    }

    @Test("invalid: nothing like a 文号", arguments: [
        ("", "文号为空"),
        ("关于印发实施方案的通知", "未找到括入年份的括号"),
        ("〔2026〕3号", "缺少发文机关代字"),
        ("X政发〔〕3号", "括号内应为年份"),
        ("X政发〔26〕3号", "年份应标全称"),
        ("X政发〔2026号", "缺少右括号"),
        ("X政发〔2026〕号", "缺少发文顺序号"),
        ("X政发〔2026〕三号", "缺少发文顺序号"),
        ("X政发〔2026〕0号", "不能为 0"),
        ("X政发〔2026〕3号文", "多余内容"),
        ("2025〔2026〕3号", "不含文字"),
    ])
    func invalid(text: String, fragment: String) {
        let r = check(text)
        #expect(r.verdict == .invalid)
        #expect(r.number == nil && r.year == nil && r.sequence == nil)
        #expect(r.suggestion == nil)
        #expect(r.error?.contains(fragment) == true, "\(r.error ?? "nil")")
    }

    @Test("the check result round-trips through JSON with code strings")
    func json() throws {
        let r = check("X政发[2026]03号")
        let data = try JSONEncoder().encode(r)
        let text = String(decoding: data, as: UTF8.self)
        #expect(text.contains("\"verdict\":\"valid-with-warnings\""))
        #expect(text.contains("\"code\":\"non-standard-brackets\""))
        #expect(try JSONDecoder().decode(DocumentNumberCheck.self, from: data) == r)
    }
}
