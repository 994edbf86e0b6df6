/// 导入问题 — one reason a file was refused, located the way editors and compilers locate it:
/// `file:line:column: reason`, the line being the physical line of the file (1-based, the header
/// is line 1) and the column the 1-based column number, followed by its header name.
public struct ImportIssue: Error, Sendable, Equatable, CustomStringConvertible {
    public var file: String
    public var line: Int
    /// 1-based column number; nil when the problem is the line (or the file) as a whole.
    public var column: Int?
    /// The column's header as written in the file.
    public var header: String?
    public var reason: String

    public init(file: String, line: Int, column: Int? = nil, header: String? = nil, reason: String) {
        self.file = file
        self.line = line
        self.column = column
        self.header = header
        self.reason = reason
    }

    public var description: String {
        var s = "\(file):\(line):"
        if let column { s += "\(column):" }
        if let header, !header.isEmpty { s += " [\(header)]" }
        return s + " " + reason
    }
}

/// 导入失败 — every problem found in a file; nothing of it was imported.
public struct ImportFailure: Error, Sendable, Equatable, CustomStringConvertible {
    public var issues: [ImportIssue]
    public init(_ issues: [ImportIssue]) { self.issues = issues }
    public var description: String {
        issues.map(\.description).joined(separator: "\n")
            + "\n" + ExchangeText.Import.problemsFooter.text(["\(issues.count)"])
    }
}
