import CoreFoundation
import Foundation
import GongkaiCore

/// 文件编码 — what a ledger file from Excel/WPS is written in. Chinese offices save CSV as
/// GB18030 (Excel's "CSV" on a Chinese Windows) or as UTF-8 with a BOM ("CSV UTF-8").
public enum ImportEncoding: String, Sendable, CaseIterable, Codable {
    case utf8 = "utf-8"
    case gb18030

    /// `utf-8`, `utf8`, `gb18030`, `gbk`, `gb2312` (GBK and GB2312 are subsets of GB18030).
    public init?(name: String) {
        switch name.lowercased().replacingOccurrences(of: "_", with: "-") {
        case "utf-8", "utf8": self = .utf8
        case "gb18030", "gbk", "gb2312", "cp936": self = .gb18030
        default: return nil
        }
    }

    /// Foundation's GB18030 (kCFStringEncodingGB_18030_2000 = 0x0632), present on Linux too.
    static let foundationGB18030 = String.Encoding(
        rawValue: CFStringConvertEncodingToNSStringEncoding(CFStringEncoding(0x0632)))
}

/// 解码 — bytes to text: a UTF-8 BOM means UTF-8; valid UTF-8 is UTF-8; otherwise GB18030 is
/// tried; `forced` skips the guess. Refusals name the line of the first bad byte.
public enum TextDecoding {
    public static func decode(_ bytes: [UInt8], forced: ImportEncoding? = nil,
                              file: String) throws(ImportFailure) -> (text: String, encoding: ImportEncoding) {
        let hasBOM = bytes.starts(with: [0xEF, 0xBB, 0xBF])
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            throw ImportFailure([ImportIssue(file: file, line: 1, reason:
                "文件是 UTF-16（Excel 的“Unicode 文本”），请另存为“CSV UTF-8（逗号分隔）”（UTF-16 is not supported）")])
        }
        switch forced {
        case .utf8?:
            do { return (try UTF8Text.decode(bytes), .utf8) } catch {
                throw ImportFailure([ImportIssue(file: file, line: error.line, reason: error.description)])
            }
        case .gb18030?:
            return (try gb18030(bytes, file: file), .gb18030)
        case nil:
            if hasBOM, let text = try? UTF8Text.decode(bytes) { return (text, .utf8) }
            do { return (try UTF8Text.decode(bytes), .utf8) } catch {
                if !hasBOM, let text = try? gb18030(bytes, file: file) { return (text, .gb18030) }
                throw ImportFailure([ImportIssue(file: file, line: error.line, reason:
                    "文件既不是有效的 UTF-8 也不是 GB18030 文本（第 \(error.byteOffset + 1) 个字节起）；"
                    + "请在 Excel/WPS 中另存为 CSV UTF-8，或用 --encoding 指定编码（not UTF-8 nor GB18030）")])
            }
        }
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
                                             reason: "文件不是有效的 GB18030 文本（not valid GB18030）")])
        }
        return text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text
    }
}
