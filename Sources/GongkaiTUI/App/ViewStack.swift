import GongkaiCore

/// 视图 — one pane, full-screen view or overlay of the workstation. Every view is registered
/// once in `ViewStack.views`; AppModel routes keys, commands, reloads, the mouse and drawing
/// through that list only. A view never matches a literal key: its keys are `bindings` (scoped to
/// its `ViewID`, rebindable in config.toml as `[keys.<id>]`) naming commands that `perform` runs.
///
/// Adding a view: write a type conforming to this protocol and add it to `ViewStack.views`.
///
/// Porting a controller written as `static func handle(_ key: Key, model:) -> Bool` with literal
/// keys: give it a `ViewID` case (and a TUIText.Views title); turn each `case .char("a"):` into a
/// default binding `Keymap.scoped(.id, [("a", "my-command")])` and the case body into
/// `case "my-command":` of `perform`; motions come as the global `move-down` … commands
/// (`ViewMotion(command:)`); "pass ? : F1 F10 C-l" is the default `passes`; "swallow the rest" is
/// the default `take`. A form or prompt answers `takesText` and edits in `take`; its Enter, Esc,
/// Tab … are bindings to `submit`, `cancel`, `field-next` … (the form model performs them as
/// `FormCommand`s). A yes/no question is a `Confirmation` (a `Step`) asked with
/// `ConfirmationController.ask`: the `confirm` view on top answers it (`confirm-yes`; anything else is no). Its old `execute` becomes `open`, its draw call in
/// AppView becomes `draw`, its reload line in reloadAll becomes `reload` (run by its ReloadSlice).
protocol WorkstationView {
    /// The view's name (the scope of its bindings).
    static var id: ViewID { get }
    /// The default key bindings of the view, scoped to its ViewID (or to the ids in `scopes`).
    static var bindings: [Keymap.Binding] { get }
    /// The commands only this view runs (listed in help and accepted by config.toml).
    static var commands: [CommandSpec] { get }
    /// Whether the view is open in this state.
    static func isOpen(_ state: AppState) -> Bool
    /// Whether its commands mean something only while it is open (the body editor's, the
    /// reader's): the `:` list then offers them only there.
    static var commandsOnlyWhileOpen: Bool { get }
    /// The scopes its keys are looked up in, innermost first (then the global bindings). A view
    /// with parts (a form inside the report, a yes/no question) answers with the part's scope.
    static func scopes(_ state: AppState) -> [ViewID]
    /// Whether a global command bound to a key may run while the view is open (a modal view lets
    /// through only help, the command line, redraw and quit).
    static func passes(_ command: String, state: AppState) -> Bool
    /// Whether printable characters are text for the view now (a form, a prompt): they go to
    /// `take` before any binding is looked up.
    static func takesText(_ state: AppState) -> Bool
    /// Runs a command bound to one of its keys (or typed at the prompt while it is open);
    /// false: not one of its commands.
    static func perform(_ command: CommandLine, model: AppModel) -> Bool
    /// A key no binding names: text for a form or prompt, ignored by most views.
    static func take(_ key: Key, model: AppModel)
    /// A raw input before keys are decoded (bracketed paste in the editor); false: route it as a key.
    static func input(_ input: EditorInput, model: AppModel) -> Bool
    /// Runs a command that opens the view or works on its pane from anywhere (`:inbox`,
    /// `:report 2025`, `:reply`); false: not its command.
    static func open(_ command: CommandLine, model: AppModel) -> Bool
    /// Re-reads the view's data (start, Ctrl-L, after a change elsewhere).
    static func reload(model: AppModel)
    /// Draws the view over what lies below; returns where the caret goes while it takes text.
    static func draw(_ grid: inout CellGrid, state: AppState, keymap: Keymap) -> (x: Int, y: Int)?
    /// Whether the mouse wheel scrolls it (by running move-down / move-up); other views ignore the mouse.
    static func scrollsWithWheel(_ state: AppState) -> Bool
    /// Closes the view.
    static func close(model: AppModel)
    /// Whether it is drawn now: an open view; a pane whenever the layout shows it.
    static func isDrawn(_ state: AppState) -> Bool
    /// Whether, drawn now, it covers every row the panes use (from below the tab bar to above the
    /// status bar): the panes under it are then not drawn (`ViewStackTests` checks the claim).
    static func coversPanes(_ state: AppState) -> Bool
    /// The terminal changed size (the state has the new size): every view, open or not, fits itself.
    static func resize(model: AppModel)
    /// The input read timed out: ends an undo step, writes a pending draft …; true: draw again.
    static func idle(model: AppModel) -> Bool
}

