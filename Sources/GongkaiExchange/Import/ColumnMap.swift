import CSV
import Foundation

/// 列映射文件 (`--map FILE`) — for a ledger whose headers differ from the standard ones: a CSV
/// (or TAB- or semicolon-separated) file of two columns, the header as it is in the ledger and
/// the field it holds (the standard Chinese header or the English field name; `-` or `忽略` to
/// skip the column). Lines starting with `#` are comments; a first line `表头,字段` (or `column,field`) is a title and skipped.
///
///     表头,字段
///     来件人,申请人
///     来件日期,received
///     备注,忽略
public struct ColumnMap: Sendable, Equatable {
    /// Ledger header → standard field name, or nil for an ignored column.
    public var entries: [String: String?]

    public init(entries: [String: String?] = [:]) { self.entries = entries }

    public static func parse(_ text: String, file: String) throws(ImportFailure) -> ColumnMap {
        var entries: [String: String?] = [:]
        var issues: [ImportIssue] = []
        // Saved by Excel as "Unicode 文本" a map is TAB-separated like a ledger: same detection.
        // Comment lines (one cell) do not take part in the detection.
        let uncommented = text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
            .filter { !$0.trimmingCharacters(in: .whitespaces).hasPrefix("#") }.joined(separator: "\n")
        let delimiter = ImportDelimiter.detect(uncommented).delimiter.scalar
        let scan = CSVQuoteCheck.scan(text, delimiter: delimiter)
        let lines = scan.records.map(\.line)
        if let p = scan.problems.first {
            throw ImportFailure([ImportIssue(file: file, line: p.line, column: p.column, reason: p.reason)])
        }
        var rows: [[String]] = []
        do {
            let reader = try CSVReader(string: text, hasHeaderRow: false, delimiter: delimiter)
            while let row = reader.next() { rows.append(row) }
        } catch {
            throw ImportFailure([ImportIssue(file: file, line: 1, reason: ExchangeText.Import.mapUnreadable.text(["\(error)"]))])
        }
        var firstEntry = true
        for (line, row) in zip(lines, rows) {
            let cells = row.map { $0.trimmingCharacters(in: .whitespaces) }
            if cells.allSatisfy(\.isEmpty) || cells[0].hasPrefix("#") { continue }
            // The title may follow comment lines.
            defer { firstEntry = false }
            if firstEntry, ExchangeInputWords.mapTitleWords.contains(cells[0].lowercased()) { continue }
            guard cells.count >= 2, !cells[0].isEmpty else {
                issues.append(ImportIssue(file: file, line: line, reason: ExchangeText.Import.mapRowShape.text()))
                continue
            }
            let target = cells[1]
            entries[cells[0]] = (ExchangeInputWords.ignoreWords.contains(target.lowercased()) || target.isEmpty)
                ? .some(nil) : .some(target)
        }
        if !issues.isEmpty { throw ImportFailure(issues) }
        return ColumnMap(entries: entries)
    }
}

/// 列对应 — which column of a table holds which field, decided from the headers and the map.
public struct ColumnBinding<Field: LedgerField>: Sendable {
    /// Column index (0-based) → field; absent: ignored column.
    public var fields: [Int: Field]
    /// Field → column index.
    public var columns: [Field: Int]

    static func bind(_ header: [String], map: ColumnMap?, file: String) throws(ImportFailure) -> ColumnBinding {
        var fields: [Int: Field] = [:], columns: [Field: Int] = [:]
        var issues: [ImportIssue] = []
        for (i, h) in header.enumerated() {
            let name: String?
            if let mapped = map?.entries[h] {
                name = mapped
                guard let target = mapped else { continue }
                guard Field.named(target) != nil else {
                    issues.append(ImportIssue(file: file, line: 1, column: i + 1, header: h,
                                              reason: ExchangeText.Import.mapUnknownField.text([target, fieldList])))
                    continue
                }
            } else {
                name = h
            }
            if h.isEmpty { continue }   // an untitled column (a trailing comma in every row)
            guard let field = name.flatMap(Field.named) else {
                issues.append(ImportIssue(file: file, line: 1, column: i + 1, header: h,
                                          reason: ExchangeText.Import.unknownColumn.text([h, fieldList])))
                continue
            }
            if let other = columns[field] {
                issues.append(ImportIssue(file: file, line: 1, column: i + 1, header: h,
                                          reason: ExchangeText.Import.duplicateColumn.text(["\(other + 1)", header[other], field.header])))
                continue
            }
            if field.isExportOnly { continue }
            fields[i] = field
            columns[field] = i
        }
        for field in Field.allCases where field.isRequired && columns[field] == nil {
            issues.append(ImportIssue(file: file, line: 1, reason: ExchangeText.Import.missingColumn.text([field.header, field.rawValue])))
        }
        if !issues.isEmpty { throw ImportFailure(issues) }
        return ColumnBinding(fields: fields, columns: columns)
    }

    static var fieldList: String {
        Field.allCases.filter { !$0.isExportOnly }.map { ExchangeText.Import.nameAndCode.text([$0.header, $0.rawValue]) }
            .joined(separator: ExchangeText.Import.listSeparator.text())
    }
}
