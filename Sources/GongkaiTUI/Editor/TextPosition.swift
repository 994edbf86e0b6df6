/// 插入点位置 — a caret position in a text buffer: a logical line and a grapheme index in it.
///
/// The index counts grapheme clusters (Swift `Character`s), never scalars or bytes, so a
/// position can never fall inside 中, inside e + U+0301, or inside a ZWJ emoji or a flag.
/// `index == count` is the end of the line (before its newline).
public struct TextPosition: Hashable, Comparable, Sendable, CustomStringConvertible {
    public var line: Int
    public var index: Int

    public init(line: Int, index: Int) {
        self.line = line
        self.index = index
    }

    public static let zero = TextPosition(line: 0, index: 0)

    public static func < (a: TextPosition, b: TextPosition) -> Bool {
        a.line != b.line ? a.line < b.line : a.index < b.index
    }

    public var description: String { "\(line):\(index)" }
}
