import Foundation
import GongkaiCore
import GongkaiStore

/// 应用模型 — one event loop's model: keys come in as messages, `update` changes the state
/// (reading through the service door), and `AppView.render` draws the state. No terminal I/O
/// happens here, so screen tests drive this model directly.
public final class AppModel {
    public internal(set) var state: AppState
    public let keymap: Keymap
    /// The body editors' keys: the `editor` bindings of `keymap`.
    public private(set) lazy var editorKeymap = EditorKeymap(keymap)
    let data: PaneDataSource
    /// 剪贴板 — shared by the editors of this session (cut in one body, paste in another).
    public var clipboard = EditorClipboard()
    /// What handling inputs asked of the world outside the model and is not performed yet
    /// (`update` hands them to the loop, which performs them before drawing).
    public private(set) var pendingEffects: [Effect] = []
    /// The panes whose rows on screen are asked for (`requestRows`), with whether the whole screen
    /// is read again; and whether the inbox's are.
    var rowsToRead: [PaneKind: Bool] = [:]
    var inboxRowsToRead = false
    /// How many calls from outside are under way (`fromOutside`).
    var callDepth = 0
    /// Whether an append to the document journal was asked since its last whole write (the idle
    /// moment then compacts it, even before the loop made the append).
    var journalAppendAsked = false
    /// Bracketed paste outside the editors: pasted text goes into the command line or is
    /// dropped, never run as keys.
    var pasteGuard = PasteGuard()
    /// What another session's change left to re-read, in order (`AppModel+Reload`).
    var pendingReloads: [ReloadSlice] = []

    public init(width: Int, height: Int, data: PaneDataSource, keymap: Keymap = .standard,
                workspaceDisplay: String, localeNotice: String? = nil) {
        state = AppState(width: width, height: height, workspaceDisplay: workspaceDisplay)
        state.localeNotice = localeNotice
        self.data = data
        self.keymap = keymap
        for pane in PaneKind.allCases {
            state.columns[pane] = data.columns(for: pane)
            state.emptyHints[pane] = emptyHint(for: pane)
        }
        reloadAll()
        DocumentEditorController.offerRecovery(model: self)
        loadPendingRows()
    }

    // MARK: Data

    /// The review actions, when the data source offers them.
    var reviewSource: ReviewDataSource? { data as? ReviewDataSource }

    /// Rows the inbox shows at the current size.
    var inboxBodyHeight: Int { max(1, state.layout.statusRow - 3) }

    /// Keeps the inbox's selection on screen; the items coming into view are read by the loop
    /// (`Effect.loadRows(.inbox)`), not here.
    func scrollInbox() {
        guard var inbox = state.inbox else { return }
        let h = inboxBodyHeight
        if inbox.selected < inbox.scroll { inbox.scroll = inbox.selected }
        if inbox.selected >= inbox.scroll + h { inbox.scroll = inbox.selected - h + 1 }
        inbox.scroll = max(0, min(inbox.scroll, max(0, inbox.count - h)))
        state.inbox = inbox
        if InboxController.needsRows(inbox, height: h) { requestRows(.inbox) }
    }

    /// Focuses `pane` with the row of `id` selected (opening an inbox item).
    public func select(id: String, in pane: PaneKind) {
        fromOutside { showRow(id: id, in: pane) }
    }

    /// Focuses `pane` and finds the row of `id` in it (`WorkspaceRead.row`, performed by the loop).
    func showRow(id: String, in pane: PaneKind) {
        focus(pane)
        guard let index = try? data.index(of: id, in: pane) else {
            return error(TUIText.App.notInList.text(["\(id)", "\(pane.title)"]))
        }
        moveSelection(to: index)
    }

    /// Rows a pane's list shows. Panes not on screen (narrow or zoomed layout) keep the height they
    /// would have when shown.
    func listHeight(_ pane: PaneKind) -> Int {
        max(1, Layout(width: state.width, height: state.height, focus: pane, zoomed: state.zoomed).bodyHeight(of: pane))
    }

