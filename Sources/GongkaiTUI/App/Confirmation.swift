import GongkaiCore

/// 确认 — the workstation's one confirmation model. Every step that cannot be taken back with one
/// key asks first on the bottom line, naming what it will do and the item it will do it to (its
/// number and title): `y` goes ahead, any other key cancels and says so. Closing a form or editor
/// with unsaved input asks the same way (`y` discards, any other key keeps editing). While the
/// question is open it takes every key, so nothing acts on an item the officer is not looking at.
public struct Confirmation: Equatable, Sendable {
    /// What `y` does.
    public enum Step: Equatable, Sendable {
        /// Close a form or editor and drop what was typed.
        case discard(DiscardTarget)
        /// 文件 `s` 提交审核 / `P` 发布 of this document.
        case documentStep(DocumentAction, id: String)
        /// 解读 `s` / `A` 签发 / `P` / `:interp-return` of this interpretation (of document `documentId`).
        case interpretationStep(DocumentAction, id: String, documentId: String, comment: String?)
        /// 待办箱 `A`: sign off every marked item.
        case batchApprove([ReviewItem])
        /// 申请 `W`: the letter for the application's current step (it takes the next number).
        case letter(applicationId: String)
        /// The open 申请 form (答复): record it.
        case applicationForm
        /// 年度报告 `F`: file the open report (its content is frozen).
        case fileReport
        /// `q` / F10 with unsaved edits: quit all the same.
        case quit(unsaved: Int)
        /// 目录 `D`: retire this column (and the columns under it).
        case retireCatalogColumn(id: String)
    }

    /// The forms and editors whose unsaved input `discard` drops.
    public enum DiscardTarget: Equatable, Sendable {
        case newDocumentForm
        /// 申请 pane: 登记申请 or an event's form.
        case applicationForm
        /// 目录: add / rename / move a column.
        case catalogForm
        /// 年度报告: the figures of table 二, and the narrative of 一、五、六.
        case figuresForm
        case narrative
        /// 解读 sheet.
        case interpretationSheet
        /// 登记簿: add, adjust or close a record.
        case registerForm

        /// The form's name in the question.
        var name: String {
            switch self {
            case .newDocumentForm: return TUIText.Confirm.newDocumentForm.text()
            case .applicationForm: return TUIText.Confirm.applicationForm.text()
            case .catalogForm: return TUIText.Confirm.catalogForm.text()
            case .figuresForm: return TUIText.Confirm.figuresForm.text()
            case .narrative: return TUIText.Confirm.narrative.text()
            case .interpretationSheet: return TUIText.Confirm.interpretationSheet.text()
            case .registerForm: return TUIText.Confirm.registerForm.text()
            }
        }
    }

    /// Esc on a form or editor with unsaved input: asks before dropping it.
    static func discard(_ target: DiscardTarget) -> Confirmation {
        Confirmation(.discard(target), verb: target.name)
    }

    public var step: Step
    /// What will happen (提交审核, 发布 …), or for `discard` the form's name.
    public var verb: String
    /// The item acted on: its number and title as shown ("D2026-0005《…》"); empty for `discard`.
    public var item: String

    public init(_ step: Step, verb: String, item: String = "") {
        self.step = step
        self.verb = verb
        self.item = item
    }

    /// A document, application or interpretation named by number and title.
    static func item(_ id: String, title: String?) -> String {
        guard let title, !title.isEmpty else { return id }
        return TUIText.Confirm.item.text([id, title])
    }

    /// The question on the bottom line.
    public var question: String {
        switch step {
        case .discard: return TUIText.Confirm.discardQuestion.text([verb])
        case .quit(let unsaved): return TUIText.App.confirmQuit.text(["\(unsaved)"])
        default: return TUIText.Confirm.question.text([verb, item])
        }
    }
}

