/// 字符类别 — what kind of character a grapheme is, for word motions and word deletion.
///
/// Chinese has no spaces between words and a word segmenter needs a dictionary, so a run of
/// Han characters (汉字) counts as one "word": word motions jump from punctuation to
/// punctuation through Chinese text — clause by clause, which is how officers revise 公文 —
/// while Left/Right already step one 字 at a time. Kana and Hangul runs are words of their own
/// kind; Latin letters and digits (ASCII or full-width) form ordinary words, so 2026年 is the
/// word 2026 followed by the word 年.
public enum CharacterClass: Equatable, Sendable {
    case whitespace
    case punctuation
    case han
    case kana
    case hangul
    case word

    public init(_ c: Character) {
        if c.isWhitespace { self = .whitespace; return }
        let v = c.unicodeScalars.first?.value ?? 0
        switch v {
        case 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF, 0x20000...0x3134F, 0x3007:
            self = .han
        case 0x3040...0x30FF, 0x31F0...0x31FF:
            self = .kana
        case 0xAC00...0xD7AF, 0x1100...0x11FF, 0x3130...0x318F:
            self = .hangul
        default:
            if c == "_" || c.isLetter || c.isNumber { self = .word }
            else if c.isPunctuation || c.isSymbol { self = .punctuation }
            else { self = .word }                   // emoji, marks: part of a word
        }
    }

    /// Whether a word motion skips over this class before it starts counting a word.
    var isSeparator: Bool { self == .whitespace || self == .punctuation }
}