extension WorkstationView {
    static var bindings: [Keymap.Binding] { [] }
    static var commands: [CommandSpec] { [] }
    static var commandsOnlyWhileOpen: Bool { false }
    static func scopes(_ state: AppState) -> [ViewID] { [id] }
    static func passes(_ command: String, state: AppState) -> Bool { ViewStack.modalPasses.contains(command) }
    static func takesText(_ state: AppState) -> Bool { false }
    static func take(_ key: Key, model: AppModel) {}
    static func input(_ input: EditorInput, model: AppModel) -> Bool { false }
    static func open(_ command: CommandLine, model: AppModel) -> Bool { false }
    static func reload(model: AppModel) {}
    static func draw(_ grid: inout CellGrid, state: AppState, keymap: Keymap) -> (x: Int, y: Int)? { nil }
    static func scrollsWithWheel(_ state: AppState) -> Bool { false }
    static func isDrawn(_ state: AppState) -> Bool { isOpen(state) }
    static func coversPanes(_ state: AppState) -> Bool { false }
    static func resize(model: AppModel) {}
    static func idle(model: AppModel) -> Bool { false }
}

/// 窗格视图 — a pane as a view: open while it has the focus, every global command works in it,
/// its commands run through `open` (from its keys or typed anywhere).
protocol PaneView: WorkstationView {
    static var pane: PaneKind { get }
}

extension PaneView {
    static var id: ViewID { ViewID(pane) }
    static func isOpen(_ state: AppState) -> Bool { state.focus == pane }
    static func passes(_ command: String, state: AppState) -> Bool { true }
    static func perform(_ command: CommandLine, model: AppModel) -> Bool { false }
    static func close(model: AppModel) {}
    /// Every pane the layout shows is drawn, focused or not.
    static func isDrawn(_ state: AppState) -> Bool { state.layout.panes[pane] != nil }
    /// Keeps its selection on screen at the new size.
    static func resize(model: AppModel) { model.ensureVisible(pane) }
    static func draw(_ grid: inout CellGrid, state: AppState, keymap: Keymap) -> (x: Int, y: Int)? {
        AppView.drawPane(&grid, pane: pane, state: state)
        return nil
    }
}

/// 视图栈 — every view, top first: a key goes to the first view that is open, drawing goes
/// bottom first, reloads to every open view. The focused pane is always open, so the list ends
/// with the panes.
enum ViewStack {
    /// THE registry. Order is precedence: what is above takes the keys and is drawn on top.
    static var views: [any WorkstationView.Type] {
        [
            ConfirmationController.self, CommandLineView.self, HelpView.self, MessageLog.self,
            HistoryController.self, ReportController.self, RegisterFormController.self, RegisterController.self,
            StatisticsController.self, ReaderController.self, InboxController.self, NewDocumentController.self,
            DocumentRecoveryView.self, DocumentEditorView.self, DocumentSearchResultsView.self,
            ApplicationsOverlayView.self, InterpretationSheetOverlay.self, CatalogFormView.self,
            CatalogPaneView.self, DocumentsPaneView.self, InterpretationsPaneView.self, ApplicationsPaneView.self,
        ]
    }

    /// The global commands a modal view lets through.
    static let modalPasses: Set<String> = ["help", "command-line", "redraw", "quit", "quit!"]

    /// Every view's default bindings, in registry order.
    static var defaultBindings: [Keymap.Binding] { views.flatMap { $0.bindings } }

    /// Every view's own commands, in registry order, then the commands the views share.
    static var commands: [CommandSpec] { shared + views.flatMap { $0.commands } }

