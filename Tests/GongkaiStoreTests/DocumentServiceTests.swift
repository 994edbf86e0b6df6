import Foundation
import GRDB
import Testing
@testable import GongkaiCore
@testable import GongkaiStore

@Suite("文件 Documents: fields, 文号, conflicts, search, register, access")
struct DocumentServiceTests: DemoWorkspaceSuite {
    func draft(_ title: String, body: String = "", type: DocumentType = .policy, number: String? = nil,
               formed: String = "2026-11-02", unit: String? = nil) -> NewDocument {
        NewDocument(title: title, type: type, disclosure: DocumentDisclosure(attribute: .proactive),
                    category: "政府文件", unit: unit, formed: CivilDate(iso: formed)!, docNumber: number,
                    body: body, channels: ["门户网站", "微信平台", " ", "门户网站"], tags: ["惠企政策"])
    }

    func documentCount(_ ws: Workspace) throws -> Int {
        try ws.writer.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM document") ?? 0 }
    }

    /// Issue 22: every township's catalog has 工作动态; with the unit given the bare name is enough.
    @Test func aColumnNameUniqueInTheUnitsOwnCatalogFilesTheDocumentThere() throws {
        let ws = try workspace()
        var request = draft("城关镇开展冬季防火检查", unit: "城关镇")
        request.category = "工作动态"
        let saved = try as_(ws, "wang.cg").addDocument(request)
        #expect(saved.document.category == "部门乡镇信息公开/城关镇/工作动态")
        let column = try as_(ws, "admin").catalogNode("部门乡镇信息公开/城关镇/工作动态")
        #expect(try as_(ws, "admin").documents(inCatalog: column.id, offset: 0, limit: 100).map(\.id).contains(saved.id))
        // Another unit's document with the same bare name goes to that unit's column.
        var other = draft("东山镇开展冬季防火检查", unit: "东山镇")
        other.category = "工作动态"
        #expect(try as_(ws, "admin").addDocument(other).document.category == "部门乡镇信息公开/东山镇/工作动态")
    }

    @Test func aNameTwiceInTheUnitsCatalogIsRefusedWithItsFullPathsAndNothingIsSaved() throws {
        let ws = try workspace()
        let admin = as_(ws, "admin")
        _ = try admin.addCatalogNode(AddCatalogNodeRequest(parent: "部门乡镇信息公开/城关镇/政策文件", name: "工作动态"))
        let before = try documentCount(ws)
        var request = draft("城关镇开展冬季防火检查", unit: "城关镇")
        request.category = "工作动态"
        do {
            _ = try as_(ws, "wang.cg").addDocument(request)
            Issue.record("an ambiguous column name was accepted")
        } catch {
            let message = "\(error)"
            #expect(message.contains("部门乡镇信息公开/城关镇/政策文件/工作动态"))
            #expect(message.contains("部门乡镇信息公开/城关镇/工作动态"))
            #expect(!message.contains("东山镇"))
        }
        #expect(try documentCount(ws) == before)
    }

    @Test func addKeepsEveryFieldAndStartsAsADraftWithItsPublicationClock() throws {
        let ws = try workspace()
        var request = draft("关于进一步优化营商环境的若干措施", body: "第一条 为优化营商环境……", number: "X政发〔2026〕20号")
        request.disclosure.note = "全文公开"
        let saved = try as_(ws, "zhao.edu").addDocument(request)
        #expect(saved.id == "D2026-0011" && saved.warnings.isEmpty && saved.docNumberTyped == nil)
        let d = try as_(ws, "zhao.edu").document(id: saved.id)
        #expect(d.state == .draft && d.unitId == "edu" && d.attribute == .proactive && d.attributeNote == "全文公开")
        #expect(d.channels == ["门户网站", "微信平台"] && d.tags == ["惠企政策"] && d.category == "政府文件")
        #expect(d.body == "第一条 为优化营商环境……" && d.version == 1)
        // 20 working days after 2026-11-02 (C1), the working-day calendar of 2026.
        let calendar = try as_(ws, "admin").workdayCalendar()
        #expect(d.publishDue == calendar.addWorkdays(from: CivilDate(iso: "2026-11-02")!, days: 20).due)
        #expect(d.publishDue == CivilDate(iso: "2026-11-30") && !d.overdue)
        let audit = try as_(ws, "admin").auditEntries(AuditQuery(item: saved.id))
        #expect(audit.map(\.action) == ["document.add"] && audit[0].actor == "zhao.edu")
    }

