import Foundation

/// 分隔符 — what separates the cells of a text ledger. Excel/WPS write a comma for "CSV", a TAB
/// for "Unicode 文本 (*.txt)" and "CSV UTF-16", and a semicolon for CSV in locales whose decimal
/// mark is a comma (European Excel).
public enum ImportDelimiter: String, Sendable, CaseIterable, Codable {
    case comma = ","
    case tab = "tab"
    case semicolon = ";"

    /// `,` `comma` `逗号`; `tab` `\t` `制表符`; `;` `semicolon` `分号`.
    public init?(name: String) {
        guard let d = ExchangeInputWords.delimiterNames[name.lowercased()] else { return nil }
        self = d
    }

    public var scalar: Unicode.Scalar {
        switch self {
        case .comma: return ","
        case .tab: return "\t"
        case .semicolon: return ";"
        }
    }

    /// As named in messages: 逗号, 制表符, 分号 (comma, TAB, semicolon in English).
    public var displayName: String {
        switch self {
        case .comma: return ExchangeText.Import.comma.text()
        case .tab: return ExchangeText.Import.tab.text()
        case .semicolon: return ExchangeText.Import.semicolon.text()
        }
    }

    /// How the delimiter of a file was decided — named in the messages about ragged rows.
    public enum Choice: Sendable, Equatable {
        /// `--delimiter`.
        case forced(ImportDelimiter)
        /// Every sampled row has the header's number of cells with it.
        case detected(ImportDelimiter)
        /// No delimiter gives the sampled rows a consistent number of cells; this one fits best.
        case bestGuess(ImportDelimiter)

        public var delimiter: ImportDelimiter {
            switch self {
            case .forced(let d), .detected(let d), .bestGuess(let d): return d
            }
        }

        /// "按分号分隔（--delimiter）" and the like, for the reasons of refusals.
        var note: String {
            switch self {
            case .forced(let d): return ExchangeText.Import.delimiterForced.text([d.displayName])
            case .detected(let d): return ExchangeText.Import.delimiterDetected.text([d.displayName])
            case .bestGuess(let d):
                return ExchangeText.Import.delimiterGuessed.text([d.displayName])
            }
        }
    }

    /// Rows (the header and those after it, blank ones not counted) that decide the delimiter.
    static let sampleRecords = 21

    /// 识别分隔符 — for each of comma, TAB and semicolon, reads the header and the first rows the
    /// way the parser will (quotes respected, so a quoted cell may hold any delimiter or a line
    /// break). A delimiter is consistent when it splits the header into two or more cells, every
    /// sampled row into as many, and raises no quote problem there. Of the consistent ones the one
    /// giving the most columns wins, comma before TAB before semicolon on a tie. When none is
    /// consistent, the one that fits the most sampled rows is taken (same tie order), and the
    /// ragged-row and quote checks then report the rows that do not fit, with line and column.
    public static func detect(_ text: String) -> Choice {
        struct Fit { var delimiter: ImportDelimiter; var columns: Int; var matching: Int; var consistent: Bool }
        var fits: [Fit] = []
        for d in allCases {
            let scan = CSVQuoteCheck.scan(text, delimiter: d.scalar, recordLimit: sampleRecords)
            let rows = scan.records.filter { !$0.blank }
            guard let header = rows.first, header.cells >= 2 else { continue }
            let body = rows.dropFirst()
            let matching = body.filter { $0.cells == header.cells }.count
            fits.append(Fit(delimiter: d, columns: header.cells, matching: matching,
                            consistent: matching == body.count && scan.problems.isEmpty))
        }
        // allCases is in preference order, and max(by:) keeps the first of equal elements only if
        // the comparison is strict, so pick explicitly.
        func best(_ candidates: [Fit], _ better: (Fit, Fit) -> Bool) -> Fit? {
            candidates.reduce(nil) { (kept: Fit?, f: Fit) in kept.map { better(f, $0) ? f : $0 } ?? f }
        }
        if let chosen = best(fits.filter(\.consistent), { $0.columns > $1.columns }) {
            return .detected(chosen.delimiter)
        }
        if let chosen = best(fits, { ($0.matching, $0.columns) > ($1.matching, $1.columns) }) {
            return .bestGuess(chosen.delimiter)
        }
        // No delimiter splits the header: an empty or one-column file, refused later as such.
        return .detected(.comma)
    }
}
