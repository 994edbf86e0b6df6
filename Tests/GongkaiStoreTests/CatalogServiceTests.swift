import Foundation
import GRDB
import GongkaiTestSupport
import Testing
@testable import GongkaiCore
@testable import GongkaiStore

/// A fresh workspace (county office only, or with demo data) at the pinned date.
func catalogService(demo: Bool = false) throws -> GongkaiService {
    let ws = try seededWorkspace(demo: demo, by: "admin", on: pinnedToday)
    return GongkaiService(workspace: ws, actor: Actor(login: "admin", origin: "test"), today: { pinnedToday })
}

func auditCount(_ service: GongkaiService) throws -> Int {
    try service.workspace.writer.read { db in try AuditEntry.fetchCount(db) }
}

/// Every node of a nested tree, depth first.
func flatten(_ nodes: [CatalogTreeNode]) -> [CatalogTreeNode] {
    nodes.flatMap { [$0] + flatten($0.children) }
}

@Suite("公开目录 Catalog store and service")
struct CatalogSeedingTests {
    @Test func initSeedsTheStatutoryCatalogWithEveryNameOnceAtItsPath() throws {
        let service = try catalogService()
        let roots = try service.catalogTree()
        #expect(roots.map(\.name) == CatalogSeed.topCategories)
        let c05 = try #require(roots.first { $0.id == "c05" })
        #expect(c05.children.map(\.name) == CatalogSeed.statutoryProactiveContent)
        #expect(c05.children.count == 10)
        #expect(c05.children.filter { $0.name == "行政处罚" }.count == 1)
        let grassroots = try #require(c05.children.first { $0.id == "c05.09" })
        #expect(grassroots.children.count == 23)
        #expect(grassroots.children.map(\.name) == CatalogSeed.grassrootsAreas)
        let other = try #require(c05.children.first { $0.id == "c05.10" })
        #expect(other.children.count == 26)
        #expect(other.children.map(\.path).last == "法定主动公开内容/其他法定信息/涉企优惠政策")

        let seedNodes = flatten(roots).filter { $0.origin == "seed" }
        #expect(seedNodes.count == 68)
        for entry in CatalogSeed.entries {
            let matches = seedNodes.filter { $0.path == entry.path }
            #expect(matches.count == 1, "\(entry.path) appears once")
            #expect(matches.first?.id == entry.id)
        }
        #expect(try #require(grassroots.children.first).path == "法定主动公开内容/基层政府信息公开/教育信息")
        // The county office coordinates the statutory catalog and got its own sub-catalog.
        #expect(roots.allSatisfy { $0.ownerUnitId == "county-office" })
        let units = try #require(roots.last)
        #expect(units.children.map(\.name) == ["县人民政府办公室"])
        #expect(units.children[0].children.map(\.name) == UnitCatalogTemplate.department.columnNames)
    }

    @Test func initTwiceDoesNotSeedAgain() throws {
        let service = try catalogService()
        let before = flatten(try service.catalogTree()).count
        let report = try service.initialize(demo: false, created: false)
        #expect(report.catalogNodes == 0)
        #expect(flatten(try service.catalogTree()).count == before)
    }

