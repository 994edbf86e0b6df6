import Foundation
import Testing
@testable import GongkaiCore
@testable import GongkaiStore
@testable import GongkaiTUI

/// 只刷新变了的 — another session's commit makes this one re-read only the panes of the areas whose
/// change counters moved, a piece per pass of the loop, and a key typed meanwhile is handled before
/// the rest of the re-reading.
@Suite("事件循环：按区域刷新 Live reload by area")
struct LiveReloadLoopTests {
    /// Another officer's process, on the same workspace file.
    func otherSession(_ s: LoopSession) throws -> GongkaiService {
        let (other, _) = try Workspace.open(at: s.workspacePath)
        return GongkaiService(workspace: other, actor: Actor(login: "li.ming", origin: "test"), today: { pinnedToday })
    }

    func addRequest(_ service: GongkaiService, name: String) throws {
        _ = try service.addApplication(NewApplication(received: pinnedToday, channel: .online, applicantType: .business,
                                                      applicantName: name, content: "申请公开本镇道路工程预算", unit: nil))
    }

    @Test func aNewRequestElsewhereQueuesOnlyWhatShowsRequests() throws {
        let s = try LoopSession(width: 120, height: 40)
        s.keys(.char("4"))
        let before = s.model.state.lists[.applications]!.count
        try addRequest(try otherSession(s), name: "周八")
        s.controls.now += 1
        s.loop.noticeOtherSessions()
        #expect(s.model.pendingReloads == [.inbox, .report, .statistics, .overview, .applicationsPane])
        s.settle()
        #expect(!s.model.hasPendingReload)
        #expect(s.model.state.lists[.applications]!.count == before + 1)
        #expect(s.screenContains("周八"))
    }

    @Test func nothingIsQueuedWhenNothingChangedOrBeforeThePollInterval() throws {
        let s = try LoopSession(width: 120, height: 40)
        s.wait(seconds: 1)
        #expect(!s.model.hasPendingReload)
        try addRequest(try otherSession(s), name: "吴九")
        s.controls.now += 0.2
        s.loop.noticeOtherSessions()
        #expect(!s.model.hasPendingReload, "the workspace is looked at every 0.8 s")
        s.controls.now += 1
        s.loop.noticeOtherSessions()
        #expect(s.model.hasPendingReload)
    }

    /// While colleagues keep committing, the next look waits twenty times as long as the last
    /// re-reading took (at least 0.8 s, at most 4 s), so re-reading takes at most a twentieth of the time.
    @Test func aCostlyReloadSpacesTheNextLook() throws {
        #expect(WorkstationLoop.pollDelay(afterReloadCost: 0.001) == 0.8)
        #expect(abs(WorkstationLoop.pollDelay(afterReloadCost: 0.1) - 2) < 1e-9)
        #expect(WorkstationLoop.pollDelay(afterReloadCost: 3) == 4)
        let s = try LoopSession(width: 120, height: 40)
        s.loop.reloadCost = 0.1
        try addRequest(try otherSession(s), name: "陈十二")
        s.controls.now += 1.5
        s.loop.noticeOtherSessions()
        #expect(!s.model.hasPendingReload, "looked again 1.5 s after a re-reading of 0.1 s")
        s.controls.now += 0.6
        s.loop.noticeOtherSessions()
        #expect(s.model.hasPendingReload)
        // Running the pieces measures them again: the model's clock stands still here, so they cost nothing.
        s.settle()
        #expect(s.loop.reloadCost == 0)
    }

    @Test func aKeyTypedDuringAReloadIsHandledFirst() throws {
        let s = try LoopSession(width: 120, height: 40)
        s.keys(.char("4"))
        let before = s.model.state.lists[.applications]!
        try addRequest(try otherSession(s), name: "郑十")
        s.controls.now += 1
        s.terminal.feed([.key(.char("j"))])
        _ = s.loop.step()
        // The key moved the cursor; the new request is not counted yet: its piece still waits.
        #expect(s.terminal.isDrained)
        #expect(s.model.state.lists[.applications]!.selected == before.selected + 1)
        #expect(s.model.hasPendingReload)
        #expect(s.model.state.lists[.applications]!.count == before.count)
        s.settle()
        #expect(s.model.state.lists[.applications]!.count == before.count + 1)
        #expect(s.screenContains("郑十"))
    }

    @Test func aPieceAtATimeAndOneFrameWhenAllAreRead() throws {
        let s = try LoopSession(width: 120, height: 40)
        try addRequest(try otherSession(s), name: "冯十一")
        s.controls.now += 1
        let frames = s.terminal.framesDrawn
        _ = s.loop.step()
        #expect(s.model.pendingReloads.count == 4)
        #expect(s.terminal.framesDrawn == frames)
        s.settle()
        #expect(s.terminal.framesDrawn == frames + 1)
    }

    @Test func slicesCoverWhatReloadAllReads() {
        #expect(ReloadSlice.showing([.workspace]) == ReloadSlice.allCases)
        #expect(ReloadSlice.showing([.registers]) == [.register])
        #expect(ReloadSlice.showing([.catalog, .inbox]) == [.inbox, .statistics, .overview, .catalogTree, .catalogPane, .documentsPane])
        #expect(Set(ChangeArea.allCases.flatMap { ReloadSlice.showing([$0]) }) == Set(ReloadSlice.allCases))
    }
}
