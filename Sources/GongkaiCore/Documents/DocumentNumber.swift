import Foundation

/// 发文字号（文号） — 发文机关代字 + 〔年份〕 + 发文顺序号 + 号, e.g. `X政发〔2026〕3号`
/// (GB/T 9704-2012《党政机关公文格式》7.2.4: 年份标全称、用六角括号“〔〕”括入；顺序号不加“第”字、
/// 不编虚位，在阿拉伯数字后加“号”字).
///
/// Only a well-formed number is a value of this type; `DocumentNumber.check` turns what an officer
/// typed into a verdict with the warnings and the normalised form to suggest.
public struct DocumentNumber: Hashable, Sendable, Codable, CustomStringConvertible {
    /// 发文机关代字, e.g. `X政发`, `X政办发`, `X市监规`.
    public let issuerCode: String
    /// 年份 (the bracketed four-digit year).
    public let year: Int
    /// 发文顺序号 (≥ 1).
    public let sequence: Int

    public init(issuerCode: String, year: Int, sequence: Int) {
        self.issuerCode = issuerCode
        self.year = year
        self.sequence = sequence
    }

    /// The standard form `X政发〔2026〕3号`.
    public var normalized: String { "\(issuerCode)〔\(year)〕\(sequence)号" }

    public var description: String { normalized }

    /// The earliest plausible year: 文号 of the People's Republic start in 1949.
    public static let earliestYear = 1949

    /// 文号校验 — parses `text` leniently and says how it departs from GB/T 9704-2012 7.2.4.
    /// `currentYear` bounds the plausible years to 1949…currentYear+1 (documents numbered for
    /// next year are made in December).
    public static func check(_ text: String, currentYear: Int) -> DocumentNumberCheck {
        DocumentNumberParser(text: text, currentYear: currentYear).run()
    }
}

/// 文号校验结论 — 合规 / 可用但不规范 / 无法识别.
public enum DocumentNumberVerdict: String, DomainCode {
    case valid
    case validWithWarnings = "valid-with-warnings"
    case invalid

    public var chineseName: String {
        switch self {
        case .valid: return "规范"
        case .validWithWarnings: return "不规范（可识别）"
        case .invalid: return "无法识别"
        }
    }

    /// The English name shown when the interface language is English.
    public var englishName: String {
        switch self {
        case .valid: return "Standard"
        case .validWithWarnings: return "Non-standard (readable)"
        case .invalid: return "Unreadable"
        }
    }
}

/// 文号不规范之处 — each maps to a rule of GB/T 9704-2012 7.2.4 (or to plain data hygiene).
public enum DocumentNumberWarning: String, DomainCode {
    /// 年份未用六角括号“〔〕” (used [], (), 【】, （）, ［］ …).
    case nonStandardBrackets = "non-standard-brackets"
    /// 年份不在 1949…明年 之间 — usually a typo.
    case yearOutOfRange = "year-out-of-range"
    /// 顺序号编了虚位 (03号) — the standard says 1 is not written 01.
    case leadingZeros = "leading-zeros"
    /// 顺序号前加了“第”字.
    case ordinalPrefix = "ordinal-prefix"
    /// 缺少“号”字.
    case missingHao = "missing-hao"
    /// 含有空格 (half-width or the full-width U+3000).
    case spaces
    /// 全角数字 (２０２６) — stored as ASCII digits so search and sorting work.
    case fullWidthDigits = "full-width-digits"

    public var chineseName: String {
        switch self {
        case .nonStandardBrackets: return "年份未用六角括号〔〕"
        case .yearOutOfRange: return "年份异常"
        case .leadingZeros: return "顺序号编虚位"
        case .ordinalPrefix: return "顺序号加“第”字"
        case .missingHao: return "缺少“号”字"
        case .spaces: return "含有空格"
        case .fullWidthDigits: return "使用全角数字"
        }
    }

    /// The English name shown when the interface language is English.
    public var englishName: String {
        switch self {
        case .nonStandardBrackets: return "Year not in hexagonal brackets"
        case .yearOutOfRange: return "Year out of range"
        case .leadingZeros: return "Sequence number padded with zeros"
        case .ordinalPrefix: return "Sequence number has an ordinal prefix"
        case .missingHao: return "Missing the \"hao\" suffix"
        case .spaces: return "Contains spaces"
        case .fullWidthDigits: return "Full-width digits"
        }
    }
}

/// 一条文号提示 — the warning code and the Chinese sentence shown to the officer.
public struct DocumentNumberIssue: Hashable, Sendable, Codable {
    public let code: DocumentNumberWarning
    public let message: String

    public init(code: DocumentNumberWarning, message: String) {
        self.code = code
        self.message = message
    }
}

/// 文号校验结果 — what `doc add --doc-number` reports: the verdict, the parsed number, the warnings
/// and the suggested normalised form (JSON keys as named here).
public struct DocumentNumberCheck: Hashable, Sendable, Codable {
    /// The text as the officer typed it.
    public let input: String
    public let verdict: DocumentNumberVerdict
    /// nil only when `verdict == .invalid`.
    public let number: DocumentNumber?
    public let warnings: [DocumentNumberIssue]
    /// 建议写法 — `number.normalized` when it differs from the input; nil when the input is already
    /// standard or could not be read.
    public let suggestion: String?
    /// Why the text is not a 文号 (Chinese), when invalid.
    public let error: String?

    public var isValid: Bool { verdict != .invalid }
    /// 年份, when readable.
    public var year: Int? { number?.year }
    /// 发文顺序号, when readable.
    public var sequence: Int? { number?.sequence }
}

