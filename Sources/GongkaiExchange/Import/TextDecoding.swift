import CoreFoundation
import Foundation
import GongkaiCore

/// 文件编码 — what a ledger file from Excel/WPS is written in. Chinese offices save CSV as
/// GB18030 (Excel's "CSV" on a Chinese Windows) or as UTF-8 with a BOM ("CSV UTF-8"); Excel's
/// "Unicode 文本 (*.txt)" and "CSV UTF-16" are UTF-16 little-endian with a BOM (and TABs).
public enum ImportEncoding: String, Sendable, CaseIterable, Codable {
    case utf8 = "utf-8"
    case gb18030
    /// UTF-16, byte order from the BOM; without a BOM little-endian (what Windows writes).
    case utf16 = "utf-16"
    case utf16le = "utf-16le"
    case utf16be = "utf-16be"

    /// `utf-8`, `utf8`, `gb18030`, `gbk`, `gb2312` (GBK and GB2312 are subsets of GB18030),
    /// `utf-16` (`unicode`, `ucs-2`), `utf-16le`, `utf-16be`.
    public init?(name: String) {
        switch name.lowercased().replacingOccurrences(of: "_", with: "-") {
        case "utf-8", "utf8": self = .utf8
        case "gb18030", "gbk", "gb2312", "cp936": self = .gb18030
        case "utf-16", "utf16", "unicode", "ucs-2", "ucs2": self = .utf16
        case "utf-16le", "utf16le", "ucs-2le", "unicodelittleunmarked": self = .utf16le
        case "utf-16be", "utf16be", "ucs-2be", "unicodebigunmarked": self = .utf16be
        default: return nil
        }
    }

    /// The names `--encoding` takes, as listed in messages.
    public static var names: String { ExchangeText.Import.encodingNames.text() }

    /// Foundation's GB18030 (kCFStringEncodingGB_18030_2000 = 0x0632), present on Linux too.
    static let foundationGB18030 = String.Encoding(
        rawValue: CFStringConvertEncodingToNSStringEncoding(CFStringEncoding(0x0632)))
}

/// 解码 — bytes to text: a UTF-16 BOM means UTF-16 in its byte order; a UTF-8 BOM means UTF-8;
/// NUL bytes in the pattern of UTF-16 text mean UTF-16 without a BOM; valid UTF-8 is UTF-8;
/// otherwise GB18030 is tried; `forced` skips the guess (but a UTF-16 BOM that contradicts it
/// is refused rather than read as garbage). Refusals name the line of the first bad byte.
public enum TextDecoding {
    public static func decode(_ bytes: [UInt8], forced: ImportEncoding? = nil,
                              file: String) throws(ImportFailure) -> (text: String, encoding: ImportEncoding) {
        let hasBOM = bytes.starts(with: [0xEF, 0xBB, 0xBF])
        let utf16BOM: ImportEncoding? = bytes.starts(with: [0xFF, 0xFE]) ? .utf16le
            : bytes.starts(with: [0xFE, 0xFF]) ? .utf16be : nil
        if let utf16BOM {
            switch forced {
            case nil, .utf16?, utf16BOM?:
                return (try utf16(bytes.dropFirst(2), bigEndian: utf16BOM == .utf16be, file: file), utf16BOM)
            case let other?:
                throw ImportFailure([ImportIssue(file: file, line: 1, reason:
                    ExchangeText.Import.bomContradicts.text([utf16BOM == .utf16le ? "UTF-16LE" : "UTF-16BE", other.rawValue]))])
            }
        }
        switch forced {
        case .utf8?:
            do { return (try UTF8Text.decode(bytes), .utf8) } catch {
                throw ImportFailure([ImportIssue(file: file, line: error.line, reason: error.description)])
            }
        case .gb18030?:
            return (try gb18030(bytes, file: file), .gb18030)
        case .utf16?, .utf16le?:
            return (try utf16(bytes[...], bigEndian: false, file: file), .utf16le)
        case .utf16be?:
            return (try utf16(bytes[...], bigEndian: true, file: file), .utf16be)
        case nil:
            if !hasBOM, let bigEndian = utf16ByteOrder(bytes) {
                return (try utf16(bytes[...], bigEndian: bigEndian, file: file), bigEndian ? .utf16be : .utf16le)
            }
            if hasBOM, let text = try? UTF8Text.decode(bytes) { return (text, .utf8) }
            do { return (try UTF8Text.decode(bytes), .utf8) } catch {
                if !hasBOM, let text = try? gb18030(bytes, file: file) { return (text, .gb18030) }
                throw ImportFailure([ImportIssue(file: file, line: error.line, reason:
                    ExchangeText.Import.notUTF8NorGB18030.text(["\(error.byteOffset + 1)"]))])
            }
        }
    }

