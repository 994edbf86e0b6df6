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

enum HistoryController {
    static let commands: [CommandSpec] = [
        CommandSpec(name: "history", aliases: ["修改记录"], summary: TUIText.Commands.history, takesArgument: false),
    ]

    static let bindings: [Keymap.Binding] = [Keymap.Binding(key: .char("H"), command: "history")]

    static func execute(_ command: CommandLine, model: AppModel) -> Bool {
        guard command.name == "history" else { return false }
        let list = model.state.lists[model.state.focus]!
        // In the inbox (and its reader) the item is the inbox's current one, not the pane's row.
        let inboxItem = model.state.inbox.map { $0.current?.id ?? "" }
        guard let id = command.argument ?? inboxItem ?? list.row(at: list.selected)?.id, !id.isEmpty else {
            model.error(TUIText.Review.noneSelected.text())
            return true
        }
        guard let source = model.data as? HistoryDataSource else { return true }
        do {
            var lines = try source.history(of: id).flatMap(\.lines)
            if lines.isEmpty { lines = [TUIText.Review.noHistory.text()] }
            model.state.history = HistoryState(itemId: id, lines: lines)
        } catch {
            model.error("\(error)")
        }
        return true
    }

    static func handle(_ key: Key, model: AppModel) -> Bool {
        guard var history = model.state.history else { return false }
        switch key {
        case .escape, .char("q"), .char("H"), .enter: model.state.history = nil; return true
        case .char("j"), .down: history.scroll += 1
        case .char("k"), .up: history.scroll -= 1
        case .char("G"), .end: history.scroll = history.lines.count
        case .char("g"), .home: history.scroll = 0
        default: return true
        }
        history.scroll = max(0, min(history.scroll, max(0, history.lines.count - 1)))
        model.state.history = history
        return true
    }

    static func draw(_ grid: inout CellGrid, state: AppState) {
        guard let history = state.history else { return }
        AppView.drawBox(&grid, title: TUIText.Review.historyTitle.text(["\(history.itemId)"]), lines: history.lines, scroll: history.scroll,
                        footer: TUIText.Review.historyFooter.text())
    }
}
