import CSV
import Foundation
import GongkaiOffice

/// 台账表格 — a ledger file as header + records, each record with the physical line it starts on.
/// CSV.swift's `CSVReader` does the parsing; `CSVQuoteCheck` runs over the same text first to
/// refuse what the reader would silently accept (a stray or unclosed quote) and to know where
/// each record starts, since the reader does not say.
public struct LedgerTable: Sendable, Equatable {
    public var header: [String]
    public var records: [Record]

    public struct Record: Sendable, Equatable {
        /// Physical line (1-based; the header is line 1) — for CSV; the row number for a workbook.
        public var line: Int
        public var fields: [String]
    }

    public init(header: [String], records: [Record]) {
        self.header = header
        self.records = records
    }

    /// Parses delimited text (already decoded): comma, TAB or semicolon, forced or detected
    /// (`ImportDelimiter.detect`). Blank lines and rows of empty cells are skipped; a row whose
    /// number of cells differs from the header's is refused (ragged row), naming the delimiter.
    public static func csv(_ text: String, file: String, delimiter forced: ImportDelimiter? = nil) throws(ImportFailure) -> LedgerTable {
        guard !text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
            throw ImportFailure([ImportIssue(file: file, line: 1, reason: ExchangeText.Import.emptyFile.text())])
        }
        let choice = forced.map(ImportDelimiter.Choice.forced) ?? ImportDelimiter.detect(text)
        let delimiter = choice.delimiter.scalar
        let check = CSVQuoteCheck.scan(text, delimiter: delimiter)
        if !check.problems.isEmpty {
            throw ImportFailure(check.problems.map {
                ImportIssue(file: file, line: $0.line, column: $0.column, reason: ExchangeText.Import.withNote.text([$0.reason, choice.note]))
            })
        }
        var rows: [[String]] = []
        do {
            let reader = try CSVReader(string: text, hasHeaderRow: false, delimiter: delimiter)
            while let row = reader.next() { rows.append(row) }
            if let error = reader.error { throw error }
        } catch {
            throw ImportFailure([ImportIssue(file: file, line: 1, reason: ExchangeText.Import.csvUnreadable.text(["\(error)"]))])
        }
        let lines = check.records.map(\.line)
        guard rows.count == lines.count else {
            throw ImportFailure([ImportIssue(file: file, line: 1, reason:
                ExchangeText.Import.csvLinesMismatch.text(["\(rows.count)", "\(lines.count)"]))])
        }
        return try table(zip(lines, rows).map { Record(line: $0, fields: $1) }, file: file, choice: choice)
    }

    /// The first worksheet of an .xlsx workbook (line = spreadsheet row number).
    public static func xlsx(_ data: Data, file: String) throws(ImportFailure) -> LedgerTable {
        let rows: [[String]]
        do { rows = try XLSXReader.rows(of: data) } catch {
            let reason: String
            switch error as? XLSXReaderError {
            case .notAWorkbook(let why)?: reason = ExchangeText.Import.notAWorkbook.text([why])
            case .noWorksheet?: reason = ExchangeText.Import.noWorksheet.text()
            case nil: reason = "\(error)"   // XLSXReader throws only XLSXReaderError
            }
            throw ImportFailure([ImportIssue(file: file, line: 1, reason: reason)])
        }
        return try table(rows.enumerated().map { Record(line: $0.offset + 1, fields: $0.element) }, file: file,
                         padRows: true)
    }

    static func table(_ all: [Record], file: String, padRows: Bool = false,
                      choice: ImportDelimiter.Choice? = nil) throws(ImportFailure) -> LedgerTable {
        let nonBlank = all.filter { r in r.fields.contains { !$0.trimmingCharacters(in: .whitespaces).isEmpty } }
        guard let first = nonBlank.first else {
            throw ImportFailure([ImportIssue(file: file, line: 1, reason: ExchangeText.Import.emptyFile.text())])
        }
        var header = first.fields.map { $0.trimmingCharacters(in: .whitespaces) }
        if header.first?.hasPrefix("\u{FEFF}") == true { header[0].removeFirst() }
        var issues: [ImportIssue] = []
        var records: [Record] = []
        for var r in nonBlank.dropFirst() {
            // A workbook stores no trailing empty cells: pad; in CSV every row must match.
            if padRows, r.fields.count < header.count {
                r.fields += Array(repeating: "", count: header.count - r.fields.count)
            }
            if r.fields.count != header.count {
                issues.append(ImportIssue(file: file, line: r.line, column: min(r.fields.count, header.count + 1),
                                          reason: choice.map { ExchangeText.Import.raggedRowNote.text(["\(r.fields.count)", "\(header.count)", $0.note]) }
                                            ?? ExchangeText.Import.raggedRow.text(["\(r.fields.count)", "\(header.count)"])))
                continue
            }
            records.append(r)
        }
        if !issues.isEmpty { throw ImportFailure(issues) }
        return LedgerTable(header: header, records: records)
    }
}