    /// UTF-16 without a BOM: a text ledger holds no NUL character, but UTF-16 puts a NUL byte
    /// beside every ASCII character (delimiters, digits, line ends) — after it in little-endian,
    /// before it in big-endian. Nil when the bytes do not look like that.
    static func utf16ByteOrder(_ bytes: [UInt8]) -> Bool? {
        let sample = bytes.prefix(4096)
        guard sample.count >= 2 else { return nil }
        var even = 0, odd = 0
        for (i, b) in sample.enumerated() where b == 0 { if i % 2 == 0 { even += 1 } else { odd += 1 } }
        // Nearly all NULs on one side, and enough of them to be the ASCII half of the text.
        guard even + odd >= max(2, sample.count / 16) else { return nil }
        if odd >= 9 * even { return false }
        if even >= 9 * odd { return true }
        return nil
    }

    /// Decodes UTF-16 code units (BOM already dropped; a BOM left at the start is dropped too),
    /// refusing an odd number of bytes or an unpaired surrogate with the line it is on.
    static func utf16(_ bytes: ArraySlice<UInt8>, bigEndian: Bool, file: String) throws(ImportFailure) -> String {
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2)
        var i = bytes.startIndex
        while i + 1 < bytes.endIndex {
            let a = UInt16(bytes[i]), b = UInt16(bytes[i + 1])
            units.append(bigEndian ? a << 8 | b : b << 8 | a)
            i += 2
        }
        var line = 1, k = 0
        func refuse(_ what: String) -> ImportFailure {
            ImportFailure([ImportIssue(file: file, line: line, reason:
                ExchangeText.Import.notUTF16.text([bigEndian ? "BE" : "LE", what]))])
        }
        while k < units.count {
            let u = units[k]
            switch u {
            case 0x0A: line += 1
            case 0xD800...0xDBFF:
                guard k + 1 < units.count, (0xDC00...0xDFFF).contains(units[k + 1]) else {
                    throw refuse(ExchangeText.Import.unpairedSurrogate.text(["\(bytes.startIndex + 2 * k + 1)"]))
                }
                k += 1
            case 0xDC00...0xDFFF:
                throw refuse(ExchangeText.Import.unpairedSurrogate.text(["\(bytes.startIndex + 2 * k + 1)"]))
            default: break
            }
            k += 1
        }
        if bytes.count % 2 != 0 { throw refuse(ExchangeText.Import.oddByteCount.text()) }
        let text = String(decoding: units, as: UTF16.self)
        return text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text
    }

    static func gb18030(_ bytes: [UInt8], file: String) throws(ImportFailure) -> String {
        guard let text = String(data: Data(bytes), encoding: ImportEncoding.foundationGB18030) else {
            // Find the line: decode line by line until one fails.
            var line = 1, start = 0
            for (i, b) in bytes.enumerated() where b == 0x0A {
                if String(data: Data(bytes[start..<i]), encoding: ImportEncoding.foundationGB18030) == nil { break }
                line += 1
                start = i + 1
            }
            throw ImportFailure([ImportIssue(file: file, line: line,
                                             reason: ExchangeText.Import.notGB18030.text())])
        }
        return text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text
    }
}