    @Test func theCategoryFilesTheDocumentInTheCatalogColumn() throws {
        let ws = try workspace()
        let s = as_(ws, "admin")
        let before = try s.documentCount(inCatalog: "c05.09.01")
        var r = draft("县教育局2026年招生计划")
        r.category = "教育信息"   // a name only one column carries
        let saved = try s.addDocument(r)
        #expect(saved.document.category == "法定主动公开内容/基层政府信息公开/教育信息")
        #expect(try s.documentCount(inCatalog: "c05.09.01") == before + 1)
        let page = try s.listDocuments(DocumentQuery(catalogNode: "c05.09.01"))
        #expect(page.items.contains { $0.id == saved.id } && page.total == before + 1)
        // Moved to another column by a save.
        var edit = DocumentEdit(saved.document)
        edit.category = "政府文件"
        _ = try s.updateDocument(edit)
        #expect(try s.documentCount(inCatalog: "c05.09.01") == before)
        #expect(try s.listDocuments(DocumentQuery(catalogNode: "c04")).items.contains { $0.id == saved.id })
        // A path that names no column is refused: nothing is filed nowhere.
        r.category = "政府文件/不存在的栏目"
        expectRefused(.invalid) { try s.addDocument(r) }
    }

    @Test func anUnusualDocNumberIsStoredInStandardFormWithWarningsAndAnUnreadableOneIsRefused() throws {
        let ws = try workspace()
        let service = as_(ws, "zhao.edu")
        let saved = try service.addDocument(draft("教育局通知", number: "X教发[2026]03号"))
        #expect(saved.warnings.map(\.code) == [.nonStandardBrackets, .leadingZeros])
        #expect(saved.document.docNumber == "X教发〔2026〕3号" && saved.docNumberTyped == "X教发[2026]03号")
        let before = try documentCount(ws)
        expectRefused(.invalid) { try service.addDocument(draft("无效文号", number: "第三号文件")) }
        expectRefused(.missingField) { try service.addDocument(draft("  ")) }
        expectRefused(.invalid) { try service.addDocument(draft("未来", formed: "2026-12-30")) }
        var withheld = draft("不予公开缺理由")
        withheld.disclosure = DocumentDisclosure(attribute: .withheld)
        expectRefused(.invalid) { try service.addDocument(withheld) }
        #expect(try documentCount(ws) == before)
    }

    @Test func savingOverAnotherOfficersChangeIsAConflictAndWritesNothing() throws {
        let ws = try workspace()
        let id = try as_(ws, "zhao.edu").addDocument(draft("招生简章", body: "原文")).id
        let mine = try as_(ws, "zhao.edu").document(id: id)
        let theirsOpened = try as_(ws, "liu.edu").document(id: id)

        var theirEdit = DocumentEdit(theirsOpened)
        theirEdit.body = "审核人改过的正文"
        guard case .saved(let s) = try as_(ws, "liu.edu").updateDocument(theirEdit) else { Issue.record("not saved"); return }
        #expect(s.version == 2)

        var myEdit = DocumentEdit(mine)
        myEdit.body = "经办人的正文"
        guard case .conflict(let c) = try as_(ws, "zhao.edu").updateDocument(myEdit) else { Issue.record("no conflict"); return }
        #expect(c.yours.body == "经办人的正文" && c.theirs.body == "审核人改过的正文" && c.fields == ["body"])
        #expect(c.changedBy == "liu.edu" && c.theirs.version == 2)
        #expect(try as_(ws, "zhao.edu").document(id: id).body == "审核人改过的正文")
        // Having seen theirs, a save at their version goes through.
        myEdit.expectedVersion = c.theirs.version
        guard case .saved(let again) = try as_(ws, "zhao.edu").updateDocument(myEdit) else { Issue.record("not saved"); return }
        #expect(again.document.body == "经办人的正文" && again.version == 3)
        // A workflow step is a change too: a save from before it conflicts; after submit, no edits.
        let opened = try as_(ws, "zhao.edu").document(id: id)
        try as_(ws, "zhao.edu").performDocumentAction(.submit, id: id)
        #expect(try as_(ws, "zhao.edu").document(id: id).version == opened.version + 1)
        guard case .conflict(let c2) = try as_(ws, "zhao.edu").updateDocument(DocumentEdit(opened)) else {
            Issue.record("no conflict"); return
        }
        #expect(c2.fields == ["state"])
        expectRefused(.invalid) {
            try as_(ws, "zhao.edu").updateDocument(DocumentEdit(try as_(ws, "zhao.edu").document(id: id)))
        }
    }

