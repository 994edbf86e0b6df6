import Foundation
import GongkaiCore
import GongkaiStore

/// 循环的外部输入 — what the workstation's loop takes from the process besides the terminal:
/// the signal received (SIGHUP, SIGTERM, SIGINT), whether another session committed (pushed by
/// `gongkai serve`; nil: poll the workspace), the clock of that polling, and the external editor.
/// The loop tests give their own.
public struct LoopEnvironment {
    public var takeSignal: () -> Int32?
    public var pushedChanges: (() -> Bool)?
    public var now: () -> Date
    /// Runs $VISUAL/$EDITOR on a body: the edited text, or nil and why.
    public var editor: (String) -> (text: String?, error: String?)

    public init(takeSignal: @escaping () -> Int32?, pushedChanges: (() -> Bool)?, now: @escaping () -> Date,
                editor: @escaping (String) -> (text: String?, error: String?)) {
        self.takeSignal = takeSignal
        self.pushedChanges = pushedChanges
        self.now = now
        self.editor = editor
    }

    /// The real process: `SignalTrap`, `Workstation.pushedChanges`, the wall clock, `ExternalEditor`.
    public static var process: LoopEnvironment {
        LoopEnvironment(takeSignal: SignalTrap.take, pushedChanges: Workstation.pushedChanges, now: Date.init,
                        editor: { ExternalEditor.edit($0) })
    }
}

/// 副作用 — what handling an input asks of the world outside the model; the loop performs it
/// (`WorkstationLoop.perform`) after the input and before the frame is drawn.
public enum Effect: Equatable, Sendable {
    /// Hand the body to $VISUAL/$EDITOR outside the full screen, then give the result to the
    /// document editor.
    case runEditor(body: String)
    /// Write what is typed into the 申请 pane's form to its draft (nil: remove the draft).
    case saveFormDraft(FormState?)
    /// Write what is typed into a register's form to its draft (nil: remove the draft).
    case saveRegisterFormDraft(FormState?)
    /// Write the annual report's narrative being typed to its draft (nil: remove the draft).
    case saveNarrativeDraft(NarrativeDraftText?)
    /// Write what is typed into the 解读 sheet to its draft (nil: remove the draft).
    case saveInterpretationDraft(InterpretationDraftSheet?)
    /// Write what is typed at the inbox's 退回意见 / 特批理由 prompt to its draft (nil: remove it).
    case saveReviewDraft(ReviewCommentWords?)
    /// Write the annual report's table 二 figures being typed to their draft (nil: remove it).
    case saveFiguresDraft(FiguresDraftFields?)
    /// Write the open document editor's journal: an edit appended, the whole entry, or the
    /// journal removed (saved, discarded, closed).
    case journalDocument(DocumentJournalWrite)
    /// Make the letter the application's current step calls for and write its file.
    case produceLetter(applicationId: String)
    /// Paint the whole screen again on the next frame (`redraw`, C-l by default).
    case repaint
    /// End the session after this input (`quit` with nothing unsaved, or once the question is
    /// answered yes; `quit!`): the loop stops with status 0.
    case quit
    /// Change the workspace through the service door: a save, a reviewer's decision, a workflow
    /// step (`AppModel.make`).
    case change(WorkspaceChange)
    /// Read from the workspace and show: a view, form or question opened on its data, a row found,
    /// a list counted again (`AppModel.read`); nothing opens when the read fails.
    case read(WorkspaceRead)
    /// Read what an open view shows (its `reload`): the inbox's plan and first screen when it opens.
    case loadView(ViewID)
    /// Read the rows of a list now on screen and not read yet (after a move, a resize, a change
    /// of the list): only those that came into view when it moved by less than a screen.
    case loadRows(RowWindow)

    /// Performs the effects that need no terminal (rows and views to read, changes through the
    /// service door, drafts, letters) against `model`'s data source; the ones that do (the external
    /// editor, a repaint) are returned for the loop.
    public static func performWithoutTerminal(_ effects: [Effect], model: AppModel) -> [Effect] {
        // Performed on the workstation's surface, as the key that asked for them was handled.
        InterfaceSurface.$current.withValue(.workstation) { performOnSurface(effects, model: model) }
    }

    private static func performOnSurface(_ effects: [Effect], model: AppModel) -> [Effect] {
        effects.filter { effect in
            switch effect {
            case .runEditor, .repaint, .quit: return true
            case .saveFormDraft(let form):
                (model.data as? ApplicationsDataSource)?.formDraft.save(form)
            case .saveRegisterFormDraft(let form):
                (model.data as? RegisterWriting)?.registerFormDraft.save(form)
            case .saveNarrativeDraft(let content):
                (model.data as? ReportDataSource)?.narrativeDraft.save(content)
            case .saveInterpretationDraft(let content):
                (model.data as? InterpretationsDataSource)?.interpretationDraft.save(content)
            case .saveFiguresDraft(let content):
                (model.data as? ReportDataSource)?.figuresDraft.save(content)
            case .saveReviewDraft(let content):
                model.reviewSource?.reviewCommentDraft.save(content)
            case .journalDocument(let write):
                guard let journal = (model.data as? DocumentsDataSource)?.documentJournal else { break }
                switch write {
                case .append(let entry): journal.append(entry)
                case .whole(let entry): journal.record(entry)
                case .remove: journal.remove()
                }
            case .produceLetter(let id):
                ApplicationsController.letterRequested(applicationId: id, model: model)
            case .loadRows(let window):
                model.loadRows(window)
            case .loadView(let id):
                model.loadView(id)
            case .change(let change):
                model.make(change)
            case .read(let read):
                model.read(read)
            }
            return false
        }
    }
}