/// 引号检查 — RFC 4180 quoting over the decoded text, with the file's delimiter: a quote may
/// only open a field, and a closing quote must be followed by the delimiter or the end of the
/// line. Also records the physical line on which each record starts (a quoted field may span
/// lines), its number of cells and whether it is blank, which the delimiter detection reads.
enum CSVQuoteCheck {
    struct Problem: Equatable {
        var line: Int
        var column: Int
        var reason: String
    }

    struct RecordShape: Equatable {
        /// Physical line the record starts on (1-based).
        var line: Int
        var cells: Int
        /// Nothing but delimiters and spaces.
        var blank: Bool
    }

    /// Scans `text`; with `recordLimit`, stops after that many non-blank records.
    static func scan(_ text: String, delimiter: Unicode.Scalar = ",",
                     recordLimit: Int? = nil) -> (records: [RecordShape], problems: [Problem]) {
        let s = Array(text.unicodeScalars)
        var records: [RecordShape] = [], problems: [Problem] = []
        var line = 1, field = 1, i = 0
        var atFieldStart = true, inQuotes = false, afterClose = false, quoteLine = 1, quoteField = 1
        var recordOpen = false, blank = true, nonBlank = 0
        func closeRecord() {
            guard recordOpen else { return }
            records[records.count - 1].cells = field
            records[records.count - 1].blank = blank
            if !blank { nonBlank += 1 }
            recordOpen = false
        }
        while i < s.count {
            let c = s[i]
            if !recordOpen {
                if let recordLimit, nonBlank >= recordLimit { break }
                records.append(RecordShape(line: line, cells: 1, blank: true))
                recordOpen = true
                blank = true
            }
            if inQuotes {
                if c == "\"" {
                    if i + 1 < s.count, s[i + 1] == "\"" { i += 2; continue }
                    inQuotes = false
                    afterClose = true
                } else if c == "\n" || (c == "\r" && !(i + 1 < s.count && s[i + 1] == "\n")) {
                    line += 1
                }
                i += 1
                continue
            }
            if afterClose {
                afterClose = false
                if c != delimiter && c != "\r" && c != "\n" {
                    problems.append(Problem(line: line, column: field,
                                            reason: ExchangeText.Import.textAfterQuote.text()))
                }
            }
            switch c {
            case "\"":
                if atFieldStart {
                    inQuotes = true
                    quoteLine = line
                    quoteField = field
                } else {
                    problems.append(Problem(line: line, column: field,
                                            reason: ExchangeText.Import.strayQuote.text()))
                }
                atFieldStart = false
                blank = false
            case delimiter:
                field += 1
                atFieldStart = true
            case "\r", "\n":
                if c == "\r", i + 1 < s.count, s[i + 1] == "\n" { i += 1 }
                closeRecord()
                line += 1
                field = 1
                atFieldStart = true
            default:
                if !c.properties.isWhitespace { blank = false }
                atFieldStart = false
            }
            i += 1
        }
        closeRecord()
        if inQuotes {
            problems.append(Problem(line: quoteLine, column: quoteField,
                                    reason: ExchangeText.Import.unclosedQuote.text()))
        }
        return (records, problems)
    }
}