    @Test func unitAddCreatesItsSubCatalogFromTheTemplateOfItsKind() throws {
        let service = try catalogService()
        let audits = try auditCount(service)
        let town = try service.addUnit(AddUnitRequest(name: "西岭镇", kind: .township))
        #expect(town.unit.id == "u0001")
        #expect(town.catalogNode.path == "部门乡镇信息公开/西岭镇")
        #expect(town.columns == UnitCatalogTemplate.township.columnNames)
        let dept = try service.addUnit(AddUnitRequest(name: "县民政局", kind: .department))
        #expect(dept.unit.id == "u0002")
        #expect(dept.columns.contains("行政处罚") && !town.columns.contains("行政处罚"))
        let sub = try service.catalogTree(unit: "西岭镇")
        #expect(sub.count == 1 && sub[0].ownerUnitId == "u0001")
        #expect(!sub[0].children.isEmpty && sub[0].children.allSatisfy { $0.ownerUnitId == "u0001" && $0.origin == "unit-template" })
        #expect(try service.units().map(\.name).contains("西岭镇"))
        #expect(try auditCount(service) == audits + 2)

        // A second unit of the same name, or a county, is refused and changes nothing.
        let nodes = flatten(try service.catalogTree()).count
        #expect(throws: CatalogServiceError.duplicateUnitName("西岭镇")) {
            try service.addUnit(AddUnitRequest(name: "西岭镇", kind: .department))
        }
        #expect(throws: CatalogServiceError.self) { try service.addUnit(AddUnitRequest(name: "县政府", kind: .county)) }
        #expect(throws: CatalogError.self) { try service.addUnit(AddUnitRequest(name: "甲/乙", kind: .township)) }
        #expect(flatten(try service.catalogTree()).count == nodes)
        #expect(try auditCount(service) == audits + 2)
    }

    @Test func demoUnitsHaveSubCatalogsAndDocumentsSitInSensibleColumns() throws {
        let service = try catalogService(demo: true)
        let units = try #require(try service.catalogTree().last)
        #expect(units.children.count == 9)
        let education = try #require(flatten(try service.catalogTree()).first { $0.id == "c05.09.01" })
        #expect(education.counts == CatalogNodeCounts(items: 1, documents: 1, pending: 1, overdue: 0))
        let docs = try service.documents(inCatalog: "c05.09.01", offset: 0, limit: 10)
        #expect(docs.map(\.title) == ["县义务教育阶段学校招生入学工作方案"])
        // A branch counts each document once, exactly as the filter lists them.
        let c05 = try #require(try service.catalogTree().first { $0.id == "c05" })
        #expect(c05.counts.documents == (try service.documentCount(inCatalog: "c05")))
        #expect(c05.counts.documents == 8)
        #expect(c05.counts.items == 3)
        // The withheld minutes sit in no public column.
        let all = try service.documents(inCatalog: "c04", offset: 0, limit: 50).map(\.title)
        #expect(!all.contains { $0.contains("内部会议纪要") })
        #expect(try service.listStandardItems(node: "教育信息").map(\.item.secondLevelMatter) == ["招生入学"])
    }
}

@Suite("目录维护 Catalog changes")
struct CatalogChangeTests {
    @Test func addRenameReorderAndMoveKeepPathsAndAreAudited() throws {
        let service = try catalogService()
        let added = try service.addCatalogNode(AddCatalogNodeRequest(
            parent: "基层政府信息公开", name: " 公共资源交易 ", nationalAreas: ["公共资源交易"], ownerUnit: "县人民政府办公室"))
        #expect(added.path == "法定主动公开内容/基层政府信息公开/公共资源交易")
        #expect(added.id == "n0021")  // after the county office's node and its 19 template columns
        #expect(added.order == 24)
        let renamed = try service.renameCatalogNode(RenameCatalogNodeRequest(node: added.id, name: "公共资源交易信息"))
        #expect(renamed.path.hasSuffix("/公共资源交易信息"))
        let reordered = try service.reorderCatalogNode(ReorderCatalogNodeRequest(node: added.id, position: 1))
        #expect(reordered.order == 1)
        let moved = try service.moveCatalogNode(MoveCatalogNodeRequest(node: "法定主动公开内容/基层政府信息公开/公共资源交易信息", parent: "其他法定信息"))
        #expect(moved.path == "法定主动公开内容/其他法定信息/公共资源交易信息")
        #expect(moved.order == 27)
        let actions = try service.workspace.writer.read { db in
            try String.fetchAll(db, sql: "SELECT action FROM auditLog WHERE item = ? ORDER BY id", arguments: [added.id])
        }
        #expect(actions == ["catalog.rename", "catalog.reorder", "catalog.move"])
        let add = try service.workspace.writer.read { db in
            try AuditEntry.filter(Column("action") == "catalog.add").fetchOne(db)
        }
        #expect(add?.after?.contains("公共资源交易") == true)
        // The area is now covered: only 农村危房改造 is left.
        let report = try service.catalogCheck()
        #expect(report.problems.filter { $0.kind == .uncoveredStandardArea }.count == 1)
    }

