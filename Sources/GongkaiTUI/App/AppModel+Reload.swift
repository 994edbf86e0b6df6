import Foundation
import GongkaiCore
import GongkaiStore

/// 刷新片 — one piece of re-reading what the screen shows: a pane's count and visible window, the
/// status bar's figures, an open view of the stack (its `reload`). `reloadAll` runs every piece in this order; after another
/// session's change the loop runs only the pieces of the areas that changed, one per pass and only
/// while no key is waiting (`WorkstationLoop`), so a keystroke never waits behind a reload.
enum ReloadSlice: Int, CaseIterable, Comparable, Sendable {
    case editor, inbox, report, register, statistics, overview, catalogTree, interpretationStats
    case catalogPane, documentsPane, interpretationsPane, applicationsPane

    static func < (a: ReloadSlice, b: ReloadSlice) -> Bool { a.rawValue < b.rawValue }

    /// The pieces that show something of `area`. The store moves an area's counter whenever what
    /// it shows may have changed (a new request moves `.applications` and `.inbox`; a document
    /// `.documents`, `.interpretations` and `.inbox`).
    static func showing(_ area: ChangeArea) -> Set<ReloadSlice> {
        switch area {
        case .documents: return [.editor, .overview, .statistics, .documentsPane]
        case .applications: return [.overview, .report, .statistics, .applicationsPane]
        case .interpretations: return [.statistics, .interpretationStats, .interpretationsPane]
        case .catalog: return [.catalogTree, .catalogPane, .documentsPane, .statistics]
        case .registers: return [.register]
        case .inbox: return [.inbox, .overview]
        case .reports: return [.report, .statistics]
        case .workspace: return Set(allCases)
        }
    }

    /// The pieces to run, in order, when `areas` changed.
    static func showing(_ areas: Set<ChangeArea>) -> [ReloadSlice] {
        areas.reduce(into: Set<ReloadSlice>()) { $0.formUnion(showing($1)) }.sorted()
    }
}

extension AppModel {
    /// Re-reads counts and the visible windows of every pane and every open view (start, Ctrl-L,
    /// after the session's own changes).
    public func reloadAll() {
        fromOutside {
            pendingReloads = []
            for slice in ReloadSlice.allCases { reload(slice) }
        }
    }

    /// Another session changed `areas`: queues the pieces that show them (the loop runs them).
    public func queueReload(of areas: Set<ChangeArea>) {
        let queued = Set(pendingReloads)
        pendingReloads = Set(ReloadSlice.showing(areas)).union(queued).sorted()
    }

    /// Whether pieces wait to be re-read.
    public var hasPendingReload: Bool { !pendingReloads.isEmpty }

    /// Runs the next queued piece; returns whether the queue is now empty (time to draw).
    @discardableResult
    public func reloadNextSlice() -> Bool {
        guard !pendingReloads.isEmpty else { return true }
        fromOutside { reload(pendingReloads.removeFirst()) }
        return pendingReloads.isEmpty
    }

    func reload(_ slice: ReloadSlice) {
        switch slice {
        case .editor: reloadIfOpen(DocumentEditorView.self)
        case .inbox:
            if let review = reviewSource {
                state.today = review.today
                reloadIfOpen(InboxController.self)
            }
        case .report: reloadIfOpen(ReportController.self)
        case .register: reloadIfOpen(RegisterController.self)
        case .statistics: reloadIfOpen(StatisticsController.self)
        case .overview:
            do {
                state.overview = try data.overview()
                // The overview's 待办 is the inbox's length, counted once.
                if reviewSource != nil, state.inbox == nil { state.inboxCount = state.overview?.pending }
            } catch {
                state.message = StatusMessage(text: TUIText.App.workspaceReadFailed.text(["\(error)"]), isError: true)
            }
        case .catalogTree: reloadCatalog()
        case .interpretationStats: InterpretationsController.reloadStats(model: self)
        case .catalogPane: reloadPane(.catalog)
        case .documentsPane: reloadPane(.documents)
        case .interpretationsPane: reloadPane(.interpretations)
        case .applicationsPane: reloadPane(.applications)
        }
    }

    /// Counts the pane again and re-reads its visible window, keeping the cursor on the same item
    /// when rows were added or removed above it.
    func reloadPane(_ pane: PaneKind) {
        let selectedId = selectedRow(in: pane)?.id
        var list = state.lists[pane]!
        do {
            list.count = try paneCount(pane)
            list.error = nil
        } catch {
            list.count = 0
            list.error = "\(error)"
        }
        if let selectedId, let index = try? paneIndex(of: selectedId, in: pane) {
            list.selected = index
        }
        list.selected = min(list.selected, max(0, list.count - 1))
        state.lists[pane] = list
        ensureVisible(pane, forceReload: true)
    }
}