    @Test func searchFindsTwoCharacterOneCharacterAndLongTermsRanked() throws {
        let ws = try workspace()
        let s = as_(ws, "admin")
        let tax = try s.addDocument(draft("关于减免小微企业税费的通知", body: "对小微企业减半征收，税收优惠按季申报。")).id
        let other = try s.addDocument(draft("城区绿化养护方案", body: "绿化养护经费列入预算，不涉及税。")).id
        // 教育 (2 characters): trigram cannot match it; the LIKE path does. The title hit ranks first.
        let edu = try s.searchDocuments("教育")
        #expect(edu.first?.id == "D2026-0002")
        #expect(edu.allSatisfy { $0.title.contains("教育") || $0.snippet.contains("教育") })
        // 税 (1 character): both, the title hit first.
        let t = try s.searchDocuments("税")
        #expect(t.map(\.id) == [tax, other])
        #expect(t[1].snippet.contains("税"))
        // 4 characters through the trigram index, with a snippet.
        let four = try s.searchDocuments("义务教育")
        #expect(four.map(\.id) == ["D2026-0002"] && four[0].snippet.contains("义务教育"))
        // Mixed: every term must match.
        #expect(try s.searchDocuments("小微企业 税").map(\.id) == [tax])
        #expect(try s.searchDocuments("小微企业 教育").isEmpty)
        // By 文号.
        #expect(try s.searchDocuments("X教发〔2026〕8号").map(\.id) == ["D2026-0002"])
        // LIKE wildcards typed by the officer are literal.
        #expect(try s.searchDocuments("%").isEmpty)
        // The index follows a save.
        var edit = DocumentEdit(try s.document(id: other))
        edit.body = "养护经费由城建部门承担。"
        _ = try s.updateDocument(edit)
        #expect(try s.searchDocuments("税").map(\.id) == [tax])
        #expect(try s.searchDocuments("城建部门").map(\.id) == [other])
    }

    @Test func searchAndReadsStayInsideTheOfficersUnit() throws {
        let ws = try workspace()
        let township = as_(ws, "wang.cg")   // 城关镇 clerk
        #expect(try township.searchDocuments("教育").isEmpty)
        expectRefused(.otherUnit) { try township.document(id: "D2026-0002") }
        #expect(try everyOne(township.listDocuments(DocumentQuery()).items) { $0.unitId == "chengguan" })
        expectRefused(.otherUnit) { try township.addDocument(draft("越权", unit: "edu")) }
        #expect(try as_(ws, "chen.review").searchDocuments("教育").contains { $0.id == "D2026-0002" })   // county office
    }

    @Test func listFiltersByStateAndOverdue() throws {
        let ws = try workspace()
        let s = as_(ws, "admin")
        let page = try s.listDocuments(DocumentQuery(state: .draft))
        #expect(page.total == 2 && page.items.allSatisfy { $0.state == .draft })
        // Formed 2026-10-09: the 20th working day after it (C1) is 2026-11-05 (10-10, a Saturday, is a make-up working day).
        let late = try s.addDocument(draft("迟发的公示", formed: "2026-10-09")).id
        let overdue = try s.listDocuments(DocumentQuery(overdue: true))
        #expect(overdue.items.map(\.id) == [late] && overdue.items[0].publishDue == CivilDate(iso: "2026-11-05"))
        #expect(try s.document(id: late).overdue)
        // 六稳六保 measures, formed 2026-11-02, are due 2026-11-30: not yet.
        #expect(try s.document(id: "D2026-0003").publishDue == CivilDate(iso: "2026-11-30"))
        let all = try s.listDocuments(DocumentQuery(limit: 3))
        #expect(all.total == 11 && all.items.count == 3)
    }

