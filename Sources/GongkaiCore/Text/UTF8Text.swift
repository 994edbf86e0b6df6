/// 文本文件编码检查 — text from files (holiday arrangements, document bodies, imports) must be
/// valid UTF-8: a file in another encoding is refused with the line of its first bad byte,
/// rather than stored with replacement characters.
public enum UTF8Text {
    public struct InvalidEncoding: Error, Equatable, CustomStringConvertible {
        public var line: Int
        public var byteOffset: Int
        public var description: String {
            CoreText.Text.notUTF8.text(["\(line)", "\(byteOffset + 1)"])
        }
    }

    /// Decodes `bytes` as UTF-8 (a leading BOM is dropped), or throws where it first goes wrong.
    public static func decode(_ bytes: [UInt8]) throws(InvalidEncoding) -> String {
        var body = bytes[...]
        if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
        var line = 1, i = body.startIndex
        while i < body.endIndex {
            let b = body[i]
            let length: Int
            switch b {
            case 0x00...0x7F: length = 1
            case 0xC2...0xDF: length = 2
            case 0xE0...0xEF: length = 3
            case 0xF0...0xF4: length = 4
            default: throw InvalidEncoding(line: line, byteOffset: i)
            }
            guard body.endIndex - i >= length else { throw InvalidEncoding(line: line, byteOffset: i) }
            for k in 1..<length where body[i + k] & 0xC0 != 0x80 {
                throw InvalidEncoding(line: line, byteOffset: i)
            }
            // Overlong forms and surrogates (the cases the lead byte alone does not exclude).
            if length == 3 {
                let second = body[i + 1]
                if (b == 0xE0 && second < 0xA0) || (b == 0xED && second > 0x9F) { throw InvalidEncoding(line: line, byteOffset: i) }
            } else if length == 4 {
                let second = body[i + 1]
                if (b == 0xF0 && second < 0x90) || (b == 0xF4 && second > 0x8F) { throw InvalidEncoding(line: line, byteOffset: i) }
            }
            if b == 0x0A { line += 1 }
            i += length
        }
        return String(decoding: body, as: UTF8.self)
    }
}
