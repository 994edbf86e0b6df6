import GongkaiCore

/// 文字输入（多行） — a simple multi-line input for the narrative sections 一、五、六: lines of
/// text, a caret (line, grapheme column), the editing keys of `LineEditing` on the current line,
/// Enter (`newline`) for a new line, Up / Down (`move-up` / `move-down`) between the lines. Deliberately small: the full document editor is a separate piece of work.
public struct NarrativeEditor: Equatable, Sendable {
    public var section: ReportSection
    public var lines: [String]
    public var row = 0
    public var column = 0
    /// First line on screen.
    public var scroll = 0

    public init(section: ReportSection, text: String) {
        self.section = section
        lines = text.isEmpty ? [""] : text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        row = lines.count - 1
        column = lines[row].count
    }

    public var text: String {
        var all = lines
        while all.count > 1, all.last?.trimmingCharacters(in: .whitespaces).isEmpty == true { all.removeLast() }
        return all.joined(separator: "\n")
    }

    /// What a key did.
    enum Outcome: Equatable { case editing, save, cancel }

    /// A key no binding names (text and the editing keys of `LineEditing`, which here also join
    /// and cross lines at a line's ends) or a command of the narrative's bindings
    /// (`report-narrative`): cancel, save, newline (Enter), move-up / move-down (Up / Down).
    mutating func edit(_ input: FormInput) -> Outcome {
        let key: Key
        switch input {
        case .command(.cancel): return .cancel
        case .command(.save): return .save
        case .command(.newline):
            let chars = Array(lines[row])
            lines[row] = String(chars[..<column])
            lines.insert(String(chars[column...]), at: row + 1)
            row += 1
            column = 0
            return .editing
        case .command(.moveUp):
            if row > 0 { row -= 1; column = min(column, lines[row].count) }
            return .editing
        case .command(.moveDown):
            if row < lines.count - 1 { row += 1; column = min(column, lines[row].count) }
            return .editing
        case .command: return .editing
        case .key(let k): key = k
        }
        switch key {
        case .backspace where column == 0, .ctrl("h") where column == 0:
            if row > 0 {
                column = lines[row - 1].count
                lines[row - 1] += lines[row]
                lines.remove(at: row)
                row -= 1
            }
        case .delete where column == lines[row].count:
            if row < lines.count - 1 {
                lines[row] += lines[row + 1]
                lines.remove(at: row + 1)
            }
        case .left where column == 0:
            if row > 0 { row -= 1; column = lines[row].count }
        case .right where column == lines[row].count:
            if row < lines.count - 1 { row += 1; column = 0 }
        default:
            _ = LineEditing.apply(key, text: &lines[row], caret: &column)
        }
        return .editing
    }
}
