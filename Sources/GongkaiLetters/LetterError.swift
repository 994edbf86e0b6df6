import GongkaiCore

/// 文书无法生成 — why no letter was produced (nothing was numbered or recorded).
public enum LetterError: Error, Equatable, Sendable, CustomStringConvertible {
    /// 缺少数据 — every name the template needs that the case does not give (label + variable).
    case missingData(template: String, names: [String])
    /// 答复书 with no reply recorded.
    case noReply(String)
    /// The current step of the application has no letter (TUI key).
    case noLetterForStep(String)
    /// A step the letter needs was never recorded (补正告知, 征求意见, 延期).
    case missingEvent(kind: LetterKind, event: String)
    case noTemplate(String)
    case templateUnreadable(file: String, reason: String)
    case templateSyntax(name: String, line: Int, column: Int, reason: String)
    case invalidOption(String)

    public var description: String {
        switch self {
        case .missingData(let t, let names):
            return "缺少生成文书所需的数据（模板 \(t)）：" + names.map(LetterField.describe).joined(separator: "、")
                + "。未生成任何文件，也未取号。（missing data）"
        case .noReply(let id):
            return "\(id) 尚未登记答复，不能生成答复书；请先登记答复（gongkai app event \(id) reply --outcome 代码）。（no reply recorded）"
        case .noLetterForStep(let state):
            return "申请当前状态为“\(state)”，没有对应的文书；可用 gongkai letter --kind 指定。（no letter for this step）"
        case .missingEvent(let kind, let event):
            return "生成\(kind.chineseName)需要先登记“\(event)”环节。（the \(event) step is not recorded）"
        case .noTemplate(let n): return "没有名为 \(n) 的文书模板（no template）"
        case .templateUnreadable(let f, let r): return "无法读取模板 \(f)：\(r)"
        case .templateSyntax(let n, let line, let col, let r):
            return "模板 \(n) 第 \(line) 行第 \(col) 列有语法错误：\(r)（template syntax error）"
        case .invalidOption(let m): return m
        }
    }
}
