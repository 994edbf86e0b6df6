import Foundation
import GongkaiCore

/// 输入文字规则 — the one input policy for text from outside (typed, pasted, `--body-file`,
/// imported): what a text field of a request may hold, checked at the service door
/// (`RequestInputCheck`) and by import cell by cell, so nothing is ever stored shorter or other
/// than what was given without a refusal (SQLite would cut a string at a NUL).
///
/// Refused in every field: NUL and the other C0 controls, DEL, the C1 controls (U+0080–U+009F),
/// the bidi controls (U+061C, U+200E, U+200F, U+202A–U+202E, U+2066–U+2069) and the line and
/// paragraph separators (U+2028, U+2029) — the characters `TerminalSanitizer` would show as
/// placeholders; none has a place in an official record and each can drive a terminal or reorder
/// what a reader sees. Allowed: line feed in every field (and CR only directly before LF);
/// tab only in multi-line fields (bodies, 申请内容, notes, comments, narratives).
///
/// Lengths (characters): names 100, titles and other one-line fields 500, notes and other text
/// 20 000, bodies (正文, 申请内容, report narratives) 2 000 000.
public enum TextInputPolicy {
    /// What a field holds, by its name in the request.
    public enum FieldKind: Sendable, Equatable {
        /// 姓名、名称 — one line, 100 characters.
        case name
        /// 标题、文号 and other one-line fields — 500 characters.
        case line
        /// 备注、意见 and other text — multi-line, 20 000 characters.
        case text
        /// 正文、申请内容 — multi-line, 2 000 000 characters.
        case body

        public var maxLength: Int {
            switch self {
            case .name: return 100
            case .line: return 500
            case .text: return 20_000
            case .body: return 2_000_000
            }
        }

        public var multiLine: Bool { self == .text || self == .body }
    }

    static let nameFields: Set<String> = [
        "applicantName", "name", "approver", "login", "shortName", "officer", "unit", "unitName",
        "idNumber", "formWanted", "actor", "defaultUnit", "department", "responsibleUnit", "handler",
    ]
    static let lineFields: Set<String> = [
        "title", "docNumber", "category", "channels", "tags", "search", "contact", "pattern",
        "parent", "node", "reference", "code", "subject", "url", "location", "basis", "column",
    ]
    static let bodyFields: Set<String> = ["body", "content", "narrative", "text"]

    /// The kind of a field from its name in the request (`applicantName`, `body` …); a field not
    /// listed is text (multi-line, 20 000 characters).
    public static func kind(ofField label: String) -> FieldKind {
        if bodyFields.contains(label) { return .body }
        if nameFields.contains(label) { return .name }
        if lineFields.contains(label) { return .line }
        return .text
    }

    /// Whether `scalar` is refused in a field of `kind` (CR is judged with what follows it).
    public static func refuses(_ scalar: Unicode.Scalar, kind: FieldKind) -> Bool {
        switch scalar.value {
        case 0x0A: return false
        case 0x09: return !kind.multiLine
        default: return TerminalSanitizer.placeholder(for: scalar) != nil && scalar.value != 0xFFFD
        }
    }

    /// Where a refused character sits: 1-based character index, line and column.
    public struct Position: Sendable, Equatable {
        public var index: Int
        public var line: Int
        public var column: Int
        /// The refused character, `U+0000`.
        public var scalar: Unicode.Scalar
    }

    /// The first refused character of `text`, or nil when the text is acceptable.
    public static func firstRefused(in text: String, kind: FieldKind) -> Position? {
        var index = 0, line = 1, column = 0
        var scalars = text.unicodeScalars.makeIterator()
        var next = scalars.next()
        while let s = next {
            next = scalars.next()
            index += 1
            column += 1
            if s == "\n" { line += 1; column = 0; continue }
            if s == "\r", next == "\n" { continue }
            // Printable ASCII and the CJK blocks (U+2E80–U+FDFF) are never refused (fast path).
            if (s.value >= 0x20 && s.value < 0x7F) || (s.value >= 0x2E80 && s.value < 0xFE00) { continue }
            if refuses(s, kind: kind) { return Position(index: index, line: line, column: column, scalar: s) }
        }
        return nil
    }

    /// `U+001B` and its name when it has a short one (ESC, NUL, BEL …).
    public static func describe(_ scalar: Unicode.Scalar) -> String {
        let hex = String(scalar.value, radix: 16, uppercase: true)
        let code = "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
        let names: [UInt32: String] = [0x00: "NUL", 0x07: "BEL", 0x08: "BS", 0x09: "TAB", 0x0D: "CR",
                                       0x1B: "ESC", 0x7F: "DEL", 0x9B: "CSI", 0x9D: "OSC"]
        return names[scalar.value].map { code + " " + $0 } ?? code
    }

    /// The refusal for `text` in the field named `field` (its label for the message), or nil.
    public static func refusal(_ text: String, field: String, kind: FieldKind) -> ServiceError? {
        // A string has no more characters than UTF-8 bytes: count them only when it might be too long.
        if text.utf8.count > kind.maxLength, case let count = text.count, count > kind.maxLength {
            return .invalidValue(StoreText.Input.tooLong.with([fieldName(field), "\(count)", "\(kind.maxLength)"]))
        }
        guard let p = firstRefused(in: text, kind: kind) else { return nil }
        let what = fieldName(field)
        if p.line == 1 && !text.contains("\n") {
            return .invalidValue(StoreText.Input.controlCharacter.with([what, describe(p.scalar), "\(p.index)"]))
        }
        return .invalidValue(StoreText.Input.controlCharacterAt.with([what, describe(p.scalar), "\(p.index)", "\(p.line)", "\(p.column)"]))
    }

    /// The field's name for people: its Chinese/English label when there is one, with the
    /// request's field name (`applicantName`) so a program's author can find it too.
    static func fieldName(_ path: String) -> String {
        let last = path.split(separator: ".").last.map { String($0.split(separator: "[").first ?? $0) } ?? path
        guard let phrase = StoreText.Input.fieldLabels[last] else { return path }
        return StoreText.Input.fieldWithKey.text([phrase.text(), path])
    }
}
