import Foundation
import GRDB
import Testing
@testable import GongkaiCore
@testable import GongkaiStore

/// 权责清单、公众参与、网站巡检 through the service door (issue 13): access scoping, audit, history,
/// the inbox reminder and the stale-column report. Demo workspace made on 2026-11-27.
@Suite("登记簿 Registers through the service")
struct RegisterServiceTests: DemoWorkspaceSuite {
    let clock = TestClock("2026-11-27")

    var today: @Sendable () -> CivilDate { let clock = self.clock; return { clock.today } }

    func on(_ iso: String) { clock.today = CivilDate(iso: iso)! }

    // MARK: 权责清单

    @Test func aTownshipClerkSeesAndKeepsOnlyTheTownshipsList() throws {
        let ws = try workspace()
        let clerk = as_(ws, "wang.cg")          // 城关镇
        #expect(Set(try clerk.duties().map(\.unitId)) == ["chengguan"])
        #expect(try as_(ws, "chen.review").duties().count == 7)   // the county office sees every unit
        expectRefused(.otherUnit) { try clerk.duty(id: "QZ0001") }                  // 县教育局's
        expectRefused(.otherUnit) { try clerk.duties(DutyQuery(unit: "县教育局")) }
        expectRefused(.otherUnit) {
            try clerk.updateDuty(id: "QZ0001", UpdateDutyRequest(timeLimit: "10个工作日"))
        }
        expectRefused(.otherUnit) {
            try clerk.addDuty(AddDutyRequest(unit: "edu", kind: .licensing, name: "x", legalBasis: "y"))
        }
        // Nothing of 县教育局's changed.
        #expect(try as_(ws, "zhao.edu").duty(id: "QZ0001").entry.version == 1)
        let own = try clerk.addDuty(AddDutyRequest(kind: .confirmation, name: "农村宅基地申请审核",
                                                   legalBasis: "《中华人民共和国土地管理法》第六十二条", timeLimit: "20个工作日"))
        #expect(own.unitId == "chengguan" && own.responsibleUnit == "城关镇" && own.state == .current && own.id == "QZ0008")
        let audit = try as_(ws, "admin").auditEntries(AuditQuery(item: own.id))
        #expect(audit.map(\.action) == ["duty.add"] && audit[0].actor == "wang.cg")
    }

    @Test func anAdjustmentKeepsTheOldVersionAndACancellationLeavesTheCurrentList() throws {
        let ws = try workspace()
        let clerk = as_(ws, "zhao.edu")
        let adjusted = try clerk.updateDuty(id: "QZ0001", UpdateDutyRequest(timeLimit: "受理之日起60日内",
                                                                           date: CivilDate(iso: "2026-11-20"), reason: "法律修订"))
        #expect(adjusted.entry.state == .adjusted && adjusted.entry.stateDate?.iso == "2026-11-20")
        #expect(adjusted.entry.version == 2 && adjusted.entry.timeLimit == "受理之日起60日内")
        #expect(adjusted.history.count == 1)
        #expect(adjusted.history[0].entry.timeLimit == "受理之日起3个月内" && adjusted.history[0].reason == "法律修订")
        #expect(adjusted.history[0].change == .adjusted && adjusted.history[0].actor == "zhao.edu")

        let cancelled = try clerk.updateDuty(id: "QZ0001", UpdateDutyRequest(cancel: true, reason: "职能划转"))
        #expect(cancelled.entry.state == .cancelled && cancelled.entry.stateDate?.iso == "2026-11-27")
        #expect(cancelled.history.map(\.version) == [1, 2] && cancelled.history[1].entry.timeLimit == "受理之日起60日内")
        // Cancelled is history: no further change.
        expectRefused(.invalid) { try clerk.updateDuty(id: "QZ0001", UpdateDutyRequest(name: "新名称")) }
        // A cancel with field changes, and an update with nothing in it, are refused.
        expectRefused(.invalid) { try clerk.updateDuty(id: "QZ0002", UpdateDutyRequest(name: "x", cancel: true)) }
        expectRefused(.invalid) { try clerk.updateDuty(id: "QZ0002", UpdateDutyRequest()) }

        let current = try clerk.currentDutyLists(unit: "县教育局")
        #expect(current.count == 1 && current[0].unitName == "县教育局")
        #expect(current[0].entries.map(\.id) == ["QZ0002", "QZ0003"])   // 处罚 before 检查; the cancelled 许可 is gone
        #expect(try clerk.duties(DutyQuery(unit: "edu")).count == 3)   // the full list keeps it
        let actions = try as_(ws, "admin").auditEntries(AuditQuery(item: "QZ0001")).map(\.action)
        #expect(actions == ["duty.add", "duty.adjust", "duty.cancel"])
        let cancelEntry = try #require(try as_(ws, "admin").auditEntries(AuditQuery(item: "QZ0001")).last)
        #expect(cancelEntry.before?.contains("受理之日起60日内") == true && cancelEntry.after?.contains("职能划转") == true)
    }

