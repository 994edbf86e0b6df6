/// 文书编号规则 — the per-unit pattern a letter's number is made from, e.g.
/// `{简称}依申请〔{year}〕第{seq}号` → `县教育局依申请〔2026〕第12号`.
///
/// Placeholders (English or Chinese name):
/// - `{unit}` / `{简称}` — the unit's short name (the unit's name when none is set);
/// - `{year}` / `{年}` — the year of the letter's date (four digits);
/// - `{seq}` / `{序号}` — the unit's running number for that year, from 1; `{seq:3}` / `{序号:3}`
///   pads it with zeros to 3 digits (`012`).
/// Every pattern must contain the sequence (otherwise two letters could share a number).
/// `{{` and `}}` write literal braces.
public struct LetterNumberPattern: Hashable, Sendable, Codable, CustomStringConvertible {
    public enum Piece: Hashable, Sendable {
        case text(String)
        case unit
        case year
        case seq(width: Int)
    }

    public let text: String
    public let pieces: [Piece]

    /// 默认编号规则.
    public static let defaultText = "{简称}依申请〔{year}〕第{seq}号"
    public static let standard = try! LetterNumberPattern(defaultText)

    public init(_ text: String) throws(LetterNumberPatternError) {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty else { throw .empty }
        var pieces: [Piece] = []
        var literal = ""
        var chars = Array(trimmed)
        var i = 0
        func flush() { if !literal.isEmpty { pieces.append(.text(literal)); literal = "" } }
        while i < chars.count {
            let c = chars[i]
            if c == "{", i + 1 < chars.count, chars[i + 1] == "{" { literal.append("{"); i += 2; continue }
            if c == "}", i + 1 < chars.count, chars[i + 1] == "}" { literal.append("}"); i += 2; continue }
            if c == "}" { throw .unbalancedBrace }
            guard c == "{" else {
                if c.isNewline || c.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) {
                    throw .controlCharacter
                }
                literal.append(c); i += 1; continue
            }
            guard let close = chars[(i + 1)...].firstIndex(of: "}") else { throw .unbalancedBrace }
            let name = String(chars[(i + 1)..<close]).trimmingCharacters(in: .whitespaces)
            flush()
            pieces.append(try Self.placeholder(name))
            i = close + 1
        }
        flush()
        chars = []
        guard pieces.contains(where: { if case .seq = $0 { return true } else { return false } }) else {
            throw .missingSequence
        }
        self.text = trimmed
        self.pieces = pieces
    }

    private static func placeholder(_ name: String) throws(LetterNumberPatternError) -> Piece {
        let parts = name.split(separator: ":", maxSplits: 1).map(String.init)
        let key = parts.first ?? ""
        switch key {
        case "unit", "简称": if parts.count == 1 { return .unit }
        case "year", "年": if parts.count == 1 { return .year }
        case "seq", "序号":
            if parts.count == 1 { return .seq(width: 0) }
            if let w = Int(parts[1]), (1...9).contains(w) { return .seq(width: w) }
        default: break
        }
        throw .unknownPlaceholder(name)
    }

    /// The number for `unit`'s `seq`-th letter of `year`.
    public func format(unit: String, year: Int, seq: Int) -> String {
        var out = ""
        for piece in pieces {
            switch piece {
            case .text(let t): out += t
            case .unit: out += unit
            case .year: out += String(year)
            case .seq(let width):
                let digits = String(seq)
                out += String(repeating: "0", count: max(0, width - digits.count)) + digits
            }
        }
        return out
    }

    public var description: String { text }

    public init(from decoder: Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        do { self = try LetterNumberPattern(text) } catch {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: error.description))
        }
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encode(text)
    }
}

/// 编号规则有误 — why a pattern was refused (nothing is saved).
public enum LetterNumberPatternError: Error, Equatable, Sendable, CustomStringConvertible {
    case empty
    case unbalancedBrace
    case unknownPlaceholder(String)
    case missingSequence
    case controlCharacter

    public var description: String {
        switch self {
        case .empty: return "编号规则不能为空"
        case .unbalancedBrace: return "编号规则中的花括号不成对；字面的花括号写作 {{ 或 }}"
        case .unknownPlaceholder(let n):
            return "编号规则中没有 {\(n)} 这一占位符；可用 {unit}/{简称}、{year}/{年}、{seq}/{序号}、{seq:3}"
        case .missingSequence: return "编号规则必须含有序号 {seq}（或 {序号}），否则文书编号会重复"
        case .controlCharacter: return "编号规则不能含有换行或控制字符"
        }
    }
}
