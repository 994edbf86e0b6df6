import GRDB
import Testing
@testable import GongkaiCore
@testable import GongkaiStore
@testable import GongkaiTUI

/// The register views (issue 13) driven with keys over the demo workspace (today 2026-11-27; li.ming
/// is the county office's admin and sees every unit).
@Suite("登记簿视图 Register views")
struct RegisterViewTests {
    init() { requireUTF8Locale() }

    func run(_ m: AppModel, _ line: String) {
        m.handle(.char(":"))
        for c in line { m.handle(.char(c)) }
        m.handle(.enter)
    }

    @Test func dutiesListAndDetailAt80x24() throws {
        let m = try demoModel(width: 80, height: 24)
        run(m, "duties")
        let view = try #require(m.state.register)
        #expect(view.kind == .duties && view.unitId == nil && view.items.count == 7)
        expectGolden(screen(m), "register-duties-80x24")
        m.handle(.char("j")); m.handle(.char("j"))
        m.handle(.enter)
        #expect(m.state.register?.detail == true && m.state.register?.current?.id == "QZ0003")
        expectGolden(screen(m), "register-duties-detail-80x24")
        m.handle(.escape)
        #expect(m.state.register?.detail == false)
        m.handle(.escape)
        #expect(m.state.register == nil)
    }

    @Test func registerCodesReadInEnglish() throws {
        let m = try demoModel(width: 120, height: 40)
        let (duties, inspections) = UILanguage.$current.withValue(.en) { () -> ([String], [String]) in
            run(m, "duties")
            m.handle(.enter)
            let d = screen(m)
            m.handle(.escape); m.handle(.escape)
            run(m, "inspect")
            m.handle(.enter)
            return (d, screen(m))
        }
        #expect(duties.contains { $0.contains("QZ0001") && $0.contains("[Licensing]") })
        #expect(duties.contains { $0.contains("Current") } && !duties.joined().contains("行政许可") && !duties.joined().contains("现行"))
        #expect(inspections.contains { $0.contains("Anti-attack") } && !inspections.joined().contains("防攻击"))
        // In Chinese the same view keeps the Chinese names.
        m.handle(.escape); m.handle(.escape)
        run(m, "duties")
        #expect(screen(m).contains { $0.contains("行政许可") && $0.contains("现行") })
    }

    @Test func consultationsAt80x24WithTheChineseAliasAndAUnit() throws {
        let m = try demoModel(width: 80, height: 24)
        run(m, "公众参与 县教育局")
        let view = try #require(m.state.register)
        #expect(view.kind == .consultations && view.unitId == "edu" && view.items.map(\.id) == ["GC2026-0001"])
        m.handle(.escape)
        run(m, "consult")
        #expect(m.state.register?.items.count == 3)
        expectGolden(screen(m), "register-consult-80x24")
        run(m, "consult 没有的单位")
        #expect(m.state.message?.isError == true)
    }

    @Test func inspectionsAndTheStaleColumnsAt80x24() throws {
        let m = try demoModel(width: 80, height: 24)
        run(m, "inspect")
        #expect(m.state.register?.items.count == 3)
        expectGolden(screen(m), "register-inspect-80x24")
        m.handle(.char("s"))
        let stale = try #require(m.state.register)
        #expect(stale.showStale)
        // The same columns as the catalog's own stale check.
        let source = m.data as! ServiceDataSource
        let check = try source.service.catalogCheck().problems.filter { $0.kind == .staleColumn }.map(\.path)
        #expect(stale.items.map { $0.cells[0] } == check)
        expectGolden(screen(m), "register-stale-80x24")
    }

    @Test func enterOnTheUnitsDutiesColumnOpensItsRegister() throws {
        let m = try demoModel(width: 80, height: 24)
        // 部门乡镇信息公开 → 县教育局 → 权责清单 (the fifth column of the department template).
        m.handle(.char("G")); m.handle(.enter)                  // expand 部门乡镇信息公开
        m.handle(.char("j")); m.handle(.char("j")); m.handle(.enter)   // expand 县教育局
        for _ in 0..<5 { m.handle(.char("j")) }
        #expect(m.selectedCatalogRow?.path == "部门乡镇信息公开/县教育局/权责清单")
        m.handle(.enter)
        let view = try #require(m.state.register)
        #expect(view.kind == .duties && view.unitId == "edu" && view.items.count == 3)
        m.handle(.escape)
        // An ordinary column keeps its behaviour (filter the 文件 pane); R says it has no register.
        m.handle(.char("j"))
        m.handle(.char("R"))
        #expect(m.state.register == nil && m.state.message?.isError == true)
        m.handle(.enter)
        #expect(m.state.register == nil && m.state.catalog.documentFilter != nil)
    }

    @Test func enterOnTheSeededWebsiteColumnOpensTheInspections() throws {
        let m = try demoModel(width: 80, height: 24)
        // 政府信息公开制度 (third top category) → 政府网站与政务新媒体, seeded in new workspaces.
        m.handle(.char("j")); m.handle(.char("j")); m.handle(.enter)
        m.handle(.char("j"))
        #expect(m.selectedCatalogRow?.path == "政府信息公开制度/政府网站与政务新媒体")
        m.handle(.enter)
        let view = try #require(m.state.register)
        // The column belongs to the county office (it coordinates the portal and the new media).
        #expect(view.kind == .inspections && view.unitId == "county-office" && view.items.count == 2)
        m.handle(.escape)
        #expect(m.state.register == nil)
    }

    @Test func aClosingConsultationInTheInboxOpensTheRegister() throws {
        let m = try demoModel(width: 80, height: 24) { ws in
            try ws.writer.write { db in
                try db.execute(sql: "UPDATE consultation SET closes = '2026-11-30' WHERE id = 'GC2026-0001'")
            }
        }
        m.handle(.char("i"))
        let inbox = try #require(m.state.inbox)
        let index = try #require(inbox.items.firstIndex { $0.kind == .decisionConsultation })
        #expect(inbox.items[index].id == "GC2026-0001")
        for _ in 0..<index { m.handle(.char("j")) }
        m.handle(.enter)
        #expect(m.state.inbox == nil)
        #expect(m.state.register?.kind == .consultations && m.state.register?.current?.id == "GC2026-0001")
    }
}