/// A hand-written scanner: the accepted deviations are few and each needs its own message, which a
/// single regular expression would hide.
private struct DocumentNumberParser {
    let text: String
    let currentYear: Int

    static let openers: [Character: Character] = [
        "〔": "〕", "[": "]", "(": ")", "【": "】", "（": "）", "［": "］", "〖": "〗", "〈": "〉", "《": "》",
        "「": "」", "{": "}", "｛": "｝",
    ]
    static let closers: Set<Character> = Set(openers.values)

    func invalid(_ message: String) -> DocumentNumberCheck {
        DocumentNumberCheck(input: text, verdict: .invalid, number: nil, warnings: [], suggestion: nil,
                            error: message)
    }

    /// ASCII value of an ASCII or full-width digit.
    static func digitValue(_ c: Character) -> (value: Int, fullWidth: Bool)? {
        guard c.unicodeScalars.count == 1, let s = c.unicodeScalars.first else { return nil }
        switch s.value {
        case 0x30...0x39: return (Int(s.value - 0x30), false)
        case 0xFF10...0xFF19: return (Int(s.value - 0xFF10), true)
        default: return nil
        }
    }

    func run() -> DocumentNumberCheck {
        typealias D = CoreText.Documents
        var issues: [DocumentNumberIssue] = []
        func warn(_ code: DocumentNumberWarning, _ message: String) {
            if !issues.contains(where: { $0.code == code }) { issues.append(.init(code: code, message: message)) }
        }

        // Surrounding blanks come from copy-paste and are dropped silently; inner blanks are
        // reported because they break exact search on the 文号.
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        if trimmed.isEmpty { return invalid(D.numberEmpty.text()) }
        let chars = Array(trimmed)
        if chars.contains(where: \.isWhitespace) {
            warn(.spaces, D.numberSpaces.text())
        }
        let compact = chars.filter { !$0.isWhitespace }

        guard let openIndex = compact.firstIndex(where: { Self.openers[$0] != nil }) else {
            return invalid(D.numberNoBracket.text())
        }
        let issuer = String(compact[..<openIndex])
        if issuer.isEmpty {
            return invalid(D.numberNoIssuer.text())
        }
        if !issuer.contains(where: { $0.isLetter }) {
            return invalid(D.numberIssuerNoText.text([issuer]))
        }

        // The year: exactly four digits, then a closing bracket.
        var i = openIndex + 1
        var year = 0
        var yearDigits = 0
        var fullWidth = false
        while i < compact.count, let dv = Self.digitValue(compact[i]) {
            year = year * 10 + dv.value
            yearDigits += 1
            fullWidth = fullWidth || dv.fullWidth
            i += 1
        }
        if yearDigits == 0 {
            return invalid(D.numberNoYear.text())
        }
        if yearDigits != 4 {
            return invalid(D.numberShortYear.text(["\(yearDigits)"]))
        }
        guard i < compact.count, Self.closers.contains(compact[i]) else {
            return invalid(D.numberNoCloser.text(["\(year)"]))
        }
        let opener = compact[openIndex], closer = compact[i]
        if opener != "〔" || closer != "〕" {
            warn(.nonStandardBrackets, D.numberBrackets.text(["\(opener)\(closer)"]))
        }
        i += 1

        // 第 before the sequence.
        if i < compact.count, compact[i] == "第" {
            warn(.ordinalPrefix, D.numberOrdinal.text())
            i += 1
        }
        var sequence = 0
        var seqDigits: [Character] = []
        while i < compact.count, let dv = Self.digitValue(compact[i]) {
            sequence = sequence * 10 + dv.value
            seqDigits.append(compact[i])
            fullWidth = fullWidth || dv.fullWidth
            i += 1
            if seqDigits.count > 9 { return invalid(D.numberTooLong.text()) }
        }
        if seqDigits.isEmpty {
            return invalid(D.numberNoSequence.text(["\(year)"]))
        }
        if sequence == 0 {
            return invalid(D.numberZero.text())
        }
        if seqDigits.count > 1, Self.digitValue(seqDigits[0])?.value == 0 {
            warn(.leadingZeros, D.numberLeadingZeros.text(["\(sequence)", String(seqDigits)]))
        }
        if i == compact.count {
            warn(.missingHao, D.numberNoHao.text())
        } else if compact[i] == "号", i + 1 == compact.count {
            i += 1
        } else {
            let rest = String(compact[i...])
            return invalid(D.numberTrailing.text([rest]))
        }
        if fullWidth {
            warn(.fullWidthDigits, D.numberFullWidth.text())
        }
        let lastYear = currentYear + 1
        if year < DocumentNumber.earliestYear || year > lastYear {
            warn(.yearOutOfRange, D.numberYearRange.text(["\(year)", "\(DocumentNumber.earliestYear)", "\(lastYear)"]))
        }

        let number = DocumentNumber(issuerCode: issuer, year: year, sequence: sequence)
        let standard = number.normalized == text
        // Warnings sorted in a stable order so messages and tests do not depend on scan order.
        let order = DocumentNumberWarning.allCases
        issues.sort { order.firstIndex(of: $0.code)! < order.firstIndex(of: $1.code)! }
        return DocumentNumberCheck(
            input: text,
            verdict: issues.isEmpty ? .valid : .validWithWarnings,
            number: number,
            warnings: issues,
            suggestion: standard ? nil : number.normalized,
            error: nil)
    }
}
