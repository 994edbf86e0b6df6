import Foundation
import GongkaiCore
import GongkaiStore

/// 待办箱的按键 — the inbox takes keys while it is open: j/k move, Enter opens the item in its
/// pane, `a` approves (签发), `r` returns with a comment (退回), `s` snoozes until a date,
/// Space marks, `A` approves every marked document after asking once, `u` undoes the last action.
/// The keys are bindings scoped to the inbox (`[keys.inbox]` rebinds them).
enum InboxController: WorkstationView {
    static let id = ViewID.inbox

    static var commands: [CommandSpec] {
        [
            CommandSpec(name: "inbox", aliases: ["待办"], summary: TUIText.Commands.inbox, takesArgument: false),
            CommandSpec(name: "inbox-mark", aliases: ["标记"], summary: TUIText.ViewCommands.inboxMark, takesArgument: false),
            CommandSpec(name: "inbox-approve-marked", aliases: ["批量签发"], summary: TUIText.ViewCommands.inboxApproveMarked,
                        takesArgument: false),
        ]
    }

    static var bindings: [Keymap.Binding] {
        Keymap.scoped(.inbox, [("Esc", "close"), ("q", "close"), ("Space", "inbox-mark"), ("Enter", "reader-open"),
                               ("a", "review-approve"), ("A", "inbox-approve-marked"), ("r", "review-return"),
                               ("s", "review-snooze"), ("u", "review-undo")])
            + Keymap.scoped(.inboxPrompt, [("Esc", "cancel"), ("C-c", "cancel"), ("C-g", "cancel"), ("Enter", "submit")])
    }

    static func isOpen(_ state: AppState) -> Bool { state.inbox != nil }

    static func scopes(_ state: AppState) -> [ViewID] {
        state.inbox?.prompt == nil ? [.inbox] : [.inboxPrompt]
    }

    static func takesText(_ state: AppState) -> Bool { scopes(state) == [.inboxPrompt] }

    /// H shows the selected item's history over the inbox.
    static func passes(_ command: String, state: AppState) -> Bool {
        ViewStack.modalPasses.contains(command) || (command == "history" && state.inbox?.prompt == nil)
    }

    static func scrollsWithWheel(_ state: AppState) -> Bool { state.inbox?.prompt == nil }

    static func perform(_ command: CommandLine, model: AppModel) -> Bool {
        guard var inbox = model.state.inbox else { return false }
        if inbox.prompt != nil { return performPrompt(command, model: model) }
        switch command.name {
        case "close":
            close(model: model)
            return true
        case "inbox-mark":
            if let item = inbox.current {
                let k = InboxState.key(item)
                if inbox.marked.contains(k) { inbox.marked.remove(k) } else { inbox.marked.insert(k) }
                inbox.selected += 1
            }
        case "reader-open":
            model.state.inbox = inbox
            return ReaderController.execute(command, model: model)
        case "review-approve":
            model.state.inbox = inbox
            approve(model: model)
            return true
        case "inbox-approve-marked":
            // Every decidable item is one of the plan's placed items, whatever the window.
            let marked = (inbox.plan?.placedItems ?? inbox.items).filter { inbox.marked.contains(InboxState.key($0)) && $0.isDecidable }
            guard !marked.isEmpty else {
                model.error(TUIText.Review.noneMarked.text([KeyHints.key("inbox-mark", in: [.inbox], keymap: model.keymap)]))
                return true
            }
            let ids = marked.map(\.id).joined(separator: TUIText.Common.listSeparator.text())
            ConfirmationController.ask(Confirmation(.batchApprove(marked), verb: DocumentAction.approve.displayName,
                                                    item: TUIText.Confirm.batchItems.text(["\(marked.count)", ids])),
                                       model: model)
        case "review-return":
            model.state.inbox = inbox
            askReturnComment(model: model)
            return true
        case "review-snooze":
            model.state.inbox = inbox
            askSnooze(model: model)
            return true
        case "review-undo":
            model.state.inbox = inbox
            undo(model: model)
            return true
        default:
            guard let motion = ViewMotion(command: command.name) else { return false }
            inbox.selected = motion.apply(to: inbox.selected, page: max(1, model.inboxBodyHeight / 2),
                                          last: inbox.count - 1)
        }
        inbox.selected = max(0, min(inbox.selected, inbox.count - 1))
        model.state.inbox = inbox
        model.scrollInbox()
        return true
    }