/// Asks, answers and draws the open `Confirmation` (quitting with unsaved edits too): the `confirm` view, on top of the stack while
/// a question is open (it takes every key and is drawn last). `confirm-yes` (y, Y, 是) goes ahead;
/// any other key is no.
enum ConfirmationController: WorkstationView {
    static let id = ViewID.confirm
    static var bindings: [Keymap.Binding] {
        Keymap.scoped(.confirm, [("y", "confirm-yes"), ("Y", "confirm-yes"), (String(InputWords.yes), "confirm-yes")])
    }
    static func isOpen(_ state: AppState) -> Bool { state.confirmation != nil }
    static func passes(_ command: String, state: AppState) -> Bool { false }

    static func ask(_ confirmation: Confirmation, model: AppModel) {
        model.state.confirmation = confirmation
    }

    static func perform(_ command: CommandLine, model: AppModel) -> Bool {
        answer(yes: command.name == "confirm-yes", model: model)
        return true
    }

    static func take(_ key: Key, model: AppModel) { answer(yes: false, model: model) }

    static func close(model: AppModel) { answer(yes: false, model: model) }

    static func draw(_ grid: inout CellGrid, state: AppState, keymap: Keymap) -> (x: Int, y: Int)? {
        draw(&grid, state: state)
        return nil
    }

    /// The answer to the open question: yes takes the step, no cancels and says so.
    static func answer(yes: Bool, model: AppModel) {
        guard let confirmation = model.state.confirmation else { return }
        model.state.confirmation = nil
        guard yes else {
            let text: String
            switch confirmation.step {
            case .discard: text = TUIText.Confirm.keepEditing.text()
            case .quit: text = TUIText.App.quitCancelled.text()
            default: text = TUIText.Confirm.cancelled.text([confirmation.verb, confirmation.item])
            }
            model.state.message = StatusMessage(text: text, isError: false)
            return
        }
        switch confirmation.step {
        case .discard(let target): discard(target, model: model)
        case .documentStep(let action, let id): DocumentCommands.perform(action, id: id, model: model)
        case let .interpretationStep(action, id, _, comment):
            InterpretationsController.perform(action, id: id, comment: comment, model: model)
        case .batchApprove(let items): InboxController.perform(items, action: .approve, comment: nil, model: model)
        case .letter(let id): model.request(.produceLetter(applicationId: id))
        case .applicationForm:
            if let form = model.state.applications.form { ApplicationsController.submit(form, model: model) }
        case .fileReport: ReportController.file(model: model)
        case .quit: model.request(.quit)
        case .retireCatalogColumn(let id): model.retireCatalogColumn(id)
        }
    }

    static func discard(_ target: Confirmation.DiscardTarget, model: AppModel) {
        switch target {
        case .newDocumentForm:
            model.state.documents.newDraft = nil
            model.markUnsaved(0)
        case .applicationForm:
            model.state.applications.form = nil
            model.request(.saveFormDraft(nil))
        case .catalogForm: model.state.catalog.form = nil
        case .figuresForm:
            model.state.report?.figuresForm = nil
            model.state.report?.figuresDraft = nil
            model.request(.saveFiguresDraft(nil))
            model.markUnsaved(0)
        case .narrative:
            model.request(.saveNarrativeDraft(nil))
            model.state.report?.narrative = nil
            model.markUnsaved(0)
        case .interpretationSheet:
            model.state.interpretations.sheet = nil
            model.request(.saveInterpretationDraft(nil))
            model.markUnsaved(0)
        case .registerForm: RegisterFormController.close(model: model, message: TUIText.Confirm.discarded.text())
        }
        model.state.message = StatusMessage(text: TUIText.Confirm.discarded.text(), isError: false)
    }

    /// The question over the bottom line (the item's title is shortened to fit, never the keys).
    static func draw(_ grid: inout CellGrid, state: AppState) {
        guard let confirmation = state.confirmation, state.layout.mode != .tooSmall else { return }
        let row = state.layout.messageRow
        var shown = confirmation
        var keep = confirmation.item.count
        while TextWidth.of(shown.question) > grid.width, keep > 1 {
            keep -= 1
            shown.item = String(confirmation.item.prefix(keep)) + "…"
        }
        grid.fill(x: 0, y: row, count: grid.width, style: .normal)
        grid.put(shown.question, x: 0, y: row, maxWidth: grid.width, style: .warning)
    }
}