    /// Keeps the selection on screen. When the rows now on screen are not all read (or
    /// `forceReload`: the list changed), asks the loop to read them (`Effect.loadRows`); the read
    /// happens after the input is handled, once, for the list as it is then.
    func ensureVisible(_ pane: PaneKind, forceReload: Bool = false) {
        var list = state.lists[pane]!
        let height = listHeight(pane)
        if list.selected < list.scroll { list.scroll = list.selected }
        if list.selected >= list.scroll + height { list.scroll = list.selected - height + 1 }
        list.scroll = max(0, min(list.scroll, max(0, list.count - height)))
        state.lists[pane] = list
        if forceReload || !Self.covers(list, height: height) { requestRows(.pane(pane), whole: forceReload) }
    }

    /// Whether the rows read hold every row on screen.
    static func covers(_ list: ListState, height: Int) -> Bool {
        let needed = list.scroll..<min(list.count, list.scroll + height)
        let loaded = list.windowOffset..<(list.windowOffset + list.window.count)
        return (loaded.contains(needed.lowerBound) || needed.isEmpty) && needed.upperBound <= loaded.upperBound
    }

    // MARK: Reading rows (the loop's `Effect.loadRows`)

    /// Asks for the rows of `window` to be read after this input (once however often it is asked;
    /// `whole`: read the whole screen again rather than only the rows that came into view). The
    /// effects handed over say so (`takeEffects`) until the rows are read.
    func requestRows(_ window: RowWindow, whole: Bool = false) {
        switch window {
        case .pane(let pane): rowsToRead[pane] = (rowsToRead[pane] ?? false) || whole
        case .inbox: inboxRowsToRead = true
        }
    }

    /// The `loadRows` effects of the rows asked for and not read yet, panes in order, then the inbox.
    var rowLoads: [Effect] {
        PaneKind.allCases.filter { rowsToRead[$0] != nil }.map { .loadRows(.pane($0)) }
            + (inboxRowsToRead ? [.loadRows(.inbox)] : [])
    }

    /// Reads the rows asked for `window` (nothing when none are asked): the screen's rows of a
    /// pane's list as the list is now, or the inbox items coming into view.
    public func loadRows(_ window: RowWindow) {
        switch window {
        case .pane(let pane):
            guard let whole = rowsToRead.removeValue(forKey: pane) else { return }
            readWindow(pane, whole: whole)
        case .inbox:
            guard inboxRowsToRead else { return }
            inboxRowsToRead = false
            guard var inbox = state.inbox else { return }
            // Taken out of the state while it is changed: the local copy is then the only owner of
            // the rows read, so reading the rows coming into view edits them in place instead of
            // copying them on every step.
            state.inbox = nil
            InboxController.fill(&inbox, height: inboxBodyHeight, model: self)
            state.inbox = inbox
        }
    }

    /// Reads what the view `id` shows (`Effect.loadView`); its `reload` does nothing when the view
    /// was closed meanwhile (the reader also while a prompt covers it).
    public func loadView(_ id: ViewID) {
        guard let view = ViewStack.view(id) else { return }
        InterfaceSurface.$current.withValue(.workstation) { view.reload(model: self) }
    }

    /// Whether rows are asked for and not read yet.
    var rowsPending: Bool { !rowsToRead.isEmpty || inboxRowsToRead }

    /// Reads every window asked for, now: for calls from outside the loop's update (the start, a
    /// resize, a reload slice, a test driving the model), which no loop performs effects for.
    func loadPendingRows() {
        guard rowsPending else { return }
        for pane in PaneKind.allCases { loadRows(.pane(pane)) }
        loadRows(.inbox)
    }

    /// The inbox's selected item, its items read first when a move in this same input asked for
    /// them (the reader shows the item it moves to at once).
    func inboxCurrent() -> ReviewItem? {
        readInboxRowsIfAsked()
        return state.inbox?.current
    }

    /// Reads the inbox items a move in this same input asked for, now.
    func readInboxRowsIfAsked() {
        loadRows(.inbox)
    }

    /// The selected row of `pane`, its rows read first when a move in this same input asked for them.
    func selectedRow(in pane: PaneKind) -> PaneRow? {
        loadRows(.pane(pane))
        guard let list = state.lists[pane], list.count > 0 else { return nil }
        return list.row(at: list.selected)
    }