    static func close(model: AppModel) { model.state.inbox = nil }

    static func open(_ command: CommandLine, model: AppModel) -> Bool {
        guard command.name == "inbox" else { return false }
        model.state.inbox = InboxState()
        // The queue's plan and first screen are read by the loop (`Effect.loadView`), not by the key.
        model.request(.loadView(.inbox))
        return true
    }

    static func draw(_ grid: inout CellGrid, state: AppState, keymap: Keymap) -> (x: Int, y: Int)? {
        InboxView.draw(&grid, state: state)
    }

    /// The inbox fills every row between the tab bar and the status bar.
    static func coversPanes(_ state: AppState) -> Bool { state.inbox != nil }

    /// Re-reads the queue — its plan and the rows around the screen (`reviewPlan`,
    /// `reviewWindow`), never the whole of it — keeping the cursor on the same item when it is
    /// still there.
    static func reload(model: AppModel) {
        model.readInboxRowsIfAsked()
        guard var inbox = model.state.inbox, let source = model.reviewSource else { return }
        let current = inbox.current.map(InboxState.key)
        model.state.inbox = nil   // the local copy alone owns the rows while they are replaced
        let h = model.inboxBodyHeight
        inbox.commentDraft = source.reviewCommentDraft.load()
        do {
            let plan = try source.reviewPlan()
            // The screen and a row either side: where the current item is unless it went far.
            let lo = max(0, min(inbox.scroll, plan.total - h) - 1)
            inbox.items = try source.reviewWindow(plan, offset: lo, limit: h + 2)
            inbox.first = lo
            inbox.plan = plan
            if let current {
                if let i = inbox.items.firstIndex(where: { InboxState.key($0) == current }) {
                    inbox.selected = lo + i
                } else if let i = plan.placedItems.firstIndex(where: { InboxState.key($0) == current }) {
                    inbox.selected = plan.position(ofPlaced: i)
                }
            }
            if !inbox.marked.isEmpty {
                // A placed item is known to be in the queue or not; the others are kept (acting on
                // one that left the queue is refused by the service, naming it).
                let placed = Set(plan.placedItems.map(InboxState.key))
                inbox.marked = inbox.marked.filter { key in
                    placed.contains(key) || !ReviewPlan.isPlaced(ReviewKind(rawValue: String(key.prefix { $0 != "|" })) ?? .staleColumn)
                }
            }
        } catch {
            model.error(TUIText.Review.readFailed.text(["\(error)"]))
        }
        inbox.selected = max(0, min(inbox.selected, inbox.count - 1))
        model.state.inbox = inbox
        model.state.inboxCount = inbox.count
        model.scrollInbox()
        ReaderController.follow(model: model)
    }

    /// Whether items on screen (`height` rows from the scroll position) are not read yet.
    static func needsRows(_ inbox: InboxState, height h: Int) -> Bool {
        guard let plan = inbox.plan else { return false }
        let lo = inbox.scroll, hi = min(plan.total, inbox.scroll + h)
        return lo < hi && (lo < inbox.first || hi > inbox.first + inbox.items.count)
    }

    /// Reads the rows that came into view (`reviewWindow`, worded as the queue words them): a step
    /// reads the one row it brings in, a jump the screen it lands on; the rows kept around the
    /// screen are at most a few screens.
    static func fill(_ inbox: inout InboxState, height h: Int, model: AppModel) {
        guard let plan = inbox.plan, let source = model.reviewSource, needsRows(inbox, height: h) else { return }
        let lo = inbox.scroll, hi = min(plan.total, inbox.scroll + h)
        let wlo = inbox.first, whi = inbox.first + inbox.items.count
        do {
            if lo >= wlo, lo <= whi {
                // Down into view, next to the rows read (`hi > whi` here).
                inbox.items += try source.reviewWindow(plan, offset: whi, limit: hi - whi)
            } else if hi >= wlo, hi <= whi {
                // Up into view (`lo < wlo` here).
                inbox.items.insert(contentsOf: try source.reviewWindow(plan, offset: lo, limit: wlo - lo), at: 0)
                inbox.first = lo
            } else {
                inbox.items = try source.reviewWindow(plan, offset: lo, limit: hi - lo)
                inbox.first = lo
            }
        } catch {
            model.error(TUIText.Review.readFailed.text(["\(error)"]))
        }
        // Keep a screen either side of the screen.
        let keepFrom = max(inbox.first, lo - h), keepTo = min(inbox.first + inbox.items.count, hi + h)
        if keepFrom > inbox.first || keepTo < inbox.first + inbox.items.count, keepFrom < keepTo {
            inbox.items = Array(inbox.items[(keepFrom - inbox.first)..<(keepTo - inbox.first)])
            inbox.first = keepFrom
        }
    }

