import GongkaiCore

/// 帮助 — the `?` overlay: the keys of the view that was open first, then the global keys, the
/// other views' keys, the commands and the editor keys. It scrolls with the motion commands
/// (j k, C-d C-u, PgDn PgUp, g G) and searches with `/` (n: the next match).
enum HelpView: WorkstationView {
    static let id = ViewID.help
    static var bindings: [Keymap.Binding] {
        Keymap.scoped(.help, [("Esc", "close"), ("q", "close"), ("?", "close"), ("F1", "close"), ("Enter", "close"),
                              ("/", "help-search"), ("n", "help-search-next")])
            + Keymap.scoped(.helpSearch, [("Esc", "cancel"), ("C-g", "cancel"), ("C-c", "cancel"), ("Enter", "submit"),
                                          ("BSpace", "erase-back"), ("C-h", "erase-back")])
    }
    static var commands: [CommandSpec] {
        [CommandSpec(name: "help-search", aliases: ["帮助查找"], summary: TUIText.ViewCommands.helpSearch, takesArgument: true),
         CommandSpec(name: "help-search-next", aliases: [], summary: TUIText.ViewCommands.helpSearchNext, takesArgument: false)]
    }
    static func isOpen(_ state: AppState) -> Bool { state.helpVisible }
    static func scopes(_ state: AppState) -> [ViewID] { state.helpPrompt != nil ? [.helpSearch] : [.help] }
    static func takesText(_ state: AppState) -> Bool { state.helpPrompt != nil }
    static func passes(_ command: String, state: AppState) -> Bool { false }
    static func scrollsWithWheel(_ state: AppState) -> Bool { state.helpPrompt == nil }

    /// The lines the overlay shows now.
    static func lines(_ state: AppState, keymap: Keymap) -> [String] {
        KeyReference.lines(keymap: keymap, first: state.helpScopes)
    }

    static func perform(_ command: CommandLine, model: AppModel) -> Bool {
        if var prompt = model.state.helpPrompt {
            switch command.name {
            case "cancel": model.state.helpPrompt = nil
            case "erase-back":
                guard !prompt.text.isEmpty else { model.state.helpPrompt = nil; return true }
                LineEditing.eraseBack(text: &prompt.text, caret: &prompt.caret)
                model.state.helpPrompt = prompt
            case "submit":
                model.state.helpPrompt = nil
                prompt.text = prompt.text.trimmingCharacters(in: .whitespaces)
                if !prompt.text.isEmpty { search(prompt.text, model: model) }
            default: return false
            }
            return true
        }
        let count = lines(model.state, keymap: model.keymap).count
        let page = max(1, (model.state.height - 6) / 2)
        var scroll = model.state.helpScroll
        switch command.name {
        case "close": close(model: model); return true
        case "help-search":
            if let query = command.argument, !query.isEmpty {
                search(query, model: model)
            } else {
                model.state.helpPrompt = CommandLineState()
            }
            return true
        case "help-search-next":
            guard let query = model.state.helpQuery else {
                model.error(TUIText.Help.noSearch.text([KeyHints.key("help-search", in: [.help], keymap: model.keymap, global: false)]))
                return true
            }
            search(query, model: model)
            return true
        case "move-down": scroll += 1
        case "move-up": scroll -= 1
        case "page-down": scroll += page
        case "page-up": scroll -= page
        case "top": scroll = 0
        case "bottom": scroll = count
        default: return false
        }
        model.state.helpScroll = max(0, min(scroll, max(0, count - 1)))
        return true
    }

    /// Scrolls to the next line (after the first one shown, round the end) containing `query`.
    static func search(_ query: String, model: AppModel) {
        model.state.helpQuery = query
        let all = lines(model.state, keymap: model.keymap)
        let start = model.state.helpScroll + 1
        let order = Array(all.indices[min(start, all.count)...]) + Array(all.indices[..<min(start, all.count)])
        guard let hit = order.first(where: { all[$0].localizedCaseInsensitiveContains(query) }) else {
            return model.error(TUIText.Help.noMatch.text([query]))
        }
        model.state.helpScroll = hit
        model.state.message = StatusMessage(text: TUIText.Help.match.text([query, "\(hit + 1)",
                                                                          KeyHints.key("help-search-next", in: [.help], keymap: model.keymap, global: false)]), isError: false)
    }

    static func take(_ key: Key, model: AppModel) {
        guard var prompt = model.state.helpPrompt else { return }
        _ = LineEditing.apply(key, text: &prompt.text, caret: &prompt.caret)
        model.state.helpPrompt = prompt
    }

    static func close(model: AppModel) {
        model.state.helpVisible = false
        model.state.helpPrompt = nil
    }

    static func draw(_ grid: inout CellGrid, state: AppState, keymap: Keymap) -> (x: Int, y: Int)? {
        AppView.drawBox(&grid, title: TUIText.Help.title.text(), lines: lines(state, keymap: keymap), scroll: state.helpScroll,
                        footer: TUIText.Help.footer.text([KeyHints.key("help-search", in: [.help], keymap: keymap, global: false),
                                                          KeyHints.alternatives("close", in: [.help], keymap: keymap, global: false)]),
                        keymap: keymap, scope: .help)
        guard let prompt = state.helpPrompt else { return nil }
        let row = state.layout.messageRow
        grid.fill(x: 0, y: row, count: grid.width, style: .normal)
        grid.put("/", x: 0, y: row)
        grid.put(prompt.text, x: 1, y: row, maxWidth: grid.width - 1)
        return (min(grid.width - 1, 1 + TextWidth.of(String(prompt.text.prefix(prompt.caret)))), row)
    }
}
