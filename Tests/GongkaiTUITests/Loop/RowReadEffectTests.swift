import Foundation
import Testing
@testable import GongkaiCore
@testable import GongkaiStore
@testable import GongkaiTUI

/// 读行副作用 — a key that brings rows into view does not read them: the update moves the
/// selection and hands the loop `Effect.loadRows`, and the loop reads the rows before the frame
/// (only those that came into view). A test that drives `update` sees the request and no read.
@Suite("读行副作用 Rows are read by the loop, not by the key")
struct RowReadEffectTests {
    init() { requireUTF8Locale() }

    /// A county workspace with more rows than a screen in every list, and an app model over it
    /// whose pane reads are recorded.
    private func model(width: Int = 120, height: Int = 40) throws -> (AppModel, RecordingSource, ServiceDataSource) {
        let ws = try seededWorkspace(demo: false)
        let service = GongkaiService(workspace: ws, actor: Actor(login: "li.ming", origin: "test"), today: { pinnedToday })
        _ = try service.generateDemo(DemoGenerationRequest(documents: 120, applications: 200, fromYear: 2025,
                                                           toYear: 2026, seed: 7))
        let source = RecordingSource(ServiceDataSource(service: service))
        source.keyset = true
        return (AppModel(width: width, height: height, data: source, workspaceDisplay: "~"), source,
                ServiceDataSource(service: service))
    }

    @Test func jPastTheBottomAsksTheLoopToReadAndReadsNothingItself() throws {
        let (m, source, fresh) = try model()
        for (key, pane) in [("2", PaneKind.documents), ("4", .applications)] {
            #expect(m.update(.key(.char(Character(key)))).isEmpty, "\(pane): focusing a pane on screen reads nothing")
            let height = m.state.lists[pane]!.window.count
            #expect(height > 0 && m.state.lists[pane]!.count > height, "\(pane): more rows than the screen")
            for _ in 0..<(height - 1) {
                #expect(m.update(.key(.char("j"))).isEmpty, "\(pane): a move within the screen reads nothing")
            }
            source.reads.removeAll()
            source.besideReads.removeAll()
            let before = m.state.lists[pane]!
            let effects = m.update(.key(.char("j")))
            #expect(effects == [.loadRows(.pane(pane))], "\(pane)")
            #expect(source.reads.isEmpty && source.besideReads.isEmpty, "\(pane): the update read rows")
            let moved = m.state.lists[pane]!
            #expect(moved.selected == before.selected + 1 && moved.scroll == before.scroll + 1)
            #expect(moved.window == before.window, "\(pane): the rows stay as read until the loop reads")

            // The loop performs it: one row, beside the last one on screen.
            #expect(Effect.performWithoutTerminal(effects, model: m).isEmpty)
            #expect(source.besideReads.count == 1 && source.besideReads.first?.limit == 1, "\(pane)")
            let read = m.state.lists[pane]!
            _ = try fresh.count(for: pane)
            #expect(read.window == (try fresh.rows(for: pane, offset: read.windowOffset, limit: height)), "\(pane)")
            // Asked once: handed over again it reads nothing more.
            #expect(m.takeEffects().isEmpty)
        }
    }

    /// However often an input moves a list before the loop reads, the rows are read once, for
    /// where the list ended up: a wheel turn moves three rows and reads the three new ones.
    @Test func severalMovesInOneInputAreOneRead() throws {
        let (m, source, fresh) = try model()
        m.handle(.char("4"))
        let height = m.state.lists[.applications]!.window.count
        for _ in 0..<(height - 1) { m.handle(.char("j")) }
        source.reads.removeAll()
        source.besideReads.removeAll()
        let rect = try #require(m.state.layout.panes.first { $0.0 == .applications }?.1)
        let effects = m.update(.mouse(MouseEvent(.wheelDown, x: rect.x + 2, y: rect.y + 3)))
        #expect(effects == [.loadRows(.pane(.applications))])
        #expect(source.reads.isEmpty && source.besideReads.isEmpty)
        _ = Effect.performWithoutTerminal(effects, model: m)
        #expect(source.besideReads.count == 1 && source.besideReads.first?.limit == MouseEvent.wheelRows)
        let list = m.state.lists[.applications]!
        #expect(list.selected == height - 1 + MouseEvent.wheelRows)
        #expect(list.window == (try fresh.rows(for: .applications, offset: list.windowOffset, limit: height)))
    }

    /// A command that acts on the selected row right after moving to it in the same input reads
    /// that row first (`selectedRow`): `:history` after a jump names the row jumped to.
    @Test func aCommandOnTheSelectedRowAfterAJumpReadsItFirst() throws {
        let (_, _, fresh) = try model()
        let m = AppModel(width: 120, height: 40, data: fresh, workspaceDisplay: "~")   // the history needs the whole source
        m.handle(.char("4"))
        _ = m.update(.key(.char("G")))      // not performed: the rows at the bottom are not read
        #expect(!m.rowsToRead.isEmpty)
        m.execute(CommandLine(name: "history"))
        let list = m.state.lists[.applications]!
        let last = try #require(try fresh.rows(for: .applications, offset: list.count - 1, limit: 1).first)
        #expect(m.state.history?.itemId == last.id)
        #expect(m.rowsToRead.isEmpty)
    }

    /// The inbox: `j` past the bottom of the screen asks for the item; the loop reads it.
    @Test func theInboxAsksTheLoopForTheItemComingIntoView() throws {
        let (_, _, fresh) = try model()
        let m = AppModel(width: 80, height: 24, data: fresh, workspaceDisplay: "~")   // the inbox needs the whole source
        m.handle(.char("i"))
        let inbox = try #require(m.state.inbox)
        let h = m.inboxBodyHeight
        #expect(inbox.count > h + 1, "more items than the screen")
        // The screen's items and one either side are read on opening: the keys down to the last of
        // them read nothing; the next one asks for the item it brings into view.
        var effects: [Effect] = []
        for _ in 0..<(h + 2) where effects.isEmpty {
            #expect(m.state.inbox!.current != nil)
            effects = m.update(.key(.char("j")))
        }
        #expect(effects == [.loadRows(.inbox)])
        #expect(m.state.inbox!.selected >= h)
        #expect(m.state.inbox!.current == nil, "the item coming into view is not read by the key")
        _ = Effect.performWithoutTerminal(effects, model: m)
        let queue = try fresh.reviewQueue()
        #expect(m.state.inbox!.current?.id == queue[m.state.inbox!.selected].id)
    }

    /// Through the loop (fake terminal): the frame after `j` past the bottom shows the new row.
    @Test func theLoopReadsTheRowsBeforeTheFrame() throws {
        let s = try LoopSession(width: 120, height: 16)
        s.keys(.char("4"))
        let list = s.model.state.lists[.applications]!
        #expect(list.count > list.window.count)
        for _ in 0..<list.window.count { s.keys(.char("j")) }
        let now = s.model.state.lists[.applications]!
        let selected = try #require(now.row(at: now.selected))
        #expect(s.model.rowsToRead.isEmpty)
        #expect(s.screenContains(selected.id), "the row moved to is drawn:\n\(s.text)")
    }
}