    @Test func refusalsChangeNothing() throws {
        let service = try catalogService(demo: true)
        let audits = try auditCount(service)
        let before = try service.catalogTree(includeRetired: true)
        #expect(throws: CatalogError.self) {           // duplicate sibling
            try service.addCatalogNode(AddCatalogNodeRequest(parent: "c05.09", name: "教育信息"))
        }
        #expect(throws: CatalogError.self) {           // into its own descendant
            try service.moveCatalogNode(MoveCatalogNodeRequest(node: "法定主动公开内容", parent: "基层政府信息公开"))
        }
        #expect(throws: CatalogServiceError.self) {    // ambiguous: every unit has 政策文件
            try service.renameCatalogNode(RenameCatalogNodeRequest(node: "政策文件", name: "文件"))
        }
        #expect(throws: CatalogServiceError.self) {    // unknown
            try service.retireCatalogNode(CatalogNodeReference(node: "不存在的栏目"))
        }
        #expect(throws: CatalogServiceError.holdsDocuments(path: "法定主动公开内容/基层政府信息公开/教育信息", count: 1)) {
            try service.deleteCatalogNode(CatalogNodeReference(node: "c05.09.01"))
        }
        #expect(throws: CatalogError.statutoryNode(path: "领导介绍")) { try service.deleteCatalogNode(CatalogNodeReference(node: "领导介绍")) }
        #expect(throws: CatalogError.self) { try service.reorderCatalogNode(ReorderCatalogNodeRequest(node: "c05.09.01", position: 99)) }
        #expect(try service.catalogTree(includeRetired: true) == before)
        #expect(try auditCount(service) == audits)
    }

    @Test func retiredColumnsStayForHistoryAndOnlyUnusedOnesCanBeDeleted() throws {
        let service = try catalogService(demo: true)
        let retired = try service.retireCatalogNode(CatalogNodeReference(node: "c05.09.01"))
        #expect(retired.retiredOn == pinnedToday)
        #expect(!flatten(try service.catalogTree()).contains { $0.id == "c05.09.01" })
        let history = try #require(flatten(try service.catalogTree(includeRetired: true)).first { $0.id == "c05.09.01" })
        #expect(history.retiredOn == pinnedToday && history.counts.documents == 1)
        // Its documents and items are still there.
        #expect(try service.documentCount(inCatalog: "c05.09.01") == 1)
        #expect(try service.listStandardItems(node: "c05.09.01").count == 1)
        // Retiring covers: 义务教育 is now uncovered.
        #expect(try service.catalogCheck().problems.contains { $0.message.contains("义务教育") })
        // A replacement may reuse the name; the old one cannot come back beside it.
        _ = try service.addCatalogNode(AddCatalogNodeRequest(parent: "c05.09", name: "教育信息"))
        #expect(throws: CatalogError.self) { try service.restoreCatalogNode(CatalogNodeReference(node: "c05.09.01")) }
        #expect(throws: CatalogError.self) { try service.addStandardItem(AddStandardItemRequest(node: "c05.09.01", item: sampleItem())) }

        let scratch = try service.addCatalogNode(AddCatalogNodeRequest(parent: "c01", name: "误建栏目"))
        let deleted = try service.deleteCatalogNode(CatalogNodeReference(node: scratch.id))
        #expect(deleted.path == "政府信息公开指南/误建栏目")
        #expect(!flatten(try service.catalogTree(includeRetired: true)).contains { $0.id == scratch.id })
        // A column that ever held an item can only be retired.
        let used = try service.addCatalogNode(AddCatalogNodeRequest(parent: "c01", name: "办事指南"))
        _ = try service.addStandardItem(AddStandardItemRequest(node: used.id, item: sampleItem()))
        #expect(throws: CatalogError.self) { try service.deleteCatalogNode(CatalogNodeReference(node: used.id)) }
    }

    @Test func standardItemsAreValidatedAndUpdateTheColumn() throws {
        let service = try catalogService()
        var bad = sampleItem()
        bad.carriers = []
        bad.publisher = " "
        #expect(throws: CatalogServiceError.invalidItem(["公开主体不能为空", "公开渠道和载体至少选择一项"])) {
            try service.addStandardItem(AddStandardItemRequest(node: "教育信息", item: bad))
        }
        let stored = try service.addStandardItem(AddStandardItemRequest(node: "法定主动公开内容/基层政府信息公开/教育信息", item: sampleItem()))
        #expect(stored.nodeId == "c05.09.01" && stored.item.catalogNodeID == "c05.09.01")
        let listed = try service.listStandardItems(node: "基层政府信息公开")
        #expect(listed.count == 1)
        #expect(listed[0].item.carriers == [.governmentWebsite, .noticeBoard])
        let node = try #require(flatten(try service.catalogTree()).first { $0.id == "c05.09.01" })
        #expect(node.lastUpdated == pinnedToday && node.counts.items == 1)
    }

    @Test func overdueAndPendingDocumentsAreCountedPerColumn() throws {
        let service = try catalogService(demo: true)
        // A proactive document formed 40 days ago and still unpublished is past 20 working days.
        try service.workspace.writer.write { db in
            try db.execute(sql: """
                INSERT INTO document (id, title, type, attribute, state, unitId, formed, body, createdAt, updatedAt)
                VALUES ('D2026-0900', '逾期未公开的通知', 'general', 'proactive', 'approved', 'edu', ?, '', 'x', 'x')
                """, arguments: [pinnedToday.adding(days: -40).iso])
        }
        _ = try service.placeDocument(PlaceDocumentRequest(document: "D2026-0900", node: "教育信息"))
        let education = try #require(flatten(try service.catalogTree()).first { $0.id == "c05.09.01" })
        #expect(education.counts.overdue == 1 && education.counts.documents == 2 && education.counts.pending == 1)
        let top = try #require(try service.catalogTree().first { $0.id == "c05" })
        #expect(top.counts.overdue == 1)
        // The same rule as the document's own publication clock (PublicationClock).
        let calendar = try service.workdayCalendar()
        let clockOverdue = try service.documents(inCatalog: "c05", offset: 0, limit: 100).filter {
            PublicationClock.status(formed: $0.formed, published: $0.published, attribute: $0.attribute,
                                    today: pinnedToday, calendar: calendar)?.overdue == true
        }
        #expect(clockOverdue.map(\.id) == ["D2026-0900"])
        #expect(CatalogStats.overdueCutoff(today: pinnedToday) < pinnedToday.adding(days: -20))
    }

    @Test func theOverdueCutoffFollowsTheWorkingDayCalendar() {
        // Docs/领域规则.md C1: formed 2025-09-26 → 20 working days end 2025-10-30 (National Day skipped).
        #expect(CatalogStats.overdueCutoff(today: CivilDate(iso: "2025-10-30")!) < CivilDate(iso: "2025-09-26")!)
        // …and so does a document formed on Saturday 2025-09-27 (the next day, a make-up Sunday, is day 1).
        #expect(CatalogStats.overdueCutoff(today: CivilDate(iso: "2025-10-31")!) == CivilDate(iso: "2025-09-27")!)
        for iso in ["2025-10-31", "2026-02-27", "2026-11-27"] {
            let today = CivilDate(iso: iso)!
            let cutoff = CatalogStats.overdueCutoff(today: today)
            #expect(WorkdayCalendar.builtIn.addWorkdays(from: cutoff, days: 20).due < today)
            #expect(WorkdayCalendar.builtIn.addWorkdays(from: cutoff.adding(days: 1), days: 20).due >= today)
        }
    }
}

