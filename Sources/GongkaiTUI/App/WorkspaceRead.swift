import GongkaiCore
import GongkaiStore

/// 读取 — what a key asks to be read from the workspace and shown (`Effect.read`): a view, form or
/// question opened on the workspace's data, a row found, a list counted again. The loop reads it
/// after the input (`AppModel.read`), each view's own code does, never while the key is handled.
/// When the read fails nothing opens: the screen stays as it was and the message line says why.
/// What the key can check by itself (a year that is no number) is said at once and nothing is asked.
public enum WorkspaceRead: Equatable, Sendable {
    /// 年度报告: `:report YEAR [UNIT]` (the scope as typed) or the inbox's 年报 item (`.deadline`:
    /// the scope of the report due, which closes the inbox once the report is shown).
    case report(year: Int, scope: ReportScopeChoice)
    /// The narrative editor on a section of the open report, with what was typed into it before a
    /// hang-up (the officer's draft).
    case reportNarrative(ReportSection)
    /// 统计: the year and unit shown (scroll: where the view stays when only the year changes);
    /// the view shown before stays when the count fails.
    case statistics(year: Int, unit: String?, scroll: Int)
    /// 统计 `u`: the next unit of the county's in turn.
    case statisticsNextUnit
    /// A register (责任清单, 征求意见, 检查整改) for a unit as typed (nil: every unit the officer
    /// sees), on record `select` when given.
    case register(RegisterKind, unit: String?, select: String?)
    /// The register of a catalog column (权责清单, 重大决策意见征集 …), for the column's unit.
    case catalogRegister(nodeID: String)
    /// A form of the open register on its selected record (add, amend, cancel or close, settings).
    case registerForm(RegisterFormKind)
    /// 文件 in the editor (`thenExternalEdit`: then handed to $EDITOR, `E` on the list).
    case document(id: String, thenExternalEdit: Bool)
    /// The draft a dropped session left, restored into the editor on the document it was made on.
    case documentDraft
    /// 新建文件: the form, with the choices the officer's unit has.
    case newDocumentForm
    /// 提交审核 / 发布 from the 文件 pane: the question naming the document.
    case documentStep(DocumentAction, id: String)
    /// 文件检索 `/`: the hits of a query.
    case documentSearch(query: String)
    /// 申请详情 of a request.
    case applicationDetail(id: String)
    /// 申请登记: the new request's form (or what was typed into it before a hang-up).
    case newApplicationForm
    /// An event's form on a request (its clock read first: a closed request takes no event).
    case applicationEventForm(ApplicationEventKind, id: String)
    /// 告知书 `W`: the question naming the letter the request's step calls for.
    case letterQuestion(applicationId: String)
    /// The 申请 pane under a filter or search (the one shown before stays when it cannot be read).
    case applicationQuery(ApplicationQuery)
    /// 解读 sheet of a document (`forceNew`: a new interpretation even when one exists), with what
    /// was typed into the same sheet before a hang-up (its draft).
    case interpretationSheet(doc: String, area: InterpretationSheet.Area, forceNew: Bool)
    /// 解读办理 on a document's latest interpretation: the question that names it.
    case interpretationStep(DocumentAction, doc: String, comment: String?)
    /// The 解读 pane's statistics for its period.
    case interpretationStats
    /// A row of a pane found and selected, the pane focused (an inbox item, 转到文件).
    case row(id: String, pane: PaneKind)
    /// The 文件 pane counted again under the catalog filter, with the column named.
    case documentFilter
    /// The catalog tree read again (retired columns shown or hidden).
    case catalogTree
    /// Everything on screen read again (Ctrl-L, a language switch).
    case everything
}

/// Where the annual report's scope comes from (`WorkspaceRead.report`).
public enum ReportScopeChoice: Equatable, Sendable {
    /// As typed after the year (nil: the officer's own unit, or the county for the county office).
    case typed(String?)
    /// The report the inbox says is due.
    case deadline
}

/// The register's forms (`WorkspaceRead.registerForm`).
public enum RegisterFormKind: Equatable, Sendable {
    case add, edit, close, settings
}

extension AppModel {
    /// Reads and shows what a key asked for (`Effect.read`): the loop calls it after the input.
    /// Its messages are the workstation's, as the key's are (`InterfaceSurface`).
    public func read(_ read: WorkspaceRead) {
        InterfaceSurface.$current.withValue(.workstation) { readOnSurface(read) }
    }

    private func readOnSurface(_ read: WorkspaceRead) {
        switch read {
        case .report(let year, let scope): ReportController.show(year: year, scope: scope, model: self)
        case .reportNarrative(let section): ReportController.showNarrative(section, model: self)
        case .statistics(let year, let unit, let scroll):
            StatisticsController.show(year: year, unit: unit, scroll: scroll, model: self)
        case .statisticsNextUnit: StatisticsController.showNextUnit(model: self)
        case .register(let kind, let unit, let select): RegisterController.show(kind, unitReference: unit, select: select, model: self)
        case .catalogRegister(let node): RegisterController.showFromCatalog(nodeID: node, model: self)
        case .registerForm(let kind): RegisterFormController.show(kind, model: self)
        case .document(let id, let external): DocumentEditorController.show(id, thenExternalEdit: external, model: self)
        case .documentDraft: DocumentEditorController.restore(model: self)
        case .newDocumentForm: NewDocumentController.show(model: self)
        case .documentStep(let action, let id): DocumentCommands.askStep(action, id: id, model: self)
        case .documentSearch(let query): DocumentEditorController.showSearch(query, model: self)
        case .applicationDetail(let id): ApplicationsController.showDetail(id: id, model: self)
        case .newApplicationForm: ApplicationsController.showNewForm(model: self)
        case .applicationEventForm(let kind, let id): ApplicationsController.showEventForm(kind, id: id, model: self)
        case .letterQuestion(let id): ApplicationsController.askLetter(applicationId: id, model: self)
        case .applicationQuery(let query): ApplicationsController.show(query, model: self)
        case .interpretationSheet(let doc, let area, let forceNew):
            InterpretationsController.showSheet(doc: doc, area: area, forceNew: forceNew, model: self)
        case .interpretationStep(let action, let doc, let comment):
            InterpretationsController.askStep(action, doc: doc, comment: comment, model: self)
        case .interpretationStats: InterpretationsController.reloadStats(model: self)
        case .row(let id, let pane): showRow(id: id, in: pane)
        case .documentFilter: showDocumentFilter()
        case .catalogTree: reloadCatalog()
        case .everything:
            // In the session's language (a language switch reads again in the new one).
            UILanguage.$current.withValue(state.language) { reloadAll() }
        }
    }
}