    @Test func currentListsOfEveryVisibleUnitForPublication() throws {
        let ws = try workspace()
        let lists = try as_(ws, "chen.review").currentDutyLists()
        #expect(lists.map(\.unitId) == ["edu", "market", "chengguan"])
        #expect(lists.allSatisfy { $0.asOf.iso == "2026-11-27" && !$0.entries.isEmpty })
        // A unit with nothing in force still has its (empty) list.
        let empty = try as_(ws, "chen.review").currentDutyLists(unit: "河西乡")
        #expect(empty.count == 1 && empty[0].unitId == "hexi" && empty[0].entries.isEmpty)
        expectRefused(.unitNotResolved) { try as_(ws, "chen.review").currentDutyLists(unit: "不存在的局") }
    }

    // MARK: 公众参与

    @Test func consultationsAreScopedValidatedAndAudited() throws {
        let ws = try workspace()
        let clerk = as_(ws, "wang.cg")
        #expect(try clerk.consultations().map(\.consultation.unitId) == ["chengguan"])
        #expect(try as_(ws, "admin").consultations().count == 3)
        expectRefused(.otherUnit) { try clerk.consultation(id: "GC2026-0001") }   // 县教育局's
        let edu = try as_(ws, "admin").consultation(id: "GC2026-0001")
        #expect(edu.consultation.unitId == "edu" && edu.status == .open && edu.daysLeft == 14)
        // 29 days of public comment: refused under the default setting, accepted with a reason.
        let short = AddConsultationRequest(decision: "城关镇农贸市场搬迁方案", scope: "城关镇居民", methods: [.publicComment],
                                           opens: CivilDate(iso: "2026-11-27")!, closes: CivilDate(iso: "2026-12-25")!)
        expectRefused(.invalid) { try clerk.addConsultation(short) }
        var withReason = short
        withReason.shortPeriodReason = "市场租约年底到期"
        let added = try clerk.addConsultation(withReason)
        #expect(added.consultation.unitId == "chengguan" && added.periodDays == 29 && added.consultation.id == "GC2026-0004")
        var reversed = short
        reversed.closes = CivilDate(iso: "2026-11-26")!
        expectRefused(.invalid) { try clerk.addConsultation(reversed) }
        #expect(try as_(ws, "admin").auditEntries(AuditQuery(item: added.consultation.id)).map(\.action) == ["consultation.add"])
    }

    @Test func aConsultationClosingSoonWaitsInTheInboxUntilClosedWithFeedback() throws {
        let ws = try workspace()
        // 县教育局's consultation closes 2026-12-11: outside the 7-day window on 12-03, inside on 12-04.
        on("2026-12-03")
        #expect(!(try as_(ws, "zhao.edu").reviewQueue().contains { $0.kind == .decisionConsultation }))
        on("2026-12-04")
        let soon = try #require(try as_(ws, "zhao.edu").reviewQueue().first { $0.kind == .decisionConsultation })
        #expect(soon.id == "GC2026-0001" && soon.due?.iso == "2026-12-11" && !soon.overdue && soon.reason.contains("7 天"))
        // Other units' officers do not see it; the county office does.
        #expect(!(try as_(ws, "wang.cg").reviewQueue().contains { $0.id == "GC2026-0001" }))
        #expect(try as_(ws, "chen.review").reviewQueue().contains { $0.id == "GC2026-0001" })
        // Past the closing date it is overdue until closed.
        on("2026-12-14")
        let late = try #require(try as_(ws, "zhao.edu").reviewQueue().first { $0.id == "GC2026-0001" })
        #expect(late.overdue && late.reason.contains("截止 3 天"))
        expectRefused(.invalid) {
            try as_(ws, "zhao.edu").closeConsultation(id: "GC2026-0001", CloseConsultationRequest(commentsReceived: 12, adoption: "采纳 8 条", feedback: "已公布"))
        }   // 12 comments need their summary
        expectRefused(.otherUnit) {
            try as_(ws, "wang.cg").closeConsultation(id: "GC2026-0001", CloseConsultationRequest(commentsReceived: 0, adoption: "a", feedback: "f"))
        }
        let closed = try as_(ws, "zhao.edu").closeConsultation(id: "GC2026-0001", CloseConsultationRequest(
            commentsReceived: 12, summary: "多数建议调整学区边界", adoption: "采纳 8 条", feedback: "已在县政府门户网站公布采纳情况"))
        #expect(closed.status == .closed && closed.consultation.closedOn?.iso == "2026-12-14" && closed.daysLeft == nil)
        #expect(!(try as_(ws, "zhao.edu").reviewQueue().contains { $0.id == "GC2026-0001" }))
        #expect(try as_(ws, "admin").auditEntries(AuditQuery(item: "GC2026-0001")).map(\.action) == ["consultation.add", "consultation.close"])
    }

