import Foundation
import GongkaiCore
import GongkaiStore

/// 正文文件 — a `--body-file` read whole and held to the input policy before anything is sent to
/// the door: a NUL or another refused control character is named with the file, its byte offset
/// and its line and column, and nothing is stored (SQLite would keep only what came before a NUL).
enum BodyFile {
    /// The text of `data` read from `path`, or a refusal naming where the first refused
    /// character is.
    static func text(_ data: Data, path: String, notUTF8: String) throws -> String {
        guard let text = String(data: data, encoding: .utf8) else { throw CLIError(notUTF8) }
        let kind = TextInputPolicy.FieldKind.body
        if TerminalSanitizer.isClean(text) { return text }
        var byte = data.starts(with: [0xEF, 0xBB, 0xBF]) && !text.hasPrefix("\u{FEFF}") ? 3 : 0
        var line = 1, column = 0
        let scalars = Array(text.unicodeScalars)
        for (i, s) in scalars.enumerated() {
            defer { byte += String(s).utf8.count }
            column += 1
            if s == "\n" { line += 1; column = 0; continue }
            if s == "\r", i + 1 < scalars.count, scalars[i + 1] == "\n" { continue }
            if TextInputPolicy.refuses(s, kind: kind) {
                throw CLIError(CLIText.Documents.bodyControlCharacter.text([
                    path, TextInputPolicy.describe(s), "\(byte + 1)", "\(line)", "\(column)"]))
            }
        }
        return text
    }
}