extension Effect {
    /// Whether calls from outside an update perform it at once (`AppModel.performAskedFromOutside`):
    /// everything that needs no terminal — what changes or reads the workspace, the drafts and the
    /// document journal (so what was typed is on disk before such a call returns, as it is before
    /// the loop draws), a letter. The rows to read have their own turn (`loadPendingRows`); the
    /// external editor, a repaint and quitting are the loop's.
    var performedAtOnceFromOutside: Bool {
        switch self {
        case .runEditor, .repaint, .quit, .loadRows: return false
        case .change, .read, .loadView, .journalDocument, .saveFormDraft, .saveRegisterFormDraft, .saveNarrativeDraft,
             .saveInterpretationDraft, .saveReviewDraft, .saveFiguresDraft, .produceLetter: return true
        }
    }
}

/// 改动 — what a key asks the service door to change (`Effect.change`), made by the loop after the
/// input (`AppModel.make`), never while the key is handled.
public enum WorkspaceChange: Equatable, Sendable {
    /// A reviewer's decision, snooze or undo (the inbox and its reader).
    case review(ReviewChange)
    /// The document open in the editor, as its form and body read when the save was asked: added
    /// on its first save, else saved against the version opened; `thenClose`: close the editor
    /// once saved (leaving with a save).
    case saveDocument(edit: DocumentEdit, thenClose: Bool)
    /// The 申请 pane's form: a new request or an event of one.
    case saveApplicationForm(FormState)
    /// 提交审核 or 发布 of a document from the 文件 pane, once confirmed.
    case documentStep(DocumentAction, id: String)
    /// A register's form (责任清单, 征求意见, 检查整改): an entry added, amended, cancelled or closed.
    case saveRegisterForm(FormState)
    /// The 解读 sheet: an interpretation added or changed.
    case saveInterpretation(InterpretationSheet)
    /// An interpretation's workflow step (提交审核, 签发, 退回 with its comment, 发布), once confirmed.
    case interpretationStep(DocumentAction, id: String, comment: String?)
    /// The annual report's figures typed in its form.
    case reportFigures(year: Int, scope: ReportScope, figures: ReportFigures)
    /// A narrative section of the annual report.
    case reportNarrative(year: Int, scope: ReportScope, section: ReportSection, text: String)
    /// 报送 of the annual report, once confirmed.
    case fileReport(year: Int, scope: ReportScope)
    /// An edit of the catalog (目录 pane, administrators).
    case catalog(CatalogEdit)
}

/// 正文草稿日志的写入 — what `Effect.journalDocument` writes (DocumentDraftJournal).
public enum DocumentJournalWrite: Equatable, Sendable {
    /// The edit, as one line appended (what changed since the journal was last written).
    case append(DocumentDraftJournal.Entry)
    /// The whole entry, replacing the journal at once (the first write, and compaction when idle).
    case whole(DocumentDraftJournal.Entry)
    /// The journal removed.
    case remove
}

/// 读行 — the list whose rows on screen `Effect.loadRows` reads: a pane's, or the inbox's.
public enum RowWindow: Equatable, Sendable {
    case pane(PaneKind)
    case inbox
}

/// 事件循环 — one pass reads one input (or notices a signal, a hang-up, another session's change),
/// updates the model, performs the effects it asked for and draws the frame. Each pass runs in
/// the language of the moment, so `:language` takes effect on the next frame.
public final class WorkstationLoop {
    public let model: AppModel
    public let terminal: any Terminal
    let service: GongkaiService
    var environment: LoopEnvironment
    var changeToken: Int?
    /// The areas' change counters as this session last saw them (`ChangeCounters`).
    var counters: ChangeCounters?
    var lastCheck: Date
    /// Set once an input asked to end the session (`Effect.quit`).
    var quitting = false

    /// Seconds between two looks at the workspace for other sessions' commits (embedded mode).
    static let pollInterval: TimeInterval = 0.8
    /// While colleagues keep committing, a session re-reads at most this share of the time: the
    /// next look waits `reloadCost / maxReloadShare` after the last re-reading when that is longer
    /// than `pollInterval` (twenty sessions on a busy county workspace otherwise spend the machine
    /// re-reading, and keys wait for the processor).
    static let maxReloadShare = 0.05
    /// However long re-reading takes, another session's change shows within this many seconds.
    static let maxPollDelay: TimeInterval = 4
    /// Seconds the last complete re-reading took (its pieces' sum), and what the pieces under way took so far.
    var reloadCost: TimeInterval = 0
    var reloadSpent: TimeInterval = 0

