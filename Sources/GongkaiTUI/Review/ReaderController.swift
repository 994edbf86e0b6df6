import GongkaiCore
import GongkaiStore

/// 审阅器的按键与命令 — Enter in the inbox opens the selected item itself, full screen
/// (`ReaderState`); inside, the inbox's decisions act on it (a 签发, r 退回, s 暂缓, u 撤销) and
/// the reader moves on to the next item by itself after a decision; n/p (and j/k past the ends of
/// the text) go to the next or previous item without leaving; o goes to the item in its own view;
/// H shows its history; q/Esc returns to the inbox on the same item.
enum ReaderController: WorkstationView {
    static let id = ViewID.reader

    static let commands: [CommandSpec] = [
        CommandSpec(name: "reader-open", aliases: ["阅读"], summary: TUIText.Reader.cmdOpen, takesArgument: false),
        CommandSpec(name: "reader-next", aliases: ["下一件"], summary: TUIText.Reader.cmdNext, takesArgument: false),
        CommandSpec(name: "reader-prev", aliases: ["上一件"], summary: TUIText.Reader.cmdPrev, takesArgument: false),
        CommandSpec(name: "reader-close", aliases: ["返回待办"], summary: TUIText.Reader.cmdClose, takesArgument: false),
        CommandSpec(name: "reader-goto", aliases: ["所在视图"], summary: TUIText.Reader.cmdGoto, takesArgument: false),
        CommandSpec(name: "review-approve", aliases: ["签发"], summary: TUIText.Reader.cmdApprove, takesArgument: false),
        CommandSpec(name: "review-return", aliases: ["退回"], summary: TUIText.Reader.cmdReturn, takesArgument: false),
        CommandSpec(name: "review-snooze", aliases: ["暂缓"], summary: TUIText.Reader.cmdSnooze, takesArgument: false),
        CommandSpec(name: "review-undo", aliases: ["撤销审核"], summary: TUIText.Reader.cmdUndo, takesArgument: false),
    ]

    /// The reader's keys, scoped to `reader` (the motions j/k C-d C-u g G are the global
    /// `move-down` … commands, with the officer's own motion bindings).
    static var bindings: [Keymap.Binding] {
        Keymap.scoped(.reader, [("n", "reader-next"), ("p", "reader-prev"), ("a", "review-approve"), ("r", "review-return"),
                                ("s", "review-snooze"), ("u", "review-undo"), ("o", "reader-goto"),
                                ("q", "reader-close"), ("Esc", "reader-close")])
    }

    /// Open while the inbox shows an item in it and asks nothing (the inbox's prompt takes the keys).
    static func isOpen(_ state: AppState) -> Bool { state.inbox?.reader != nil && state.inbox?.prompt == nil }
    static var commandsOnlyWhileOpen: Bool { true }

    /// H shows the item's history over the reader.
    static func passes(_ command: String, state: AppState) -> Bool {
        ViewStack.modalPasses.contains(command) || command == "history"
    }

    static func scrollsWithWheel(_ state: AppState) -> Bool { true }

    static func close(model: AppModel) { model.state.inbox?.reader = nil }

    /// Kinds read in the reader; the others open their own view on Enter (report, register, catalog).
    static func isReadable(_ kind: ReviewKind) -> Bool {
        switch kind {
        case .staleColumn, .annualReportDue, .decisionConsultation: return false
        default: return true
        }
    }

    // MARK: Keys

    static func perform(_ command: CommandLine, model: AppModel) -> Bool {
        if let motion = ViewMotion(command: command.name) {
            scroll(motion, model: model)
            return true
        }
        return execute(command, model: model)
    }

    /// `:reader-open` … typed anywhere.
    static func open(_ command: CommandLine, model: AppModel) -> Bool { execute(command, model: model) }

