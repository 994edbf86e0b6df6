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

    /// In the interface language (`LetterText.Letters`); the variables' labels stay Chinese, as in the letters.
    public var description: String {
        let P = LettersText.Letters.self
        switch self {
        case .missingData(let t, let names):
            return P.missingData.text([t, names.map(LetterField.describe).joined(separator: P.listSeparator.text())])
        case .noReply(let id):
            return P.noReply.text([id])
        case .noLetterForStep(let state):
            return P.noLetterForStep.text([state])
        case .missingEvent(let kind, let event):
            // `event` is the step's Chinese name; read it in the interface language.
            let step = [P.consultStep, P.extendStep].first { $0.zh == event }?.text() ?? event
            return P.missingEvent.text([kind.displayName, step])
        case .noTemplate(let n): return P.noTemplate.text([n])
        case .templateUnreadable(let f, let r): return P.templateUnreadable.text([f, r])
        case .templateSyntax(let n, let line, let col, let r):
            return P.templateSyntax.text([n, "\(line)", "\(col)", r])
        case .invalidOption(let m): return m
        }
    }
}