    /// Seconds from one look at the workspace to the next, after a re-reading that took `cost`.
    static func pollDelay(afterReloadCost cost: TimeInterval) -> TimeInterval {
        min(maxPollDelay, max(pollInterval, cost / maxReloadShare))
    }

    init(model: AppModel, terminal: any Terminal, service: GongkaiService, environment: LoopEnvironment) {
        self.model = model
        self.terminal = terminal
        self.service = service
        self.environment = environment
        changeToken = try? service.externalChangeToken()
        counters = try? service.changeCounters()
        lastCheck = environment.now()
    }

    /// One pass of the loop; the exit status when the session ends (0 on quit, 128 + the signal
    /// on a signal or a lost terminal), nil to go on.
    public func step() -> Int32? {
        UILanguage.$current.withValue(model.state.language) { stepInLanguage() }
    }

    func draw() { terminal.draw(AppView.render(model.state, keymap: model.keymap)) }

    func stepInLanguage() -> Int32? {
        if quitting { return 0 }
        if let sig = environment.takeSignal() {
            // `idle` is a call from outside: before it returns, what was typed since the last
            // journal write is journaled and every write still asked for is made.
            model.idle()
            return 128 + sig
        }
        // Live updates: another officer's change shows within about a second, keeping the
        // cursor on the same item and any unsaved edits untouched. Only the panes of the areas
        // that changed are re-read, a piece per pass, and only while no key is waiting.
        noticeOtherSessions()
        if model.hasPendingReload {
            if let input = terminal.readInputIfReady() { return handle(input) }
            let start = environment.now()
            let done = model.reloadNextSlice()
            reloadSpent += environment.now().timeIntervalSince(start)
            if done {
                reloadCost = reloadSpent
                reloadSpent = 0
                draw()
            }
            return nil
        }
        guard let input = terminal.readInput() else {
            // The terminal is gone without a signal (su -c, runuser, SIGHUP ignored): end
            // as a hang-up does, instead of failing to read for ever.
            if terminal.lost {
                model.idle()
                return 128 + SIGHUP
            }
            // Idle: the editor ends its undo step and its journal is compacted (written before
            // `idle` returns; no frame for that alone).
            if model.idle() { draw() }
            return nil
        }
        return handle(input)
    }

    /// Looks whether another session committed (pushed by the service, or the workspace polled
    /// every `pollInterval`) and queues the pieces of the areas whose counters moved.
    func noticeOtherSessions() {
        if let pushed = environment.pushedChanges {
            guard pushed() else { return }
        } else {
            guard environment.now().timeIntervalSince(lastCheck) >= Self.pollDelay(afterReloadCost: reloadCost) else { return }
            lastCheck = environment.now()
            let token = try? service.externalChangeToken()
            guard token != changeToken else { return }
            changeToken = token
        }
        let now = try? service.changeCounters()
        model.queueReload(of: now.map { $0.changedAreas(since: counters) } ?? Set(ChangeArea.allCases))
        counters = now
    }

    /// Handles one input and draws the frame.
    func handle(_ input: EditorInput) -> Int32? {
        switch input {
        case .key(.resize):
            let s = terminal.size
            model.resize(width: s.width, height: s.height)
            terminal.invalidate()
        default:
            perform(model.update(input))
        }
        if model.state.language != UILanguage.current {
            UILanguage.$current.withValue(model.state.language) {
                terminal.invalidate()
                draw()
            }
        } else {
            draw()
        }
        return quitting ? 0 : nil
    }

    /// Performs what the update asked for, in order. Performing one may ask for more (a letter
    /// made re-reads its pane, whose rows are then read; the external editor's text is saved):
    /// those are performed after, a few rounds at most, before the frame is drawn.
    func perform(_ effects: [Effect]) {
        var batch = effects
        for _ in 0..<Self.effectRounds where !batch.isEmpty {
            for effect in Effect.performWithoutTerminal(batch, model: model) {
                switch effect {
                case .runEditor(let body):
                    let result = terminal.suspend { environment.editor(body) }
                    let s = terminal.size
                    model.resize(width: s.width, height: s.height)
                    DocumentEditorController.externalEditFinished(result.text, error: result.error, model: model)
                case .repaint:
                    terminal.invalidate()
                case .quit:
                    quitting = true
                case .saveFormDraft, .saveRegisterFormDraft, .saveNarrativeDraft, .saveInterpretationDraft, .saveReviewDraft, .saveFiguresDraft, .journalDocument, .produceLetter, .loadRows, .loadView, .change, .read: break
                }
            }
            batch = model.takeEffects()
        }
        // Still asked for: the next pass's turn (rows asked for are said again until read).
        for effect in batch { if case .loadRows = effect {} else { model.request(effect) } }
    }

    /// How many times effects asked for while performing effects are performed in one pass.
    static let effectRounds = 4
}
