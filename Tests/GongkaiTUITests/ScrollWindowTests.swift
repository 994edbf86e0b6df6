import Foundation
import Testing
@testable import GongkaiCore
@testable import GongkaiStore
@testable import GongkaiTUI

/// Forwards to the service data source and records every window read.
final class RecordingSource: PaneDataSource {
    let inner: ServiceDataSource
    var reads: [(pane: PaneKind, offset: Int, limit: Int)] = []
    /// Keyset reads (the rows beside a row on screen); off: the source reads only by position.
    var keyset = false
    var besideReads: [(pane: PaneKind, id: String, side: PageSide, limit: Int)] = []
    init(_ inner: ServiceDataSource) { self.inner = inner }
    func rows(for pane: PaneKind, beside id: String, side: PageSide, limit: Int) throws -> [PaneRow]? {
        guard keyset else { return nil }
        besideReads.append((pane, id, side, limit))
        return try inner.rows(for: pane, beside: id, side: side, limit: limit)
    }
    func columns(for pane: PaneKind) -> [PaneColumn] { inner.columns(for: pane) }
    func count(for pane: PaneKind) throws -> Int { try inner.count(for: pane) }
    func rows(for pane: PaneKind, offset: Int, limit: Int) throws -> [PaneRow] {
        reads.append((pane, offset, limit))
        return try inner.rows(for: pane, offset: offset, limit: limit)
    }
    func index(of id: String, in pane: PaneKind) throws -> Int? { try inner.index(of: id, in: pane) }
    func emptyHint(for pane: PaneKind, newKey: String) -> String { inner.emptyHint(for: pane, newKey: newKey) }
    func overview() throws -> WorkspaceOverview { try inner.overview() }
}

/// Scrolling reads only the rows that come into view (issue 10: work in proportion to the change
/// on screen, not to the data).
@Suite("滚动补行 Scrolling reads only new rows")
struct ScrollWindowTests {
    /// wcwidth needs the UTF-8 locale before any width is measured (tests run in parallel).
    init() { requireUTF8Locale() }

    private func model() throws -> (AppModel, RecordingSource, ServiceDataSource) {
        requireUTF8Locale()
        let ws = try seededWorkspace(demo: false)
        let service = GongkaiService(workspace: ws, actor: Actor(login: "li.ming", origin: "test"), today: { pinnedToday })
        _ = try service.generateDemo(DemoGenerationRequest(documents: 200, applications: 400, fromYear: 2025,
                                                           toYear: 2026, seed: 5))
        let source = RecordingSource(ServiceDataSource(service: service))
        let m = AppModel(width: 120, height: 40, data: source, workspaceDisplay: "~")
        return (m, source, ServiceDataSource(service: service))
    }

    @Test func jAtTheBottomReadsOneRowAndShowsWhatAFullReadShows() throws {
        let (m, source, fresh) = try model()
        m.handle(.char("4"))
        let height = m.state.lists[.applications]!.window.count
        for _ in 0..<(height - 1) { m.handle(.char("j")) }
        source.reads.removeAll()
        for _ in 0..<5 { m.handle(.char("j")) }
        #expect(source.reads.count == 5)
        #expect(source.reads.allSatisfy { $0.pane == .applications && $0.limit == 1 })
        let list = m.state.lists[.applications]!
        _ = try fresh.count(for: .applications)
        #expect(list.window == (try fresh.rows(for: .applications, offset: list.windowOffset, limit: height)))
        // And back up: k at the top of the screen reads the one row above.
        for _ in 0..<(height - 1) { m.handle(.char("k")) }
        source.reads.removeAll()
        m.handle(.char("k"))
        #expect(source.reads.count == 1 && source.reads[0].limit == 1)
        let back = m.state.lists[.applications]!
        #expect(back.window == (try fresh.rows(for: .applications, offset: back.windowOffset, limit: height)))
    }

    /// In every list pane, `j` past the bottom reads the one new row from the sort key of the last
    /// row on screen (no position read), `k` past the top the one above the first; the screen
    /// shows what reading it in full shows.
    @Test func jAndKPastTheEdgeReadOneRowBesideTheScreenInEveryPane() throws {
        let (m, source, fresh) = try model()
        source.keyset = true
        for (key, pane) in [("2", PaneKind.documents), ("3", .interpretations), ("4", .applications)] {
            m.handle(.char(Character(key)))
            let height = m.state.lists[pane]!.window.count
            #expect(m.state.lists[pane]!.count > height + 5, "\(pane): more rows than the screen")
            for _ in 0..<(height + 2) { m.handle(.char("j")) }
            source.reads.removeAll()
            source.besideReads.removeAll()
            let last = m.state.lists[pane]!.window.last!.id
            m.handle(.char("j"))
            #expect(source.reads.isEmpty, "\(pane): no read by position")
            #expect(source.besideReads.count == 1 && source.besideReads[0].id == last
                    && source.besideReads[0].side == .after && source.besideReads[0].limit == 1, "\(pane)")
            let list = m.state.lists[pane]!
            _ = try fresh.count(for: pane)
            #expect(list.window == (try fresh.rows(for: pane, offset: list.windowOffset, limit: height)), "\(pane)")
            for _ in 0..<(height - 1) { m.handle(.char("k")) }
            source.besideReads.removeAll()
            let first = m.state.lists[pane]!.window.first!.id
            m.handle(.char("k"))
            #expect(source.reads.isEmpty)
            #expect(source.besideReads.count == 1 && source.besideReads[0].id == first && source.besideReads[0].side == .before)
            let back = m.state.lists[pane]!
            #expect(back.window == (try fresh.rows(for: pane, offset: back.windowOffset, limit: height)), "\(pane)")
        }
    }

    @Test func aJumpStillReadsTheWholeScreen() throws {
        let (m, source, fresh) = try model()
        m.handle(.char("2"))
        source.reads.removeAll()
        m.handle(.char("G"))
        let list = m.state.lists[.documents]!
        #expect(source.reads.count == 1 && source.reads[0].limit == list.window.count)
        _ = try fresh.count(for: .documents)
        #expect(list.window == (try fresh.rows(for: .documents, offset: list.windowOffset, limit: list.window.count)))
        #expect(list.windowOffset + list.window.count == 200)
    }
}