@Suite("目录检查 Catalog check through the service")
struct CatalogCheckServiceTests {
    @Test func freshWorkspaceNamesExactlyTheTwoUncoveredAreas() throws {
        let report = try catalogService().catalogCheck()
        #expect(report.errors == 0)
        #expect(report.problems.count == 2)
        #expect(report.problems.allSatisfy { $0.kind == .uncoveredStandardArea })
        #expect(report.problems[0].message.contains("公共资源交易"))
        #expect(report.problems[1].message.contains("农村危房改造"))
    }

    @Test func aDuplicateSiblingFromAnOldLedgerIsAnError() throws {
        let service = try catalogService()
        try service.workspace.writer.write { db in
            try db.execute(sql: """
                INSERT INTO catalogNode (id, parentId, name, "order", origin, createdOn)
                VALUES ('legacy-1', 'c05.09', '教育信息', 99, 'custom', '2026-01-01')
                """)
        }
        let report = try service.catalogCheck()
        #expect(report.errors == 1)
        let dup = try #require(report.problems.first)
        #expect(dup.kind == .duplicateSibling && dup.severity == .error)
        #expect(dup.path == "法定主动公开内容/基层政府信息公开/教育信息")
        // Referring to it by name is now ambiguous; by id still works.
        #expect(throws: CatalogServiceError.self) { try service.catalogNode("教育信息") }
        #expect(try service.catalogNode("legacy-1").path == "法定主动公开内容/基层政府信息公开/教育信息")
    }

