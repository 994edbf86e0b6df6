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
    func history(of id: String) throws -> [AuditEntry]
}

extension ServiceDataSource: HistoryDataSource {
    public func history(of id: String) throws -> [AuditEntry] {
        try service.auditEntries(AuditQuery(item: id))
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
        guard let id = command.argument ?? list.row(at: list.selected)?.id else {
            model.error(TUIText.Review.noneSelected.text())
            return true
        }
        guard let source = model.data as? HistoryDataSource else { return true }
        do {
            let entries = try source.history(of: id)
            var lines = entries.map(line)
            if lines.isEmpty { lines = [TUIText.Review.noHistory.text()] }
            model.state.history = HistoryState(itemId: id, lines: lines)
        } catch {
            model.error("\(error)")
        }
        return true
    }

    /// `2026-11-29 09:12  wang.cg  document.submit  [tui:key:a]` — times in the server's zone.
    static func line(_ e: AuditEntry) -> String {
        let when = (try? Date(e.at, strategy: .iso8601)).map(localTime) ?? e.at
        let who = e.realActor.map { TUIText.Review.onBehalf.text(["\(e.actor)", "\($0)"]) } ?? e.actor
        var text = "\(when)  \(who)  \(e.actionWords)"
        if let after = e.after, !after.isEmpty, after != "{}" { text += "  " + after }
        return text + "  [\(e.origin)]"
    }

    static func localTime(_ date: Date) -> String {
        var cal = Calendar(identifier: .gregorian)
        cal.timeZone = .current
        let c = cal.dateComponents([.year, .month, .day, .hour, .minute], from: date)
        return String(format: "%04d-%02d-%02d %02d:%02d", c.year!, c.month!, c.day!, c.hour!, c.minute!)
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
