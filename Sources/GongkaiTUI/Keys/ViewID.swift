import GongkaiCore

/// 视图 — the name of every pane, full-screen view and overlay of the workstation. A key binding
/// is scoped to one of them (or global), so `[keys.inbox]` in config.toml rebinds a key of the
/// inbox only, and `?` can list the keys of the view that is open first. The raw value is the
/// name written in config.toml and printed by `gongkai keys`.
public enum ViewID: String, CaseIterable, Sendable, Hashable, Codable {
    // The four panes (the raw values are PaneKind's English names).
    case catalog, documents, interpretations, applications
    // Overlays of the 文件 pane.
    case editor, editorField = "editor-field", editorFind = "editor-find", editorLeave = "editor-leave", conflict
    case documentSearch = "doc-search", recovery, newDocument = "new-doc"
    // Overlays of the other panes.
    case applicationForm = "app-form", applicationDetail = "app-detail"
    case catalogForm = "catalog-form", interpretationSheet = "interp-sheet", interpretationList = "interp-list"
    case interpretationLine = "interp-line"
    // Full-screen views.
    case inbox, inboxPrompt = "inbox-prompt", reader, history
    case report, reportFigures = "report-figures", reportNarrative = "report-narrative"
    case statistics = "stats", register, registerForm = "register-form"
    // Overlays of the whole workstation.
    case help, helpSearch = "help-search", commandLine = "command-line", messages
    /// 确认 — every yes/no question (quit, a step that cannot be taken back, dropping a form's input).
    case confirm

    /// The pane view of `pane`.
    public init(_ pane: PaneKind) {
        switch pane {
        case .catalog: self = .catalog
        case .documents: self = .documents
        case .interpretations: self = .interpretations
        case .applications: self = .applications
        }
    }

    /// The pane this view is, if it is one.
    public var pane: PaneKind? {
        switch self {
        case .catalog: return .catalog
        case .documents: return .documents
        case .interpretations: return .interpretations
        case .applications: return .applications
        default: return nil
        }
    }

    /// Accepts a view's name (`inbox`, `report-figures`), its title in either language (待办箱),
    /// and everything PaneKind accepts for the panes (`2`, `文件`).
    public init?(argument: String) {
        let a = argument.trimmingCharacters(in: .whitespaces)
        if let pane = PaneKind(argument: a) { self.init(pane); return }
        guard let v = ViewID(rawValue: a) ?? ViewID.allCases.first(where: {
            $0.titlePhrase.zh == a || $0.titlePhrase.en.lowercased() == a.lowercased()
        }) else { return nil }
        self = v
    }

    public var title: String { titlePhrase.text() }

    public var titlePhrase: Phrase {
        if let pane { return pane.titlePhrase }
        switch self {
        case .editor: return TUIText.Views.editor
        case .editorField: return TUIText.Views.editorField
        case .editorFind: return TUIText.Views.editorFind
        case .editorLeave: return TUIText.Views.editorLeave
        case .conflict: return TUIText.Views.conflict
        case .documentSearch: return TUIText.Views.documentSearch
        case .recovery: return TUIText.Views.recovery
        case .applicationForm: return TUIText.Views.applicationForm
        case .applicationDetail: return TUIText.Views.applicationDetail
        case .catalogForm: return TUIText.Views.catalogForm
        case .interpretationSheet: return TUIText.Views.interpretationSheet
        case .interpretationList: return TUIText.Views.interpretationList
        case .interpretationLine: return TUIText.Views.interpretationLine
        case .inbox: return TUIText.Views.inbox
        case .inboxPrompt: return TUIText.Views.inboxPrompt
        case .reader: return TUIText.Views.reader
        case .newDocument: return TUIText.Views.newDocument
        case .registerForm: return TUIText.Views.registerForm
        case .messages: return TUIText.Views.messages
        case .history: return TUIText.Views.history
        case .report: return TUIText.Views.report
        case .reportFigures: return TUIText.Views.reportFigures
        case .reportNarrative: return TUIText.Views.reportNarrative
        case .statistics: return TUIText.Views.statistics
        case .register: return TUIText.Views.register
        case .help: return TUIText.Views.help
        case .helpSearch: return TUIText.Views.helpSearch
        case .commandLine: return TUIText.Views.commandLine
        case .confirm: return TUIText.Views.confirm
        case .catalog, .documents, .interpretations, .applications: return TUIText.Views.help // unreachable: panes above
        }
    }
}