    /// Reads the rows on screen of `pane`: only those that came into view when the list moved by
    /// less than a screen (`shiftedWindow`), else the whole screen.
    private func readWindow(_ pane: PaneKind, whole: Bool) {
        var list = state.lists[pane]!
        let height = listHeight(pane)
        if !whole && Self.covers(list, height: height) { return }   // moved back before the read
        let needed = list.scroll..<min(list.count, list.scroll + height)
        do {
            if !whole, let shifted = try shiftedWindow(pane, loaded: list.window, at: list.windowOffset, needed: needed) {
                list.window = shifted
            } else {
                list.window = try paneRows(pane, offset: list.scroll, limit: height)
            }
            list.windowOffset = list.scroll
        } catch {
            list.window = []
            list.error = "\(error)"
        }
        state.lists[pane] = list
    }

    /// 滚动补行 — when the list scrolled by less than a screen, keeps the rows still on screen and
    /// reads only the rows that came into view (one row for `j` at the bottom), from the sort key
    /// of the row next to them (a keyset read), so scrolling costs the new rows, not the whole
    /// screen nor the rows above it. Nil when nothing overlaps or the read
    /// came back short (the list changed meanwhile): the caller then reads the whole window.
    func shiftedWindow(_ pane: PaneKind, loaded: [PaneRow], at offset: Int,
                       needed: Range<Int>) throws -> [PaneRow]? {
        let have = offset..<(offset + loaded.count)
        guard !loaded.isEmpty, !needed.isEmpty, needed.overlaps(have) else { return nil }
        let kept = max(needed.lowerBound, have.lowerBound)..<min(needed.upperBound, have.upperBound)
        var head: [PaneRow] = [], tail: [PaneRow] = []
        if needed.lowerBound < have.lowerBound {
            let n = have.lowerBound - needed.lowerBound
            head = try paneRows(pane, beside: loaded[0].id, side: .before, limit: n)
                ?? paneRows(pane, offset: needed.lowerBound, limit: n)
            guard head.count == n else { return nil }
        }
        if needed.upperBound > have.upperBound {
            let n = needed.upperBound - have.upperBound
            tail = try paneRows(pane, beside: loaded[loaded.count - 1].id, side: .after, limit: n)
                ?? paneRows(pane, offset: have.upperBound, limit: n)
            guard tail.count == n else { return nil }
        }
        return head + loaded[(kept.lowerBound - offset)..<(kept.upperBound - offset)] + tail
    }

    // MARK: Events

    /// Records edits not yet saved (editors call this), so that `q` asks before quitting.
    public func markUnsaved(_ count: Int) {
        state.unsavedChanges = max(0, count)
    }

    public func resize(width: Int, height: Int) {
        fromOutside {
            state.width = width
            state.height = height
            for view in ViewStack.views { view.resize(model: self) }
        }
    }

    /// Asks the loop to do something outside the model after this input.
    func request(_ effect: Effect) { pendingEffects.append(effect) }

    /// The effects asked for and not handed over yet, handed over now: the rows to read first
    /// (said again each time until they are read), then the others in the order asked.
    public func takeEffects() -> [Effect] {
        defer { pendingEffects = [] }
        return rowLoads + pendingEffects
    }

    /// A call from outside an update (the start, the loop's resize and reload slices, a test
    /// driving the model key by key): when it is the outermost, the rows it asked for are read
    /// before it returns, as no loop performs its effects. Inside an update the reads wait for the loop.
    func fromOutside<T>(_ body: () -> T) -> T {
        callDepth += 1
        let result = body()
        callDepth -= 1
        if callDepth == 0 { performAskedFromOutside() }
        return result
    }

    /// Performs, at once and in the order asked, what a call from outside asked for and needs no
    /// terminal — the changes (a save, a reviewer's decision), the reads, the views to read, the
    /// drafts and the document journal, a letter — then the rows to read. The terminal's effects
    /// (the external editor, a repaint, quitting) stay asked for (`takeEffects`).
    func performAskedFromOutside() {
        for _ in 0..<WorkstationLoop.effectRounds {
            let asked = pendingEffects.filter(\.performedAtOnceFromOutside)
            guard !asked.isEmpty else { break }
            pendingEffects.removeAll(where: \.performedAtOnceFromOutside)
            _ = Effect.performWithoutTerminal(asked, model: self)
        }
        loadPendingRows()
    }

    /// Makes a change asked for through the service door (`Effect.change`): the loop calls it
    /// after the input, each view's own code makes it. Its messages are the workstation's, as
    /// the key's are: a refusal names the form field, never a CLI option (`InterfaceSurface`).
    public func make(_ change: WorkspaceChange) {
        InterfaceSurface.$current.withValue(.workstation) { makeOnSurface(change) }
    }