    // MARK: Actions

    static func open(model: AppModel) {
        guard let item = model.inboxCurrent() else { return }
        let pane: PaneKind?
        switch item.kind {
        case .documentReview, .documentReturned, .publicationOverdue, .normativeExpiring: pane = .documents
        case .interpretationCheck, .interpretationReview: pane = .interpretations
        case .applicationOverdue, .applicationDueSoon, .clarifyNoticeDue, .consultationDue, .correctionEnded, .feePaymentEnded: pane = .applications
        case .staleColumn: pane = .catalog
        case .annualReportDue, .decisionConsultation: pane = nil
        }
        if item.kind == .decisionConsultation {
            model.state.inbox = nil
            model.request(.read(.register(.consultations, unit: nil, select: item.id)))
            return
        }
        if item.kind == .annualReportDue, model.data is ReportDataSource,
           let year = Int(item.id.dropFirst("report-".count)) {
            // The report due is read by the loop, which closes the inbox once it is shown.
            model.request(.read(.report(year: year, scope: .deadline)))
            return
        }
        guard let pane else {
            model.state.message = StatusMessage(text: item.title + TUIText.Common.colon.text() + item.reason, isError: false)
            return
        }
        model.state.inbox = nil
        model.request(.read(.row(id: item.documentId ?? item.id, pane: pane)))
    }

    /// `r`: asks for the comment a return needs (documents and interpretations awaiting review).
    static func askReturnComment(model: AppModel) {
        guard let item = model.inboxCurrent(), item.isDecidable else {
            return model.error(TUIText.Review.onlyReviewReturn.text())
        }
        ask(InboxPrompt(purpose: .returnComment(item: item), label: TUIText.Review.returnComment.text(), text: "", caret: 0),
            model: model)
    }

    /// Opens `prompt`, with the words typed for the same question on the same item before a hang-up.
    static func ask(_ prompt: InboxPrompt, model: AppModel) {
        let (shown, restored) = prompt.restoring(model.state.inbox?.commentDraft)
        model.state.inbox?.prompt = shown
        if restored {
            let keys = KeyHints.keys(["submit", "cancel"], in: [.inboxPrompt], keymap: model.keymap, global: false)
            model.state.message = StatusMessage(text: TUIText.Review.commentRestored.text(keys), isError: false)
        }
    }

    /// The words at the prompt, kept as its draft as they are typed (none: the draft goes).
    static func keepDraft(of prompt: InboxPrompt, model: AppModel) {
        guard let key = prompt.draftKey else { return }
        let content = prompt.text.isEmpty ? nil : ReviewCommentWords(question: key, text: prompt.text)
        guard model.state.inbox?.commentDraft != content else { return }
        model.state.inbox?.commentDraft = content
        model.request(.saveReviewDraft(content))
    }

    /// The prompt was answered or cancelled: its draft goes (a draft of another question stays).
    static func dropDraft(of prompt: InboxPrompt, model: AppModel) {
        guard let key = prompt.draftKey, model.state.inbox?.commentDraft?.question == key else { return }
        model.state.inbox?.commentDraft = nil
        model.request(.saveReviewDraft(nil))
    }

    /// `s`: asks until when to snooze the item, a week from today offered.
    static func askSnooze(model: AppModel) {
        guard let item = model.inboxCurrent() else { return }
        let until = model.reviewSource?.today.adding(days: 7).iso ?? ""
        model.state.inbox?.prompt = InboxPrompt(purpose: .snoozeUntil(kind: item.kind, id: item.id),
                                                label: TUIText.Review.snoozeUntil.text(), text: until, caret: until.count)
    }

    static func approve(model: AppModel) {
        guard let item = model.inboxCurrent() else { return }
        guard item.isDecidable else { return model.error(TUIText.Review.onlyReviewApprove.text()) }
        perform([item], action: .approve, comment: nil, model: model)
    }