    /// Commands several views run, each in its own way (close, cancel, submit …).
    static let shared: [CommandSpec] = [
        CommandSpec(name: "close", aliases: ["关闭"], summary: TUIText.ViewCommands.close, takesArgument: false),
        CommandSpec(name: "cancel", aliases: ["取消"], summary: TUIText.ViewCommands.cancel, takesArgument: false),
        CommandSpec(name: "submit", aliases: ["确定"], summary: TUIText.ViewCommands.submit, takesArgument: false),
        CommandSpec(name: "save", aliases: ["保存"], summary: TUIText.ViewCommands.save, takesArgument: false),
        CommandSpec(name: "field-next", aliases: ["下一栏"], summary: TUIText.ViewCommands.fieldNext, takesArgument: false),
        CommandSpec(name: "field-prev", aliases: ["上一栏"], summary: TUIText.ViewCommands.fieldPrev, takesArgument: false),
        CommandSpec(name: "confirm-yes", aliases: ["是"], summary: TUIText.ViewCommands.confirmYes, takesArgument: false),
        CommandSpec(name: "reload", aliases: ["重新读取"], summary: TUIText.ViewCommands.reload, takesArgument: false),
        CommandSpec(name: "page-next", aliases: ["翻页"], summary: TUIText.ViewCommands.pageNext, takesArgument: false),
        CommandSpec(name: "scroll-left", aliases: ["左移"], summary: TUIText.ViewCommands.scrollLeft, takesArgument: false),
        CommandSpec(name: "scroll-right", aliases: ["右移"], summary: TUIText.ViewCommands.scrollRight, takesArgument: false),
        CommandSpec(name: "choice-next", aliases: ["下一个选项"], summary: TUIText.ViewCommands.choiceNext, takesArgument: false),
        CommandSpec(name: "choice-prev", aliases: ["上一个选项"], summary: TUIText.ViewCommands.choicePrev, takesArgument: false),
        CommandSpec(name: "tick", aliases: ["勾选"], summary: TUIText.ViewCommands.sheetTick, takesArgument: false),
        CommandSpec(name: "erase-back", aliases: [], summary: TUIText.ViewCommands.eraseBack, takesArgument: false),
    ]

    /// The view of `id` (the registry holds one per id; parts of a view answer for their parent).
    static func view(_ id: ViewID) -> (any WorkstationView.Type)? {
        views.first { $0.id == id }
    }
}

/// 表单按键 — the forms (application, figures, narrative, catalog, interpretation sheet) edit
/// their fields themselves; their non-text keys are bindings naming `FormCommand`s, which the
/// form model performs. Rebinding `[keys.app-form] "C-n" = "field-next"` makes C-n move on like Tab.
enum FormKeys {
    /// A form's default keys in `scope`: Esc / C-g / C-c cancel, C-s saves, Enter submits,
    /// Tab / Down and S-Tab / Up move between the fields; in a form with choice fields (`choices`)
    /// Right / Left are choice-next / choice-prev (the next / previous value of a choice field,
    /// the caret in free input). A form of free input alone (the report's figures) leaves Left /
    /// Right to its fields' line editing.
    static func bindings(_ scope: ViewID, choices: Bool = true) -> [Keymap.Binding] {
        var pairs: [(String, String)] = [("Esc", "cancel"), ("C-g", "cancel"), ("C-c", "cancel"), ("C-s", "save"),
                                         ("Enter", "submit"), ("Tab", "field-next"), ("Down", "field-next"),
                                         ("S-Tab", "field-prev"), ("Up", "field-prev")]
        if choices { pairs += [("Right", "choice-next"), ("Left", "choice-prev")] }
        return Keymap.scoped(scope, pairs)
    }
}

/// Routing through the stack.
extension AppModel {
    /// The views open now, top first; the last is the focused pane.
    var openViews: [any WorkstationView.Type] { ViewStack.views.filter { $0.isOpen(state) } }

    /// The view that takes the keys now.
    var topView: any WorkstationView.Type { openViews.first ?? CatalogPaneView.self }

    /// One key for the top view: text first when it takes text, then its bindings (its own scope
    /// wins over the global ones), then — for a global command it lets through — the app.
    func route(_ key: Key, to view: any WorkstationView.Type) {
        let text = view.takesText(state)
        if text, key.isTyping {
            return view.take(key, model: self)
        }
        // A form or prompt sees only its own bindings: the global ones would take its editing keys.
        guard let command = keymap.command(for: key, in: view.scopes(state), global: !text) else {
            return view.take(key, model: self)
        }
        if view.perform(command, model: self) { return }
        if view.passes(command.name, state: state) {
            state.message = nil
            execute(command)
        }
    }

    /// Re-reads `view` when it is open (a reload slice, AppModel+Reload).
    func reloadIfOpen(_ view: any WorkstationView.Type) {
        if view.isOpen(state) { view.reload(model: self) }
    }
}
