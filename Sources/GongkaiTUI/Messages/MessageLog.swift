import GongkaiCore

/// 本次会话的消息 — every message the message line showed this session, oldest first (at most
/// `MessageLog.limit`), and the `:messages` view of them when open.
public struct MessageLogState: Equatable, Sendable {
    public var entries: [StatusMessage] = []
    /// The `:messages` box is open.
    public var open = false
    public var scroll = 0

    mutating func record(_ message: StatusMessage) {
        entries.append(message)
        if entries.count > MessageLog.limit { entries.removeFirst(entries.count - MessageLog.limit) }
    }
}

/// 消息 — a message longer than the message line wraps upwards over the status bar (at most
/// `maxLines` lines; a longer one ends with a pointer to `:messages`), and `:messages` (消息) opens a
/// box with this session's messages, newest at the bottom: `j`/`k` scroll, `Esc`/`q` close.
enum MessageLog: WorkstationView {
    static let id = ViewID.messages
    static let limit = 200
    /// Lines a message may take at the bottom of the screen.
    static let maxLines = 3

    static let commands: [CommandSpec] = [
        CommandSpec(name: "messages", aliases: [TUIText.Messages.alias.zh], summary: TUIText.Messages.cmd, takesArgument: false),
    ]

    /// The keys of the open box, scoped to `messages` (j/k, g/G … are the global motions); every
    /// other key is swallowed while it is open.
    static var bindings: [Keymap.Binding] {
        Keymap.scoped(.messages, [("Esc", "close"), ("q", "close"), ("Enter", "close")])
    }

    static func isOpen(_ state: AppState) -> Bool { state.messageLog.open }
    static func scrollsWithWheel(_ state: AppState) -> Bool { true }
    static func close(model: AppModel) { model.state.messageLog.open = false }

    static func open(_ command: CommandLine, model: AppModel) -> Bool {
        guard command.name == "messages" else { return false }
        let count = lines(model.state, width: boxWidth(model.state)).count
        model.state.messageLog.open = true
        model.state.messageLog.scroll = max(0, count - bodyHeight(model.state))
        return true
    }

    static func perform(_ command: CommandLine, model: AppModel) -> Bool {
        guard model.state.messageLog.open else { return false }
        if command.name == "close" {
            close(model: model)
            return true
        }
        guard let motion = ViewMotion(command: command.name) else { return false }
        let count = lines(model.state, width: boxWidth(model.state)).count
        let last = max(0, count - bodyHeight(model.state))
        model.state.messageLog.scroll = motion.apply(to: model.state.messageLog.scroll, page: max(1, bodyHeight(model.state) / 2), last: last)
        return true
    }

    static func draw(_ grid: inout CellGrid, state: AppState, keymap: Keymap) -> (x: Int, y: Int)? {
        drawBox(&grid, state: state, keymap: keymap)
        return nil
    }

    // MARK: Drawing

    static func boxWidth(_ state: AppState) -> Int { min(state.width - 2, 96) - 4 }

    static func bodyHeight(_ state: AppState) -> Int { max(1, min(state.height - 2, 1000) - 4) }

    /// The log as lines of the box: each message wrapped, an error marked.
    static func lines(_ state: AppState, width: Int) -> [String] {
        if state.messageLog.entries.isEmpty { return [TUIText.Messages.none.text()] }
        return state.messageLog.entries.flatMap { m -> [String] in
            let text = m.isError ? TUIText.Messages.errorMark.text() + m.text : m.text
            return ApplicationsOverlay.wrapWords(text, width: max(10, width))
        }
    }

    static func drawBox(_ grid: inout CellGrid, state: AppState, keymap: Keymap) {
        guard state.messageLog.open, state.layout.mode != .tooSmall else { return }
        AppView.drawBox(&grid, title: TUIText.Messages.title.text(["\(state.messageLog.entries.count)"]),
                        lines: lines(state, width: boxWidth(state)), scroll: state.messageLog.scroll,
                        footer: TUIText.Messages.footer.text(KeyHints.keys(["close"], in: [.messages], keymap: keymap)),
                        keymap: keymap, scope: .messages)
    }

    /// The message's lines at the bottom: one when it fits, else wrapped to at most `maxLines`
    /// (the last cut with a pointer to `:messages`).
    static func messageLines(_ text: String, width: Int) -> [String] {
        guard TextWidth.of(text) > width else { return [text] }
        var lines = ApplicationsOverlay.wrapWords(text, width: width)
        if lines.count > maxLines {
            lines = Array(lines.prefix(maxLines))
            let more = TUIText.Messages.more.text()
            lines[maxLines - 1] = TextWidth.truncate(lines[maxLines - 1], to: max(1, width - TextWidth.of(more))) + more
        }
        return lines
    }

    /// The message line as drawn with a message too long for it (nil otherwise): if a prompt
    /// takes the line later in the frame, the message gives way to it as a short one does.
    static func bottomLineBeforeOverlays(_ grid: CellGrid, state: AppState, row: Int) -> String? {
        guard let m = state.message, state.commandLine == nil, !state.confirmingQuit, state.layout.mode != .tooSmall,
              TextWidth.of(m.text) > grid.width else { return nil }
        return grid.line(row)
    }

    /// Draws a message that does not fit on its line: its lines end on the message line and
    /// cover the rows above (the status bar first). Called after the overlays, so nothing hides it.
    static func drawLongMessage(_ grid: inout CellGrid, state: AppState, row: Int, before: String?) {
        guard let before, let m = state.message, grid.line(row) == before else { return }
        let lines = messageLines(m.text, width: grid.width)
        guard lines.count > 1 else { return }
        let style: StyleRole = m.isError ? .error : .message
        for (i, line) in lines.enumerated() {
            let y = row - (lines.count - 1) + i
            grid.fill(x: 0, y: y, count: grid.width, style: .normal)
            grid.put(line, x: 0, y: y, maxWidth: grid.width, style: style)
        }
    }
}
