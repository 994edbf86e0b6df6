import CSV
import Foundation
import GongkaiCore
import GongkaiOffice

/// 导出格式 — CSV (UTF-8 with BOM and CRLF, as Excel opens it), XLSX (a real workbook), JSON (an
/// array of objects keyed by the English column keys) and Markdown (a table).
///
/// Every text format is safe on a terminal (`export KIND -o -`, `cat export.csv`): CSV and
/// Markdown cells pass through `TerminalSanitizer.sanitizeLines` (a control character from older
/// or planted data shows as its placeholder, ␛ for ESC), JSON writes them as `\uXXXX` escapes
/// (the same strings, exactly).
public enum ExportFormat: String, Sendable, CaseIterable, Codable {
    case csv, xlsx, json, md

    /// Whether the bytes are text that may go to standard output.
    public var isText: Bool { self != .xlsx }

    public func data(_ table: ExportTable) throws -> Data {
        switch self {
        case .csv: return try Self.csv(table)
        case .xlsx:
            return try XLSXWorkbook.data([XLSXSheet(name: table.title, rows: [table.columns.map(\.header)] + table.rows)])
        case .json: return try Self.json(table)
        case .md: return Data(Self.markdown(table).utf8)
        }
    }

    static func csv(_ table: ExportTable) throws -> Data {
        let stream = OutputStream(toMemory: ())
        stream.open()
        let bom: [UInt8] = [0xEF, 0xBB, 0xBF]
        _ = bom.withUnsafeBufferPointer { stream.write($0.baseAddress!, maxLength: 3) }
        let writer = try CSVWriter(stream: stream, newline: .crlf)
        try writer.write(row: table.columns.map(\.header))
        for row in table.rows { try writer.write(row: row.map { neutralized(TerminalSanitizer.sanitizeLines($0)) }) }
        _ = [UInt8](arrayLiteral: 0x0D, 0x0A).withUnsafeBufferPointer { stream.write($0.baseAddress!, maxLength: 2) }
        stream.close()
        guard let data = stream.property(forKey: .dataWrittenToMemoryStreamKey) as? Data else {
            throw CSVError.cannotWriteStream
        }
        return data
    }

    /// 公式注入 — a cell from outside that starts with `=`, `+`, `-` or `@` would be read by Excel
    /// as a formula; such a cell is written with a leading `'` (import removes it again).
    static func neutralized(_ value: String) -> String {
        guard let first = value.first, "=+-@".contains(first) else { return value }
        return "'" + value
    }

    static func json(_ table: ExportTable) throws -> Data {
        let objects = table.rows.map { row in
            Dictionary(uniqueKeysWithValues: zip(table.columns.map(\.key), row))
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let text = String(decoding: try encoder.encode(objects), as: UTF8.self)
        return Data((TerminalSanitizer.escapeJSON(text) + "\n").utf8)
    }

    static func markdown(_ table: ExportTable) -> String {
        func cell(_ s: String) -> String {
            MarkupEscaper.escape(TerminalSanitizer.sanitizeLines(s.replacingOccurrences(of: "\r\n", with: "\n")), for: .markdownTableCell)
        }
        var lines = ["# " + cell(table.title), ""]
        lines.append("| " + table.columns.map { cell($0.header) }.joined(separator: " | ") + " |")
        lines.append("|" + String(repeating: " --- |", count: table.columns.count))
        for row in table.rows { lines.append("| " + row.map(cell).joined(separator: " | ") + " |") }
        lines.append("")
        lines.append("共 \(table.rows.count) 行。")
        return lines.joined(separator: "\n") + "\n"
    }
}