    @Test func linkingAnExistingColumnToAnAreaCoversIt() throws {
        let service = try catalogService()
        let audits = try auditCount(service)
        let node = try service.updateCatalogNode(UpdateCatalogNodeRequest(
            node: "住房保障", nationalAreas: ["保障性住房", "rural-dilapidated-housing"], stalenessDays: 30))
        #expect(node.nationalAreas == ["rural-dilapidated-housing", "affordable-housing"])
        let report = try service.catalogCheck()
        #expect(report.problems.count == 1 && report.problems[0].message.contains("公共资源交易"))
        #expect(try auditCount(service) == audits + 1)
        #expect(throws: CatalogServiceError.unknownArea("不存在")) {
            try service.updateCatalogNode(UpdateCatalogNodeRequest(node: "住房保障", nationalAreas: ["不存在"]))
        }
        #expect(throws: CatalogError.invalidStalenessDays(0)) {
            try service.updateCatalogNode(UpdateCatalogNodeRequest(node: "住房保障", stalenessDays: 0))
        }
        // The owner: set, then cleared back to the inherited one.
        let owned = try service.updateCatalogNode(UpdateCatalogNodeRequest(node: "住房保障", ownerUnit: "县人民政府办公室"))
        #expect(owned.ownerUnitId == "county-office")
        let cleared = try service.updateCatalogNode(UpdateCatalogNodeRequest(node: "住房保障", clearOwner: true))
        #expect(cleared.ownerUnitId == nil)
        #expect(try auditCount(service) == audits + 3)
    }

    @Test func aWorkspaceWithoutACatalogSaysHowToGetOne() throws {
        let ws = try Workspace.inMemory()
        let service = GongkaiService(workspace: ws, actor: Actor(login: "admin", origin: "test"), today: { pinnedToday })
        #expect(throws: CatalogServiceError.catalogNotSeeded) { try service.catalogCheck() }
        #expect(throws: CatalogServiceError.catalogNotSeeded) { try service.catalogTree() }
        _ = try service.initialize(demo: false, created: false)
        #expect(try service.catalogTree().count == 8)
    }

    @Test func staleColumnsFollowTheConfiguredPeriod() throws {
        let service = try catalogService(demo: true)
        let stale = try service.catalogCheck().problems.filter { $0.kind == .staleColumn }.map(\.path)
        #expect(stale.contains("部门乡镇信息公开/县财政局/预算决算"))       // last 190 days ago
        let lenient = try service.catalogCheck(stalenessDays: 400).problems.filter { $0.kind == .staleColumn }
        #expect(lenient.isEmpty)
        #expect(throws: CatalogError.self) { try service.catalogCheck(stalenessDays: 0) }
        let node = try #require(flatten(try service.catalogTree()).first { $0.path == "部门乡镇信息公开/县财政局/预算决算" })
        #expect(node.stale)
    }
}

func sampleItem() -> StandardCatalogItem {
    StandardCatalogItem(serialNumber: 2, firstLevelMatter: "义务教育", secondLevelMatter: "学校概况",
                        content: "学校名称、地址、办学规模", basis: "《中华人民共和国义务教育法》",
                        timeLimit: StandardCatalogItem.statutoryTimeLimit, publisher: "县教育局",
                        carriers: [.noticeBoard, .governmentWebsite], audience: .everyone, mode: .proactive,
                        level: .county)
}

@Suite("目录权限 Catalog access rules")
struct CatalogAccessTests {
    func officer(_ admin: GongkaiService, _ login: String) -> GongkaiService {
        GongkaiService(workspace: admin.workspace, actor: Actor(login: login, origin: "test"), today: { pinnedToday })
    }

