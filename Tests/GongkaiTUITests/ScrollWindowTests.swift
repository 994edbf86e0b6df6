import Foundation
import Testing
@testable import GongkaiCore
@testable import GongkaiStore
@testable import GongkaiTUI

/// Forwards to the service data source and records every window read.
private final class RecordingSource: PaneDataSource {
    let inner: ServiceDataSource
    var reads: [(pane: PaneKind, offset: Int, limit: Int)] = []
    init(_ inner: ServiceDataSource) { self.inner = inner }
    func columns(for pane: PaneKind) -> [PaneColumn] { inner.columns(for: pane) }
    func count(for pane: PaneKind) throws -> Int { try inner.count(for: pane) }
    func rows(for pane: PaneKind, offset: Int, limit: Int) throws -> [PaneRow] {
        reads.append((pane, offset, limit))
        return try inner.rows(for: pane, offset: offset, limit: limit)
    }
    func index(of id: String, in pane: PaneKind) throws -> Int? { try inner.index(of: id, in: pane) }
    func emptyHint(for pane: PaneKind) -> String { inner.emptyHint(for: pane) }
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
        let ws = try Workspace.inMemory()
        let service = GongkaiService(workspace: ws, actor: Actor(login: "li.ming", origin: "test"), today: { pinnedToday })
        _ = try service.initialize(demo: false, created: true)
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
