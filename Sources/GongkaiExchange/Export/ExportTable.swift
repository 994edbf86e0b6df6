/// 导出表 — what every export kind produces and every format writes: a title, the columns (an
/// English key for JSON and the Chinese header that import recognises) and rows of text.
public struct ExportTable: Sendable, Equatable {
    public struct Column: Sendable, Equatable {
        public var key: String
        public var header: String
        public init(key: String, header: String) {
            self.key = key
            self.header = header
        }
    }

    /// Sheet name and Markdown heading, e.g. 依申请公开登记台账.
    public var title: String
    public var columns: [Column]
    public var rows: [[String]]

    public init(title: String, columns: [Column], rows: [[String]]) {
        self.title = title
        self.columns = columns
        self.rows = rows
    }

    /// A table whose columns are the fields of a ledger (so that an export imports back).
    init<F: LedgerField>(title: String, fields: [F], rows: [[String]]) {
        self.init(title: title, columns: fields.map { Column(key: $0.rawValue, header: $0.header) }, rows: rows)
    }
}
