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
    /// When the document draft journal was last written.
    var lastJournalWrite: Date?
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
    }

    // MARK: Data

    /// The review actions, when the data source offers them.
    var reviewSource: ReviewDataSource? { data as? ReviewDataSource }

    /// Rows the inbox shows at the current size.
    var inboxBodyHeight: Int { max(1, state.layout.statusRow - 3) }

    /// Keeps the inbox's selection on screen.
    func scrollInbox() {
        guard var inbox = state.inbox else { return }
        // Taken out of the state while it is changed: the local copy is then the only owner of the
        // rows read, so reading the rows coming into view edits them in place instead of copying
        // them on every step.
        state.inbox = nil
        let h = inboxBodyHeight
        if inbox.selected < inbox.scroll { inbox.scroll = inbox.selected }
        if inbox.selected >= inbox.scroll + h { inbox.scroll = inbox.selected - h + 1 }
        inbox.scroll = max(0, min(inbox.scroll, max(0, inbox.count - h)))
        InboxController.fill(&inbox, height: h, model: self)
        state.inbox = inbox
    }

    /// Focuses `pane` with the row of `id` selected (opening an inbox item).
    public func select(id: String, in pane: PaneKind) {
        focus(pane)
        guard let index = try? data.index(of: id, in: pane) else {
            return error(TUIText.App.notInList.text(["\(id)", "\(pane.title)"]))
        }
        moveSelection(to: index)
    }

    /// Keeps the selection on screen and loads exactly the visible rows when they change.
    func ensureVisible(_ pane: PaneKind, forceReload: Bool = false) {
        var list = state.lists[pane]!
        // Panes not on screen (narrow or zoomed layout) keep the height they would have when shown.
        let height = max(1, Layout(width: state.width, height: state.height, focus: pane, zoomed: state.zoomed)
            .bodyHeight(of: pane))
        if list.selected < list.scroll { list.scroll = list.selected }
        if list.selected >= list.scroll + height { list.scroll = list.selected - height + 1 }
        list.scroll = max(0, min(list.scroll, max(0, list.count - height)))
        let needed = list.scroll..<min(list.count, list.scroll + height)
        let loaded = list.windowOffset..<(list.windowOffset + list.window.count)
        if forceReload || !(loaded.contains(needed.lowerBound) || needed.isEmpty)
            || needed.upperBound > loaded.upperBound {
            do {
                if !forceReload, let shifted = try shiftedWindow(pane, loaded: list.window, at: list.windowOffset,
                                                                 needed: needed) {
                    list.window = shifted
                } else {
                    list.window = try paneRows(pane, offset: list.scroll, limit: height)
                }
                list.windowOffset = list.scroll
            } catch {
                list.window = []
                list.error = "\(error)"
            }
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
        state.width = width
        state.height = height
        for view in ViewStack.views { view.resize(model: self) }
    }

    /// Asks the loop to do something outside the model after this input.
    func request(_ effect: Effect) { pendingEffects.append(effect) }

    /// Handles one input and returns the effects it asks for, for the loop to perform.
    public func update(_ input: EditorInput) -> [Effect] {
        handle(input)
        defer { pendingEffects = [] }
        return pendingEffects
    }

    /// One input from the terminal: a key or a bracketed-paste marker. The view on top of the
    /// stack takes it (an editor takes raw input, pastes included). Messages made meanwhile are
    /// the workstation's: they name form fields, never CLI options (`InterfaceSurface`).
    public func handle(_ input: EditorInput) {
        InterfaceSurface.$current.withValue(.workstation) { take(input) }
    }

    private func take(_ input: EditorInput) {
        guard let input = resolveTerminalInput(input) else { return }
        if case .mouse(let m) = input { return handle(mouse: m) }
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
        InterfaceSurface.$current.withValue(.workstation) {
            if top.input(.key(key), model: self) { return }
            route(key, to: top)
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
            reloadAll()
            request(.repaint)
            state.message = StatusMessage(text: TUIText.App.refreshed.text(), isError: false)
        case "quit":
            if state.unsavedChanges > 0 {
                ConfirmationController.ask(Confirmation(.quit(unsaved: state.unsavedChanges), verb: ""), model: self)
            } else {
                state.shouldQuit = true
            }
        case "quit!": state.shouldQuit = true
        case "language":
            guard let arg = command.argument, let lang = UILanguage(name: arg) else {
                return error(TUIText.App.languageUsage.text())
            }
            state.language = lang
            UILanguage.$current.withValue(lang) {
                reloadAll()  // the rows hold texts (states, codes) drawn in the old language
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
