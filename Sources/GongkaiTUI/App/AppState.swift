import GongkaiCore
import GongkaiStore

/// The state of one list pane: how many rows, which is selected, which are on screen.
public struct ListState: Equatable, Sendable {
    public var count = 0
    public var selected = 0
    /// Index of the first row on screen.
    public var scroll = 0
    /// The rows currently loaded, starting at `windowOffset` (only what the screen needs).
    public var window: [PaneRow] = []
    public var windowOffset = 0
    public var error: String?

    public func row(at index: Int) -> PaneRow? {
        let i = index - windowOffset
        return window.indices.contains(i) ? window[i] : nil
    }
}

/// The `:` command line being edited.
public struct CommandLineState: Equatable, Sendable {
    public var text = ""
    /// Caret position as a grapheme index into `text`.
    public var caret = 0
    /// Position in history while browsing with Up/Down (nil: editing a new line).
    public var historyIndex: Int?
    /// The candidate put into the line by `complete` / `complete-prev`, and the word typed before
    /// it (the list stays the one for that word; App/CommandCompletion). Nil while typing.
    public var pick: Pick?

    public struct Pick: Equatable, Sendable {
        public var typed: String
        public var index: Int
    }
}

/// A message on the bottom line.
public struct StatusMessage: Equatable, Sendable {
    public var text: String
    public var isError: Bool
}

/// 应用状态 — everything the view needs, as plain values (the view is a pure function of it).
public struct AppState: Equatable, Sendable {
    public var width: Int
    public var height: Int
    public var focus: PaneKind = .catalog
    /// 放大 — in the wide layout the focused pane takes the whole body (`zoom`); kept while the
    /// focus moves between panes and across resizes (the narrow layout shows one pane anyway).
    public var zoomed = false
    public var lists: [PaneKind: ListState] = [:]
    public var helpVisible = false
    public var helpScroll = 0
    /// The scopes of the view that was open when `?` was pressed: the help lists their keys first.
    public var helpScopes: [ViewID] = []
    /// The help's `/` prompt while it is typed, and the last search (for `n`).
    public var helpPrompt: CommandLineState?
    public var helpQuery: String?
    public var commandLine: CommandLineState?
    public var commandHistory: [String] = []
    public var message: StatusMessage? {
        didSet { if let message, message != oldValue { messageLog.record(message) } }
    }
    /// This session's messages (`:messages`, Messages/MessageLog).
    public var messageLog = MessageLogState()
    /// The question before quitting with unsaved edits is open (a `Confirmation` too).
    public var confirmingQuit: Bool {
        if case .quit = confirmation?.step { return true }
        return false
    }
    /// 确认 — the question asked before a step that cannot be taken back (App/Confirmation).
    public var confirmation: Confirmation?
    /// Edits not yet saved (the editor panes add to it); `q` asks first when non-zero.
    public var unsavedChanges = 0
    /// Set when the locale had to be changed to reach UTF-8 (shown on the status bar).
    public var localeNotice: String?
    public var overview: WorkspaceOverview?
    /// The workspace path as shown (home abbreviated to ~).
    public var workspaceDisplay: String
    /// 界面语言 — the language the loop renders in; `:language en|zh` changes it live.
    public var language: UILanguage = .zh
    /// Column definitions and empty-pane hints, fixed at start from the data source.
    public var columns: [PaneKind: [PaneColumn]] = [:]
    public var emptyHints: [PaneKind: String] = [:]
    /// 修改记录 of one item — open when non-nil (Review/HistoryOverlay).
    public var history: HistoryState?
    /// 待办箱 — open when non-nil (Review/).
    public var inbox: InboxState?
    /// How many items wait in my inbox (the status bar's 待办).
    public var inboxCount: Int?
    /// Today as the service sees it (urgency colours).
    public var today: CivilDate = CivilDate.today()
    /// 年度报告 — open when non-nil (Report/).
    public var report: ReportViewState?
    /// 登记簿 — 权责清单、公众参与、网站巡检, open when non-nil (Registers/).
    public var register: RegisterViewState?
    /// 统计 — open when non-nil (Statistics/).
    public var statistics: StatisticsViewState?
    /// How statistics bars are drawn (config.toml `bars`).
    public var barGlyphs: BarChart.Glyphs = .blocks
    /// 申请窗格 — filter, detail view and form (Panes/Applications).
    public var applications = ApplicationsPaneState()
    /// 目录窗格 — the catalog tree, its forms and the 文件 pane's catalog filter.
    public var catalog = CatalogTreeState()
    /// 文件窗格 — the editor, search results and draft recovery (Panes/Documents).
    public var documents = DocumentsPaneState()
    /// 解读窗格 — the open interpretation sheet and the period statistics (Panes/Interpretations).
    public var interpretations = InterpretationsPaneState()

    public init(width: Int, height: Int, workspaceDisplay: String) {
        self.width = width
        self.height = height
        self.workspaceDisplay = workspaceDisplay
        for p in PaneKind.allCases { lists[p] = ListState() }
    }

    public var layout: Layout { Layout(width: width, height: height, focus: focus, zoomed: zoomed) }
}