    @Test func onlyAdminsChangeTheCatalogAndARefusalChangesNothing() throws {
        let admin = try catalogService(demo: true)
        let audits = try auditCount(admin)
        let before = try admin.catalogTree(includeRetired: true)
        for login in ["wang.cg", "chen.review"] {        // a township clerk, a county-office reviewer
            let other = officer(admin, login)
            expectRefused(.adminOnly) { try other.addCatalogNode(AddCatalogNodeRequest(parent: "c01", name: "新栏目")) }
            expectRefused(.adminOnly) { try other.retireCatalogNode(CatalogNodeReference(node: "c02")) }
            expectRefused(.adminOnly) { try other.addUnit(AddUnitRequest(name: "西岭镇", kind: .township)) }
            expectRefused(.adminOnly) {
                try other.addStandardItem(AddStandardItemRequest(node: "教育信息", item: sampleItem()))
            }
            expectRefused(.adminOnly) {
                try other.updateCatalogNode(UpdateCatalogNodeRequest(node: "住房保障", nationalAreas: ["农村危房改造"]))
            }
        }
        #expect(try admin.catalogTree(includeRetired: true) == before)
        #expect(try auditCount(admin) == audits)
    }

    @Test func aUnitOfficerCountsAndListsOnlyTheirOwnUnitsDocuments() throws {
        let admin = try catalogService(demo: true)
        let clerk = officer(admin, "wang.cg")            // 城关镇
        let c05 = try #require(try clerk.catalogTree().first { $0.id == "c05" })
        #expect(c05.counts.documents == 1)               // the 低保 notice, in 社会救助
        #expect(try clerk.documentCount(inCatalog: "c05") == 1)
        #expect(try everyOne(clerk.documents(inCatalog: "c05", offset: 0, limit: 10)) { $0.unitId == "chengguan" })
        // Dates, like counts, come only from what the officer may see (issue 19).
        let wholeC05 = try #require(try admin.catalogTree().first { $0.id == "c05" })
        #expect(wholeC05.counts.documents == 8)
        #expect(c05.lastUpdated == nil || c05.lastUpdated! <= wholeC05.lastUpdated!)
        let docs = try admin.documents(inCatalog: "c05", offset: 0, limit: 10)
        #expect(try admin.documentPosition(id: docs[3].id, inCatalog: "c05") == 3)
        #expect(try clerk.documentPosition(id: docs[3].id, inCatalog: "c05") == nil || docs[3].unitId == "chengguan")
    }

    /// Issue 19: the catalog showed township A (城关镇) the date of township B's (东山镇) withheld draft.
    @Test func anotherTownshipsWithheldDraftShowsNeitherInCountsNorInDates() throws {
        let admin = try catalogService(demo: true)
        let clerk = officer(admin, "wang.cg")            // 城关镇
        func node(_ s: GongkaiService, _ id: String) throws -> CatalogTreeNode {
            try #require(flatten(try s.catalogTree()).first { $0.id == id })
        }
        let before = try node(clerk, "c05"), beforeColumn = try node(clerk, "c05.09.06")
        // 东山镇's withheld draft, dated later than anything else, filed in the column 城关镇's own notice sits in.
        let later = CivilDate(iso: "2026-12-20")!
        let adminLater = GongkaiService(workspace: admin.workspace, actor: Actor(login: "admin", origin: "test"), today: { later })
        let draft = try adminLater.addDocument(NewDocument(
            title: "东山镇内部讨论稿", type: .general,
            disclosure: DocumentDisclosure(attribute: .withheld, withheldReason: .withheldProcessInfo),
            unit: "dongshan", formed: later))
        _ = try admin.placeDocument(PlaceDocumentRequest(document: draft.id, node: "c05.09.06"))
        let whole = try node(admin, "c05.09.06")
        #expect(whole.lastUpdated == later && whole.counts.documents == beforeColumn.counts.documents + 1)
        // 城关镇 sees the same counts and dates as before.
        let after = try node(clerk, "c05"), afterColumn = try node(clerk, "c05.09.06")
        #expect(afterColumn.counts == beforeColumn.counts && afterColumn.lastUpdated == beforeColumn.lastUpdated)
        #expect(after.counts == before.counts && after.lastUpdated == before.lastUpdated)
        #expect(afterColumn.lastUpdated != later && after.lastUpdated != later)
    }
}