    /// The reader moves on after a decision: a decided item that comes straight back under
    /// another kind (a signed document already past its publishing deadline is now 逾期未发布) is
    /// not the next thing to read — the next item about something else is (else the previous).
    static func skipDecided(_ ids: Set<String>, model: AppModel) {
        model.readInboxRowsIfAsked()
        guard var inbox = model.state.inbox, let current = inbox.current, ids.contains(current.id) else { return }
        // Among the rows read (the screen and around it).
        let read = inbox.first..<(inbox.first + inbox.items.count)
        let after = read.clamped(to: min(inbox.selected, read.upperBound)..<read.upperBound).first { !ids.contains(inbox.item(at: $0)!.id) }
        let before = read.clamped(to: read.lowerBound..<max(read.lowerBound, inbox.selected)).last { !ids.contains(inbox.item(at: $0)!.id) }
        guard let target = after ?? before else { return }
        inbox.selected = target
        model.state.inbox = inbox
        model.scrollInbox()
        ReaderController.follow(model: model)
    }

    /// Asks the loop to sign or return documents and interpretations awaiting review
    /// (`Effect.change(.review)`, made by `make`); both can be undone with `u`.
    static func perform(_ items: [ReviewItem], action: DocumentAction, comment: String?, overrideReason: String? = nil,
                        model: AppModel) {
        model.request(.change(.review(.decide(items: items, action: action, comment: comment, overrideReason: overrideReason))))
    }

    /// Makes a change a reviewer's key asked for, through the service door: performed by the
    /// loop after the input (`Effect.change(.review)`), never while the key is handled.
    static func make(_ change: ReviewChange, model: AppModel) {
        switch change {
        case let .decide(items, action, comment, overrideReason):
            decide(items, action: action, comment: comment, overrideReason: overrideReason, model: model)
        case .undo: makeUndo(model: model)
        case let .snooze(kind, id, until): makeSnooze(kind: kind, id: id, until: until, model: model)
        }
    }

    /// Signs or returns each item through its own service action.
    private static func decide(_ items: [ReviewItem], action: DocumentAction, comment: String?, overrideReason: String?,
                               model: AppModel) {
        guard let source = model.reviewSource else { return }
        var steps: [GongkaiService.DocumentStep] = []
        var interpretationSteps: [InterpretationStep] = []
        var failures: [String] = []
        var decided = 0
        for item in items {
            let id = item.id
            do {
                if item.kind == .interpretationReview {
                    interpretationSteps.append(try source.performInterpretationAction(action, id: id, comment: comment))
                } else {
                    steps.append(try source.performDocumentAction(action, id: id, comment: comment,
                                                                  overrideReason: overrideReason))
                }
                decided += 1
            } catch let refusal as SyncRefusal where items.count == 1 && overrideReason == nil {
                // One document refused by 三同步: ask for the reason that lets it through (audited).
                let rules = refusal.problems.map(\.code.displayName).joined(separator: TUIText.Common.listSeparator.text())
                ask(InboxPrompt(purpose: .overrideReason(documentId: id, action: action),
                                label: TUIText.Review.overrideReason.text(["\(rules)"]), text: "", caret: 0),
                    model: model)
                return
            } catch {
                failures.append(TUIText.Common.labelled.text(["\(id)", "\(error)"]))
            }
        }
        model.state.inbox?.lastAction = steps.isEmpty && interpretationSteps.isEmpty ? nil
            : .reviewSteps(documents: steps, interpretations: interpretationSteps)
        model.state.inbox?.marked.subtract(items.map(InboxState.key))
        model.reloadAll()
        reload(model: model)
        if decided > 0, model.state.inbox?.reader != nil { skipDecided(Set(items.map(\.id)), model: model) }
        if failures.isEmpty {
            let what = items.count == 1 ? items[0].id : TUIText.Review.documentCount.text(["\(decided)"])
            model.state.message = StatusMessage(text: TUIText.Review.done.text(["\(action.displayName)", "\(what)"]), isError: false)
        } else {
            model.error(TUIText.Review.failed.text(["\(action.displayName)"]) + failures.joined(separator: TUIText.Common.clauseSeparator.text()))
        }
    }

    /// `u`: asks the loop to undo the last decision or snooze (`Effect.change(.review(.undo))`).
    static func undo(model: AppModel) {
        guard model.reviewSource != nil, model.state.inbox?.lastAction != nil else {
            return model.error(TUIText.Review.nothingToUndo.text())
        }
        model.request(.change(.review(.undo)))
    }

