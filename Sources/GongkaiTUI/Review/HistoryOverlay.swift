import Foundation
import GongkaiCore
import GongkaiStore

/// 修改记录 — the audit history of the selected item, one key (`H`) away in every pane.
public struct HistoryState: Equatable, Sendable {
    public var itemId: String
    public var lines: [String]
    public var scroll = 0
}

/// Where the history comes from (the audit log, through the service door and its access rules).
public protocol HistoryDataSource: AnyObject {
    /// The item's audit history told in words (AuditNarrative), newest first.
    func history(of id: String) throws -> [AuditStory]
}

extension ServiceDataSource: HistoryDataSource {
    public func history(of id: String) throws -> [AuditStory] {
        try service.auditStories(AuditQuery(item: id))
    }
}

/// 修改记录视图 — its keys are bindings scoped to `history` (Esc, q, H, Enter close; the global
/// motion keys scroll).
enum HistoryController: WorkstationView {
    static let id = ViewID.history

    static var commands: [CommandSpec] {
        [CommandSpec(name: "history", aliases: ["修改记录"], summary: TUIText.Commands.history, takesArgument: false)]
    }

    static var bindings: [Keymap.Binding] {
        Keymap.scoped(.history, [("Esc", "close"), ("q", "close"), ("H", "close"), ("Enter", "close")])
    }

    static func isOpen(_ state: AppState) -> Bool { state.history != nil }
    static func passes(_ command: String, state: AppState) -> Bool { false }
    static func scrollsWithWheel(_ state: AppState) -> Bool { true }

    static func open(_ command: CommandLine, model: AppModel) -> Bool {
        guard command.name == "history" else { return false }
        // In the inbox (and its reader) the item is the inbox's current one, not the pane's row.
        let inboxItem = model.state.inbox.map { $0.current?.id ?? "" }
        guard let id = command.argument ?? inboxItem ?? model.selectedRow(in: model.state.focus)?.id, !id.isEmpty else {
            model.error(TUIText.Review.noneSelected.text())
            return true
        }
        guard model.data is HistoryDataSource else { return true }
        // The story is read by the loop (`Effect.loadView(.history)`, this view's `reload`).
        model.state.history = HistoryState(itemId: id, lines: [])
        model.request(.loadView(.history))
        return true
    }

    /// Reads the item's story from the audit log; when it cannot be read the overlay closes and
    /// the message line says why.
    static func reload(model: AppModel) {
        guard let history = model.state.history, let source = model.data as? HistoryDataSource else { return }
        do {
            var lines = try source.history(of: history.itemId).flatMap(\.lines)
            if lines.isEmpty { lines = [TUIText.Review.noHistory.text()] }
            model.state.history?.lines = lines
            model.state.history?.scroll = min(history.scroll, max(0, lines.count - 1))
        } catch {
            model.state.history = nil
            model.error("\(error)")
        }
    }

    static func perform(_ command: CommandLine, model: AppModel) -> Bool {
        guard var history = model.state.history else { return false }
        switch command.name {
        case "close": close(model: model); return true
        case "move-down": history.scroll += 1
        case "move-up": history.scroll -= 1
        case "bottom": history.scroll = history.lines.count
        case "top": history.scroll = 0
        default: return false         // passes nothing: the history takes every key while open
        }
        history.scroll = max(0, min(history.scroll, max(0, history.lines.count - 1)))
        model.state.history = history
        return true
    }

    static func close(model: AppModel) { model.state.history = nil }

    static func draw(_ grid: inout CellGrid, state: AppState, keymap: Keymap) -> (x: Int, y: Int)? {
        guard let history = state.history else { return nil }
        AppView.drawBox(&grid, title: TUIText.Review.historyTitle.text(["\(history.itemId)"]), lines: history.lines, scroll: history.scroll,
                        footer: TUIText.Review.historyFooter.text(KeyHints.keys(["close"], in: [.history], keymap: keymap)),
                        keymap: keymap, scope: .history)
        return nil
    }
}