    @Test func theSettingsAreTheWorkspacesAndForAdminsOnly() throws {
        let ws = try workspace()
        #expect(try as_(ws, "wang.cg").consultationSettings() == ConsultationSettings(minimumPublicCommentDays: 30, closingSoonDays: 7))
        expectRefused(.adminOnly) {
            try as_(ws, "chen.review").setConsultationSettings(ConsultationSettings(minimumPublicCommentDays: 0))
        }
        try as_(ws, "admin").setConsultationSettings(ConsultationSettings(minimumPublicCommentDays: 0, closingSoonDays: 20))
        // With a 20-day window the demo consultation (closing in 14 days) is in the inbox today.
        #expect(try as_(ws, "zhao.edu").reviewQueue().contains { $0.id == "GC2026-0001" })
        expectRefused(.invalidValue) {
            try as_(ws, "admin").setConsultationSettings(ConsultationSettings(minimumPublicCommentDays: -1))
        }
    }

    // MARK: 网站巡检

    @Test func inspectionsAreScopedAndTheFixIsRecorded() throws {
        let ws = try workspace()
        #expect(try as_(ws, "zhao.edu").inspections().map(\.inspection.unitId) == ["edu"])
        #expect(try as_(ws, "chen.review").inspections().count == 3)
        let open = try #require(try as_(ws, "zhao.edu").inspections().first)
        #expect(open.awaitingFix && open.inspection.checks == [.antiTamper, .antiVirus])
        expectRefused(.otherUnit) { try as_(ws, "wang.cg").fixInspection(id: open.inspection.id) }
        let fixed = try as_(ws, "zhao.edu").fixInspection(id: open.inspection.id)
        #expect(fixed.inspection.fixedOn?.iso == "2026-11-27" && !fixed.awaitingFix)
        let added = try as_(ws, "wang.cg").addInspection(AddInspectionRequest(
            inspector: "王芳", channelKind: .newMedia, channel: "城关镇微信公众号", failed: [.antiAttack],
            problems: "后台登录口令过于简单"))
        #expect(added.inspection.unitId == "chengguan" && added.inspection.date.iso == "2026-11-27" && added.awaitingFix)
        expectRefused(.invalid) {
            try as_(ws, "wang.cg").addInspection(AddInspectionRequest(inspector: "王芳", channelKind: .website, channel: "网站",
                                                                      checks: [.antiVirus], failed: [.antiAttack], problems: "x"))
        }
        #expect(try as_(ws, "admin").auditEntries(AuditQuery(item: open.inspection.id)).map(\.action) == ["inspection.add", "inspection.fix"])
    }

    @Test func theStaleReportIsTheCatalogsOwnStaleComputation() throws {
        let ws = try workspace()
        let admin = as_(ws, "admin")
        for days in [30, 90, 200] {
            let report = try admin.staleColumnReport(stalenessDays: days)
            let check = try admin.catalogCheck(stalenessDays: days).problems.filter { $0.kind == .staleColumn }
            #expect(report.columns.map(\.path) == check.map(\.path))
            #expect(report.columns.map(\.message) == check.map(\.message))
        }
        // The inbox's 栏目未更新 items are the officer's unit's share of the same report.
        let county = try admin.staleColumnReport().columns.filter { $0.ownerUnitId == "county-office" }
        #expect(try admin.reviewQueue().filter { $0.kind == .staleColumn }.map(\.id) == county.map(\.nodeId))
        // A unit's officers see the columns their unit is responsible for.
        let finance = try as_(ws, "admin").staleColumnReport(unit: "县财政局").columns
        #expect(!finance.isEmpty && finance.allSatisfy { $0.ownerUnitName == "县财政局" && $0.idleDays > $0.periodDays })
        // (A day's period makes columns of every unit stale: the county sees others, the education officer only his.)
        #expect(try admin.staleColumnReport(stalenessDays: 1).columns.contains { $0.ownerUnitId != "edu" })
        let education = try as_(ws, "zhao.edu").staleColumnReport(stalenessDays: 1).columns
        #expect(!education.isEmpty && education.allSatisfy { $0.ownerUnitId == "edu" })
        expectRefused(.otherUnit) { try as_(ws, "zhao.edu").staleColumnReport(unit: "县财政局") }
        #expect(throws: CatalogError.invalidStalenessDays(0)) { try admin.staleColumnReport(stalenessDays: 0) }
    }

    @Test func theCatalogColumnsLeadToTheirUnitsRegisters() throws {
        let ws = try workspace()
        let admin = as_(ws, "admin")
        let tree = try admin.catalogTree()
        func find(_ path: String, in nodes: [CatalogTreeNode]) -> CatalogTreeNode? {
            for n in nodes { if n.path == path { return n }; if let f = find(path, in: n.children) { return f } }
            return nil
        }
        let duties = try #require(find("部门乡镇信息公开/县教育局/权责清单", in: tree))
        #expect(try admin.catalogRegisterLink(nodeID: duties.id) == CatalogRegisterLink(kind: .duties, nodeId: duties.id, unitId: "edu"))
        let consult = try #require(find("法定主动公开内容/其他法定信息/重大决策意见征集", in: tree))
        #expect(try admin.catalogRegisterLink(nodeID: consult.id)?.kind == .consultations)
        let plain = try #require(find("部门乡镇信息公开/县教育局/工作动态", in: tree))
        #expect(try admin.catalogRegisterLink(nodeID: plain.id) == nil)
    }
}