    @Test func registerAmendRepealAndTheExpiringInbox() throws {
        let ws = try workspace()
        let admin = as_(ws, "admin")
        func issue(_ title: String, formed: String, validUntil: String? = nil) throws -> String {
            var r = draft(title, type: .normative, formed: formed)
            r.validUntil = validUntil.flatMap(CivilDate.init(iso:))
            let id = try admin.addDocument(r).id
            try admin.performDocumentAction(.submit, id: id)
            // The register does not depend on 三同步: sign with a recorded override.
            try admin.performDocumentAction(.approve, id: id, overrideReason: "登记簿测试")
            return id
        }
        let old = try issue("县城市管理办法", formed: "2026-01-10")
        let new = try issue("县城市管理办法（修订）", formed: "2026-06-01")
        let trial = try issue("县农贸市场管理暂行办法", formed: "2026-02-01", validUntil: "2027-03-31")
        let gone = try issue("县养犬管理规定", formed: "2026-03-01")
        expectRefused(.invalid) { try admin.amendDocument(id: "D2026-0004", by: new) }   // general doc
        #expect(try admin.amendDocument(id: old, by: new).regulationStatus == .amended)
        #expect(try admin.repealDocument(id: gone, date: CivilDate(iso: "2026-09-30")!).regulationStatus == .repealed)
        expectRefused(.conflict) { try admin.repealDocument(id: gone, date: CivilDate(iso: "2026-10-01")!) }

        let register = try admin.documentRegister(year: 2026)
        let status = Dictionary(uniqueKeysWithValues: register.entries.map { ($0.entry.id, $0.status) })
        #expect(status[old] == .amended && status[new] == .inForce && status[trial] == .inForce && status[gone] == .repealed)
        // The demo's published 规范性文件 count too (县政府信息公开工作要点, 行政处罚裁量基准).
        let normative = try #require(register.counts.first { $0.type == .normative })
        #expect(normative.issued == 6 && normative.repealed == 1 && normative.inForceAtYearEnd == 4 && normative.amended == 1)
        #expect(register.entries.first { $0.entry.id == trial }?.needsEvaluation == true)

        let inbox = try admin.reviewQueue().filter { $0.kind == .normativeExpiring }
        #expect(inbox.map(\.id) == [trial] && inbox[0].due == CivilDate(iso: "2027-03-31"))
        // Another unit's officer sees neither the entries nor the reminder.
        #expect(try as_(ws, "wang.cg").documentRegister(year: 2026).entries.isEmpty)
        #expect(try as_(ws, "wang.cg").reviewQueue().allSatisfy { $0.kind != .normativeExpiring })
        #expect(try admin.documentRegister(year: 2025).entries.isEmpty)
    }
}

@Suite("迁移 Documents written before the full-text index")
struct DocumentContentMigrationTests {
    @Test func existingDocumentsAreIndexedAndGetTheNewFields() throws {
        let queue = try DatabaseQueue()
        try Schema.migrator.migrate(queue, upTo: "v3-audit-by-item")
        try queue.write { db in
            try db.execute(sql: """
                INSERT INTO unit (id, name, kind, isCountyOffice, createdAt) VALUES ('county-office', '县人民政府办公室', 'county', 1, 'x');
                INSERT INTO document (id, title, docNumber, type, attribute, state, unitId, formed, body, createdAt, updatedAt)
                VALUES ('D2025-0001', '县税收征管工作要点', 'X政发〔2025〕9号', 'normative', 'proactive', 'published',
                        'county-office', '2025-03-01', '加强税收征管，优化纳税服务。', 'x', 'x');
                """)
        }
        try Schema.migrator.migrate(queue)
        try queue.write { db in
            try db.execute(sql: "INSERT INTO officer (login, name, unitId, role, createdAt) VALUES ('li', '李', 'county-office', 'clerk', 'x')")
        }
        let s = GongkaiService(workspace: Workspace(path: ":memory:", writer: queue),
                               actor: Actor(login: "li", origin: "test"), today: { pinnedToday })
        #expect(try s.searchDocuments("税").map(\.id) == ["D2025-0001"])
        #expect(try s.searchDocuments("纳税服务").map(\.id) == ["D2025-0001"])
        let d = try s.document(id: "D2025-0001")
        #expect(d.version == 1 && d.channels.isEmpty && d.tags.isEmpty && d.regulationStatus == .inForce)
    }
}