    private static func makeUndo(model: AppModel) {
        guard let source = model.reviewSource, let last = model.state.inbox?.lastAction else {
            return model.error(TUIText.Review.nothingToUndo.text())
        }
        do {
            switch last {
            case let .reviewSteps(steps, interpretations):
                for step in interpretations.reversed() { try source.undoInterpretationStep(step) }
                for step in steps.reversed() { try source.undoDocumentStep(step) }
            case let .snooze(kind, id, previous):
                if let previous, previous > source.today {
                    _ = try source.snooze(kind: kind, id: id, until: previous)
                } else {
                    try source.unsnooze(kind: kind, id: id)
                }
            }
            model.state.inbox?.lastAction = nil
            model.reloadAll()
            reload(model: model)
            model.state.message = StatusMessage(text: TUIText.Review.undone.text(), isError: false)
        } catch {
            model.error(TUIText.Review.cannotUndo.text(["\(error)"]))
        }
    }

    // MARK: Prompt

    /// The prompt's commands: cancel and submit for a typed answer.
    static func performPrompt(_ command: CommandLine, model: AppModel) -> Bool {
        guard let prompt = model.state.inbox?.prompt else { return false }
        switch command.name {
        case "cancel":
            model.state.inbox?.prompt = nil
            dropDraft(of: prompt, model: model)
        case "submit": submit(prompt, model: model)
        default: return false
        }
        return true
    }

    /// A key no binding names: text for the prompt.
    static func take(_ key: Key, model: AppModel) {
        guard var prompt = model.state.inbox?.prompt else { return }
        _ = LineEditing.apply(key, text: &prompt.text, caret: &prompt.caret)
        model.state.inbox?.prompt = prompt
        keepDraft(of: prompt, model: model)
    }

    static func submit(_ prompt: InboxPrompt, model: AppModel) {
        let text = prompt.text.trimmingCharacters(in: .whitespaces)
        switch prompt.purpose {
        case .returnComment(let item):
            guard !text.isEmpty else { return model.error(TUIText.Review.commentRequired.text()) }
            model.state.inbox?.prompt = nil
            dropDraft(of: prompt, model: model)
            perform([item], action: .returnToDraft, comment: text, model: model)
        case let .snoozeUntil(kind, id):
            guard let until = CivilDate(iso: text) else { return model.error(TUIText.Review.badDate.text(["\(text)"])) }
            model.request(.change(.review(.snooze(kind: kind, id: id, until: until))))
        case let .overrideReason(id, action):
            guard !text.isEmpty else { return model.error(TUIText.Review.reasonRequired.text()) }
            model.state.inbox?.prompt = nil
            dropDraft(of: prompt, model: model)
            let item = (model.state.inbox.map { $0.plan?.placedItems ?? $0.items } ?? []).first { $0.kind == .documentReview && $0.id == id }
                ?? ReviewItem(kind: .documentReview, id: id, title: id, due: nil, reason: "", overdue: false)
            perform([item], action: action, comment: nil, overrideReason: text, model: model)
        }
    }

    /// Snoozes the item; the prompt closes when the service took it (a refusal leaves it open with the reason).
    private static func makeSnooze(kind: ReviewKind, id: String, until: CivilDate, model: AppModel) {
        guard let source = model.reviewSource else { return }
        do {
            let previous = try source.snooze(kind: kind, id: id, until: until)
            model.state.inbox?.prompt = nil
            model.state.inbox?.lastAction = .snooze(kind: kind, id: id, previous: previous)
            reload(model: model)
            model.state.message = StatusMessage(text: TUIText.Review.snoozed.text(["\(until.iso)"]), isError: false)
        } catch {
            model.error("\(error)")
        }
    }
}

/// 审核的改动 — what a reviewer's key asks the service door to change (`Effect.change(.review)`).
public enum ReviewChange: Equatable, Sendable {
    /// Sign (签发) or return (退回, with its comment) the items; `overrideReason` lets one document
    /// past a 三同步 refusal, audited.
    case decide(items: [ReviewItem], action: DocumentAction, comment: String?, overrideReason: String?)
    /// Snooze an item until a day.
    case snooze(kind: ReviewKind, id: String, until: CivilDate)
    /// Undo the last decision or snooze.
    case undo
}
