import GongkaiCore

/// 命令行 — the `:` prompt: characters are text, its other keys are bindings.
enum CommandLineView: WorkstationView {
    static let id = ViewID.commandLine
    static var bindings: [Keymap.Binding] {
        Keymap.scoped(.commandLine, [("Esc", "cancel"), ("C-c", "cancel"), ("C-g", "cancel"), ("Enter", "submit"),
                                     ("Tab", "complete"), ("S-Tab", "complete-prev"),
                                     ("Up", "recall-prev"), ("Down", "recall-next"),
                                     ("BSpace", "erase-back"), ("C-h", "erase-back")])
    }
    static var commands: [CommandSpec] {
        [CommandSpec(name: "complete", aliases: [], summary: TUIText.ViewCommands.complete, takesArgument: false),
         CommandSpec(name: "complete-prev", aliases: [], summary: TUIText.Completion.previous, takesArgument: false),
         CommandSpec(name: "recall-prev", aliases: [], summary: TUIText.ViewCommands.recallPrev, takesArgument: false),
         CommandSpec(name: "recall-next", aliases: [], summary: TUIText.ViewCommands.recallNext, takesArgument: false)]
    }
    static func isOpen(_ state: AppState) -> Bool { state.commandLine != nil }
    static func takesText(_ state: AppState) -> Bool { true }
    static func passes(_ command: String, state: AppState) -> Bool { false }

    static func perform(_ command: CommandLine, model: AppModel) -> Bool {
        guard var line = model.state.commandLine else { return false }
        switch command.name {
        case "cancel":
            close(model: model)
        case "submit":
            model.state.commandLine = nil
            let text = line.text.trimmingCharacters(in: .whitespaces)
            guard let typed = CommandLine(parsing: text) else { return true }
            if model.state.commandHistory.last != text { model.state.commandHistory.append(text) }
            model.run(typed)
        case "erase-back":
            guard !line.text.isEmpty else {        // like vim: Backspace on an empty line leaves
                close(model: model)
                return true
            }
            LineEditing.eraseBack(text: &line.text, caret: &line.caret)
            line.pick = nil                            // typing starts a new list from the line
            model.state.commandLine = line
        case "complete", "complete-prev":
            CommandCompletion.step(&line, forward: command.name == "complete", state: model.state)
            model.state.commandLine = line
        case "recall-prev", "recall-next":
            let history = model.state.commandHistory
            guard !history.isEmpty else { return true }
            var idx = line.historyIndex ?? history.count
            idx += command.name == "recall-prev" ? -1 : 1
            idx = max(0, min(history.count, idx))
            line.historyIndex = idx
            line.text = idx == history.count ? "" : history[idx]
            line.caret = line.text.count
            line.pick = nil
            model.state.commandLine = line
        default:
            return false
        }
        return true
    }

    static func take(_ key: Key, model: AppModel) {
        guard var line = model.state.commandLine else { return }
        let before = line.text
        _ = LineEditing.apply(key, text: &line.text, caret: &line.caret)
        if line.text != before { line.pick = nil }   // typing starts a new list from the line
        model.state.commandLine = line
    }

    static func close(model: AppModel) { model.state.commandLine = nil }

    static func draw(_ grid: inout CellGrid, state: AppState, keymap: Keymap) -> (x: Int, y: Int)? {
        guard let line = state.commandLine else { return nil }
        let row = state.layout.messageRow
        CommandCompletion.draw(&grid, line: line, row: row, keymap: keymap, state: state)
        grid.fill(x: 0, y: row, count: grid.width, style: .normal)
        // Scroll horizontally so the caret stays visible on a long line.
        let before = String(line.text.prefix(line.caret))
        let caretX = 1 + TextWidth.of(before)
        let shift = max(0, caretX - (grid.width - 2))
        grid.put(":", x: 0, y: row)
        var visible = line.text
        var dropped = 0
        while dropped < shift, let c = visible.first {
            dropped += TextWidth.of(c)
            visible.removeFirst()
        }
        grid.put(visible, x: 1, y: row, maxWidth: grid.width - 1)
        return (min(grid.width - 1, caretX - dropped), row)
    }
}