    static func execute(_ command: CommandLine, model: AppModel) -> Bool {
        guard commands.contains(where: { $0.name == command.name }) else { return false }
        if command.name == "reader-open" {
            guard model.inboxCurrent() != nil else {
                model.error(TUIText.Review.noneSelected.text())
                return true
            }
            if let item = model.inboxCurrent(), !isReadable(item.kind) {
                InboxController.open(model: model)
            } else {
                load(model: model)
            }
            return true
        }
        guard model.state.inbox?.reader != nil else {
            model.error(TUIText.Reader.notOpen.text([KeyHints.key("reader-open", in: [.inbox], keymap: model.keymap)]))
            return true
        }
        switch command.name {
        case "reader-next": move(by: 1, model: model)
        case "reader-prev": move(by: -1, model: model)
        case "reader-close": close(model: model)
        case "reader-goto": InboxController.open(model: model)
        case "review-approve": InboxController.approve(model: model)
        case "review-return": InboxController.askReturnComment(model: model)
        case "review-snooze": InboxController.askSnooze(model: model)
        case "review-undo": InboxController.undo(model: model)
        default: return false
        }
        return true
    }

    // MARK: Moving

    static func scroll(_ motion: ViewMotion, model: AppModel) {
        guard let reader = model.state.inbox?.reader else { return }
        let last = ReaderView.maxScroll(reader, state: model.state)
        // j/k past the ends of the text go on to the next or previous item.
        if motion == .down, reader.scroll >= last { return move(by: 1, model: model) }
        if motion == .up, reader.scroll <= 0 { return move(by: -1, model: model) }
        let page = max(1, ReaderView.bodyHeight(model.state) / 2)
        model.state.inbox?.reader?.scroll = motion.apply(to: min(reader.scroll, last), page: page, last: last)
    }

    /// To the item `delta` places away in the inbox, without leaving the reader.
    static func move(by delta: Int, model: AppModel) {
        guard let inbox = model.state.inbox else { return }
        let target = inbox.selected + delta
        guard (0..<inbox.count).contains(target) else {
            model.state.message = StatusMessage(text: (delta > 0 ? TUIText.Reader.lastItem : TUIText.Reader.firstItem).text(),
                                                isError: false)
            return
        }
        model.state.inbox?.selected = target
        model.scrollInbox()
        load(model: model)
    }

    /// Reads the inbox's current item into the reader (from its top).
    static func load(model: AppModel) {
        guard let item = model.inboxCurrent() else { return }
        // The item's text is read by the loop (`Effect.loadView(.reader)`, `reload`), not by the key.
        model.state.inbox?.reader = ReaderState(item: item, lines: [])
        model.request(.loadView(.reader))
    }

    /// Reads the open reader's item (its document, interpretation or request) into it.
    static func reload(model: AppModel) {
        guard let reader = model.state.inbox?.reader else { return }
        model.state.inbox?.reader?.lines = read(reader.item, model: model)
    }

    static func read(_ item: ReviewItem, model: AppModel) -> [ReaderLine] {
        do {
            return try ReaderContent.lines(for: item, data: model.data, keymap: model.keymap)
        } catch {
            return ReaderContent.summary(item, keymap: model.keymap) + [ReaderLine(.warning, TUIText.Reader.readFailed.text(["\(error)"]))]
        }
    }

    /// After the inbox was read again (a decision, an undo, another session's change): the
    /// reader follows the inbox's current item — the next one when the item read was decided —
    /// and closes when nothing is left; the same item is read again where the officer was.
    static func follow(model: AppModel) {
        model.readInboxRowsIfAsked()
        guard let inbox = model.state.inbox, let reader = inbox.reader else { return }
        guard let current = inbox.current else {
            model.state.inbox?.reader = nil
            model.state.message = StatusMessage(text: TUIText.Reader.allDone.text(), isError: false)
            return
        }
        if InboxState.key(current) != InboxState.key(reader.item) { return load(model: model) }
        var same = ReaderState(item: current, lines: read(current, model: model))
        same.scroll = reader.scroll
        model.state.inbox?.reader = same
    }
}