    private func makeOnSurface(_ change: WorkspaceChange) {
        switch change {
        case .review(let review): InboxController.make(review, model: self)
        case .saveDocument(let edit, let thenClose): DocumentEditorController.write(edit, thenClose: thenClose, model: self)
        case .saveApplicationForm(let form): ApplicationsController.write(form, model: self)
        case .documentStep(let action, let id): DocumentCommands.makeStep(action, id: id, model: self)
        case .saveRegisterForm(let form): RegisterFormController.write(form, model: self)
        case .saveInterpretation(let sheet): InterpretationsController.write(sheet, model: self)
        case .interpretationStep(let action, let id, let comment):
            InterpretationsController.makeStep(action, id: id, comment: comment, model: self)
        case .reportFigures(let year, let scope, let figures):
            ReportController.writeFigures(year: year, scope: scope, figures: figures, model: self)
        case .reportNarrative(let year, let scope, let section, let text):
            ReportController.writeNarrative(year: year, scope: scope, section: section, text: text, model: self)
        case .fileReport(let year, let scope): ReportController.makeFiling(year: year, scope: scope, model: self)
        case .catalog(let edit): makeCatalogEdit(edit)
        }
    }

    /// Handles one input and returns the effects it asks for, for the loop to perform: the rows to
    /// read after a move (`loadRows`), drafts to write, a letter to make, the external editor. No
    /// list's rows are read while the input is handled.
    public func update(_ input: EditorInput) -> [Effect] {
        callDepth += 1
        InterfaceSurface.$current.withValue(.workstation) { take(input) }
        callDepth -= 1
        return takeEffects()
    }

    /// One input from the terminal: a key or a bracketed-paste marker. The view on top of the
    /// stack takes it (an editor takes raw input, pastes included). Messages made meanwhile are
    /// the workstation's: they name form fields, never CLI options (`InterfaceSurface`). Called
    /// from outside the loop, the rows the input asked for are read before it returns (`fromOutside`).
    public func handle(_ input: EditorInput) {
        fromOutside { InterfaceSurface.$current.withValue(.workstation) { take(input) } }
    }

    private func take(_ input: EditorInput) {
        guard let input = resolveTerminalInput(input) else { return }
        if case .mouse(let m) = input { return takeMouse(m) }
        if topView.input(input, model: self) { return }
        switch pasteGuard.feed(input) {
        case .key(let key): if key != .resize { route(key, to: topView) }
        case .insert(let text):
            if var line = state.commandLine {
                let flat = text.filter { !$0.isNewline }
                var chars = Array(line.text)
                chars.insert(contentsOf: flat, at: min(line.caret, chars.count))
                line.text = String(chars)
                line.caret += flat.count
                line.pick = nil
                state.commandLine = line
            } else if isTypingText {
                // A one-line input is open (a form, a prompt): the paste is typed into it, its
                // line breaks become spaces, so no Enter from a paste ever submits anything.
                for c in text {
                    if c.isNewline || c == "\t" {
                        handle(.char(" "))
                    } else if !(c.asciiValue.map { $0 < 0x20 || $0 == 0x7F } ?? false) {
                        handle(.char(c))
                    }
                }
            } else {
                state.message = StatusMessage(text: TUIText.App.pasteIgnored.text(), isError: false)
            }
        case .none: break
        }
    }

    /// Whether a text input takes the keys now (a pane's form or a prompt), so that a paste can
    /// be typed into it; in a list a pasted `j` or `q` would run a command instead.
    var isTypingText: Bool { topView.takesText(state) }

    /// The input read timed out (about every 200 ms while idle). Returns whether the screen
    /// needs drawing again (cheap to ask: no comparison of whole states).
    @discardableResult
    public func idle() -> Bool {
        fromOutside { idleInside() }
    }

    private func idleInside() -> Bool {
        var redraw = false
        if case .insert = pasteGuard.timeout() {
            state.message = StatusMessage(text: TUIText.App.pasteIgnored.text(), isError: false)
            redraw = true
        }
        for view in ViewStack.views where view.idle(model: self) { redraw = true }
        return redraw
    }

