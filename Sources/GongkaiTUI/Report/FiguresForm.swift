import GongkaiCore
import GongkaiStore

/// 表二填报表单 — the four entered figures of table 二 (第二十条第（五）（六）（八）项) as one-line
/// inputs; parsed with `ReportFigures.parseCount` / `parseAmount` (full-width digits accepted,
/// at most 4 decimal places in 万元).
public struct FiguresForm: Equatable, Sendable {
    public struct Field: Equatable, Sendable {
        public var label: String
        public var text: String
        public var caret: Int
    }

    public var fields: [Field]
    public var focus = 0
    /// A figure was changed since the form opened (Esc asks first).
    public var touched = false

    public init(_ f: ReportFigures) {
        let values: [(String, String)] = [
            (TUIText.Report.licensing.text(), String(f.licensingDecisions)),
            (TUIText.Report.penalty.text(), String(f.penaltyDecisions)),
            (TUIText.Report.compulsion.text(), String(f.compulsionDecisions)),
            (TUIText.Report.fees.text(), ReportFigures.formatAmount(f.feeAmount)),
        ]
        fields = values.map { Field(label: $0.0, text: $0.1, caret: $0.1.count) }
    }

    /// Puts back what was typed into the same report's form before a hang-up (`draft`); returns
    /// whether it did (the form then counts as changed, so Esc asks first).
    mutating func restore(_ draft: FiguresDraftFields?, year: Int, scope: ReportScope) -> Bool {
        guard let draft, draft.year == year, draft.scope == scope, draft.fields.count == fields.count else { return false }
        for i in fields.indices {
            fields[i].text = draft.fields[i]
            fields[i].caret = draft.fields[i].count
        }
        touched = true
        return true
    }

    /// The figures typed, or the first field's complaint in Chinese.
    public func figures() throws -> ReportFigures {
        ReportFigures(licensingDecisions: try ReportFigures.parseCount(fields[0].text, field: fields[0].label),
                      penaltyDecisions: try ReportFigures.parseCount(fields[1].text, field: fields[1].label),
                      compulsionDecisions: try ReportFigures.parseCount(fields[2].text, field: fields[2].label),
                      feeAmount: try ReportFigures.parseAmount(fields[3].text, field: fields[3].label))
    }

    enum Outcome: Equatable { case editing, save, cancel }

    /// A key (the field's editing keys) or a command of the form's bindings (`report-figures`):
    /// cancel, save, submit (goes on; saves on the last field), field-next / field-prev.
    mutating func edit(_ input: FormInput) -> Outcome {
        switch input {
        case .command(.cancel): return .cancel
        case .command(.save): return .save
        case .command(.submit):
            if focus == fields.count - 1 { return .save }
            focus += 1
        case .command(.fieldNext), .command(.moveDown): focus = (focus + 1) % fields.count
        case .command(.fieldPrev), .command(.moveUp): focus = (focus + fields.count - 1) % fields.count
        case .command: break
        case .key(let key):
            var f = fields[focus]
            _ = LineEditing.apply(key, text: &f.text, caret: &f.caret)
            if f.text != fields[focus].text { touched = true }
            fields[focus] = f
        }
        return .editing
    }
}
