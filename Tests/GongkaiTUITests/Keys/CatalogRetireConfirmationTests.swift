import Foundation
import Testing
@testable import GongkaiCore
@testable import GongkaiStore
@testable import GongkaiTUI

/// 目录 `D` asks the one confirmation: y retires, any other key — Enter too — cancels and says so.
@Suite("停用栏目确认 Catalog D goes through the one confirmation")
struct CatalogRetireConfirmationTests {
    init() { requireUTF8Locale() }

    private func shown(_ m: AppModel) -> [String] { m.state.catalog.visible.map { m.state.catalog.rows[$0].path } }

    @Test func enterCancelsAndYRetires() throws {
        let m = try demoModel(width: 80, height: 24)
        for c in "机关简介" { m.handle(.char(c)) }
        let path = try #require(m.selectedCatalogRow?.path)
        #expect(path == "法定主动公开内容/机关简介")
        m.handle(.char("D"))
        guard case .retireCatalogColumn = m.state.confirmation?.step else {
            Issue.record("D asked no confirmation: \(String(describing: m.state.confirmation))")
            return
        }
        expectGolden(screen(m), "catalog-retire-confirm-80x24")
        m.handle(.enter)                                   // not yes: cancels
        #expect(m.state.confirmation == nil && m.state.catalog.form == nil)
        #expect(shown(m).contains(path))
        #expect(m.state.message?.text.contains("已取消") == true && m.state.message?.text.contains("停用栏目") == true)
        m.handle(.char("D"))
        m.handle(.char("y"))
        #expect(!shown(m).contains(path))
        #expect(m.state.message?.text.contains("已停用栏目") == true)
    }
}