    /// Handles one key: the view on top of the stack takes it.
    public func handle(_ key: Key) {
        if key == .resize { return }
        let top = topView
        fromOutside {
            InterfaceSurface.$current.withValue(.workstation) {
                if top.input(.key(key), model: self) { return }
                route(key, to: top)
            }
        }
    }

    /// A command typed at the `:` prompt: the view on top runs it when it is one of its own
    /// (`:move-down` in the inbox), otherwise the app does.
    func run(_ command: CommandLine) {
        let top = topView
        if top.id.pane == nil, top.perform(command, model: self) { return }
        execute(command)
    }

    /// Runs a named command, from a key binding or the `:` prompt.
    public func execute(_ command: CommandLine) {
        fromOutside { executeInside(command) }
    }

    private func executeInside(_ command: CommandLine) {
        switch command.name {
        case "pane-next": focus(state.focus.next)
        case "pane-prev": focus(state.focus.previous)
        case "pane":
            guard let arg = command.argument, let pane = PaneKind(argument: arg) else {
                return error(TUIText.App.paneUsage.text())
            }
            focus(pane)
        case "zoom": toggleZoom()
        case "move-down": moveSelection(by: 1)
        case "move-up": moveSelection(by: -1)
        case "page-down": moveSelection(by: max(1, pageSize / 2))
        case "page-up": moveSelection(by: -max(1, pageSize / 2))
        case "top": moveSelection(to: 0)
        case "bottom": moveSelection(to: Int.max)
        case "help":
            let below = topView
            state.helpScopes = below.id == .help ? state.helpScopes : below.scopes(state)
            state.helpVisible = true
            state.helpScroll = 0
        case "command-line": state.commandLine = CommandLineState()
        case "redraw":
            request(.read(.everything))
            request(.repaint)
            state.message = StatusMessage(text: TUIText.App.refreshed.text(), isError: false)
        case "quit":
            if state.unsavedChanges > 0 {
                ConfirmationController.ask(Confirmation(.quit(unsaved: state.unsavedChanges), verb: ""), model: self)
            } else {
                request(.quit)
            }
        case "quit!": request(.quit)
        case "language":
            guard let arg = command.argument, let lang = UILanguage(name: arg) else {
                return error(TUIText.App.languageUsage.text())
            }
            state.language = lang
            // The rows hold texts (states, codes) drawn in the old language: read again.
            request(.read(.everything))
            UILanguage.$current.withValue(lang) {
                for pane in PaneKind.allCases {
                    state.columns[pane] = data.columns(for: pane)
                    state.emptyHints[pane] = emptyHint(for: pane)
                }
                state.message = StatusMessage(text: TUIText.App.languageSet.text(), isError: false)
            }
        default:
            for view in ViewStack.views where view.open(command, model: self) { return }
            error(TUIText.App.unknownCommand.text(["\(command.name)", KeyHints.key("help", in: [], keymap: keymap)]))
        }
    }

    func error(_ text: String) {
        state.message = StatusMessage(text: text, isError: true)
    }

    var pageSize: Int { state.layout.bodyHeight(of: state.focus) }

    /// 放大 — the focused pane over the whole body of the wide layout, or back to the four panes;
    /// in the narrow layout (one pane already) it says so and changes nothing.
    func toggleZoom() {
        guard state.layout.mode == .wide else {
            return state.message = StatusMessage(text: TUIText.App.zoomNarrow.text(["\(Layout.wideThreshold)"]), isError: false)
        }
        state.zoomed.toggle()
        // Every pane's list height changed (the hidden ones keep the height they have when shown).
        for pane in PaneKind.allCases { ensureVisible(pane) }
    }

    func focus(_ pane: PaneKind) {
        state.focus = pane
        ensureVisible(pane)
    }

    func moveSelection(by delta: Int) {
        let list = state.lists[state.focus]!
        moveSelection(to: list.selected + delta)
    }

    func moveSelection(to index: Int) {
        var list = state.lists[state.focus]!
        guard list.count > 0 else { return }
        list.selected = max(0, min(list.count - 1, index))
        state.lists[state.focus] = list
        ensureVisible(state.focus)
    }

    /// What an empty pane says, naming the key that starts a new item there as the live keymap binds it.
    func emptyHint(for pane: PaneKind) -> String {
        let new = pane == .applications ? "app-new" : "new"
        return data.emptyHint(for: pane, newKey: KeyHints.key(new, in: [ViewID(pane)], keymap: keymap))
    }
}
