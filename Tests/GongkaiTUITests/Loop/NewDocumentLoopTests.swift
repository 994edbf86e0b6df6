import Foundation
import Testing
@testable import GongkaiCore
@testable import GongkaiStore
@testable import GongkaiTUI

/// 新建文件 through the real loop: the form, the editor on the unsaved draft, the first save.
@Suite("新建文件（循环） New document through the loop")
struct NewDocumentLoopTests {
    @Test func aDocumentIsStartedTitledWrittenAndAddedFromTheKeyboard() throws {
        let s = try LoopSession(width: 80, height: 24)
        let before = try s.service.documentCount(filter: .all)
        s.keys(.char("2"), .char("a"))
        #expect(s.screenContains("新建文件") && s.screenContains("发文单位") && s.screenContains("县人民政府办公室"))
        s.keys(.tab)
        s.type("工作动态")
        #expect(s.model.state.documents.newDraft?.selectedPath?.hasSuffix("/工作动态") == true)
        s.keys(.ctrl("s"))
        s.type("关于做好年终政务公开工作的通知")
        s.keys(.backTab)
        s.type("各乡镇、各部门：请于12月20日前完成自查。")
        expectGolden(s.lines, "new-document-editor-80x24")
        #expect(s.screenContains("*未保存"))
        s.keys(.ctrl("s"))
        #expect(s.screenContains("已登记 D2026-"))
        let id = try #require(s.model.state.documents.editor?.id)
        let stored = try s.service.document(id: id)
        #expect(stored.title == "关于做好年终政务公开工作的通知" && stored.body == "各乡镇、各部门：请于12月20日前完成自查。")
        #expect(stored.category?.hasSuffix("/工作动态") == true && stored.unitId == "county-office")
        #expect(try s.service.documentCount(filter: .all) == before + 1)
        // Leaving shows the list with the new document selected.
        s.keys(.escape)
        #expect(s.lines.contains { $0.hasPrefix(">关于做好年终政务公开工作的通知") || $0.hasPrefix(">关于做好年终政务公开工作的~") })
    }
}
