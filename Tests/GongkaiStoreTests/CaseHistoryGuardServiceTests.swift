import Foundation
import GRDB
import Testing
@testable import GongkaiCore
@testable import GongkaiStore

private func d(_ s: String) -> CivilDate { CivilDate(iso: s)! }

/// The case-history rules (C9) and the fee events (C8) at the service door: refusals name the
/// rule, nothing is written; an admin overrides with a reason (audited, on the case); a clerk cannot.
@Suite("办理记录规则 Case-history guards at the service door")
struct CaseHistoryGuardServiceTests: DemoWorkspaceSuite {
    var today: @Sendable () -> CivilDate { { d("2025-06-30") } }

    /// A 城关镇 application received 2025-03-03 (due 2025-03-31).
    func application(_ s: GongkaiService) throws -> String {
        try s.addApplication(NewApplication(received: d("2025-03-03"), channel: .inPerson, applicantType: .naturalPerson,
                                            applicantName: "张三", content: "某村道路硬化项目预算", unit: "城关镇")).id
    }

    func events(_ ws: Workspace, _ id: String) throws -> Int {
        try ws.writer.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM applicationEvent WHERE applicationId = ?", arguments: [id]) ?? 0 }
    }

    func rule(_ body: () throws -> Void) -> CaseHistoryRule? {
        do { try body(); return nil } catch ServiceError.caseHistory(let r) { return r.rule } catch { return nil }
    }

    @Test func eachRuleRefusesAndNamesItselfNothingIsWritten() throws {
        let ws = try workspace()
        let clerk = as_(ws, "wang.cg")
        let id = try application(clerk)
        // other.no-correction with no 补正 notice at all.
        #expect(rule { _ = try clerk.recordEvent(applicationId: id, .reply(d("2025-03-10"), outcome: .otherNoCorrection)) }
                == .noCorrectionAfterPeriod)
        // unavailable.still-unclear without a correction; other.fee-unpaid without a fee notice.
        #expect(rule { _ = try clerk.recordEvent(applicationId: id, .reply(d("2025-03-10"), outcome: .unavailableStillUnclear)) }
                == .stillUnclearAfterCorrection)
        #expect(rule { _ = try clerk.recordEvent(applicationId: id, .reply(d("2025-03-10"), outcome: .otherFeeUnpaid)) }
                == .feeUnpaidAfterPeriod)
        // A one-day correction period.
        #expect(rule { _ = try clerk.recordEvent(applicationId: id, .clarifyRequest(d("2025-03-05"), correctionDue: d("2025-03-06"))) }
                == .correctionPeriodMinimum)
        #expect(try events(ws, id) == 0)
        // The message names the rule and the article in the interface language only: no English
        // inside the Chinese message, the English one in English.
        do {
            _ = try clerk.recordEvent(applicationId: id, .reply(d("2025-03-10"), outcome: .otherNoCorrection))
            Issue.record("a reply as no-correction before the correction period ended was accepted")
        } catch let e as ServiceError {
            guard case .caseHistory(let refusal) = e else { Issue.record("refused by \(e), not a case-history rule"); return }
            #expect(refusal.rule == .noCorrectionAfterPeriod)
            #expect(e.message.contains("条例第三十条") && !e.message.contains("Regulations art. 30"))
            UILanguage.$current.withValue(.en) {
                #expect(e.message.contains("Regulations art. 30") && !e.message.contains("条例"))
            }
        }
        // One notice; then a late correction needs a note; a second notice is refused.
        _ = try clerk.recordEvent(applicationId: id, .clarifyRequest(d("2025-03-05"), correctionDue: d("2025-03-19")))
        #expect(rule { _ = try clerk.recordEvent(applicationId: id, .clarifyReceived(d("2025-03-21"))) } == .lateCorrectionNeedsNote)
        let detail = try clerk.recordEvent(applicationId: id, .clarifyReceived(d("2025-03-21"), note: "申请人住院，有正当理由"))
        #expect(detail.clock.clockStart == d("2025-03-21"))
        #expect(rule { _ = try clerk.recordEvent(applicationId: id, .clarifyRequest(d("2025-03-24"), correctionDue: d("2025-04-08"))) }
                == .oneCorrectionNotice)
        #expect(try events(ws, id) == 2)
    }

    @Test func theMinimumCorrectionPeriodIsAnAdminSetting() throws {
        let ws = try workspace()
        let clerk = as_(ws, "wang.cg"), admin = as_(ws, "admin")
        #expect(try clerk.applicationRuleSettings().minCorrectionWorkdays == 10)
        expectRefused(.adminOnly) { try clerk.setApplicationRuleSettings(ApplicationRuleSettings(minCorrectionWorkdays: 3)) }
        expectRefused(.invalidValue) { try admin.setApplicationRuleSettings(ApplicationRuleSettings(minCorrectionWorkdays: 0)) }
        try admin.setApplicationRuleSettings(ApplicationRuleSettings(minCorrectionWorkdays: 3))
        let id = try application(clerk)
        // 2025-03-05 → 2025-03-10 is 3 working days: accepted under the new setting.
        _ = try clerk.recordEvent(applicationId: id, .clarifyRequest(d("2025-03-05"), correctionDue: d("2025-03-10")))
        let audited = try ws.writer.read { db in
            try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM auditLog WHERE action = 'application.settings'") ?? 0
        }
        #expect(audited == 1)
    }

    @Test func anAdminOverridesWithAReasonAClerkCannot() throws {
        let ws = try workspace()
        let clerk = as_(ws, "wang.cg"), admin = as_(ws, "admin")
        let id = try application(clerk)
        let reply = ApplicationEvent.reply(d("2025-03-10"), outcome: .unavailableStillUnclear)
        #expect(throws: AccessDenied(rule: .overrideAdminOnly, officer: "wang.cg")) {
            try clerk.recordEvent(applicationId: id, reply, overrideReason: "电话补正")
        }
        #expect(try events(ws, id) == 0)
        let detail = try admin.recordEvent(applicationId: id, reply, overrideReason: "申请人当面口头补正，已记录在案")
        let recorded = try #require(detail.events.last)
        #expect(recorded.event.override == GuardOverride(rule: .stillUnclearAfterCorrection, reason: "申请人当面口头补正，已记录在案"))
        // Shown on the case, not flagged as a broken rule.
        #expect(detail.textLines.contains { $0.contains("管理员越过规则“收到补正后才能答复补正后仍不明确”") && $0.contains("口头补正") })
        #expect(!detail.textLines.contains { $0.contains("still-unclear-after-correction") }, "words, not the code")
        #expect(!detail.clock.warnings.contains { $0.kind == .ruleBroken })
        // In the audit log.
        let after = try ws.writer.read { db in
            try String.fetchOne(db, sql: "SELECT after FROM auditLog WHERE action = 'application.event' AND item = ? ORDER BY id DESC",
                                arguments: [id])
        }
        #expect(after?.contains("still-unclear-after-correction") == true && after?.contains("口头补正") == true)
    }

    @Test func aLateNoticeAfterTheDueDateLeavesTheCaseOverdue() throws {
        let ws = try workspace()
        let clerk = as_(ws, "wang.cg")
        let id = try application(clerk)
        _ = try clerk.recordEvent(applicationId: id, .clarifyRequest(d("2025-04-15"), correctionDue: d("2025-04-30")))
        let detail = try clerk.recordEvent(applicationId: id, .clarifyReceived(d("2025-04-18")))
        #expect(detail.due == d("2025-03-31"))
        #expect(detail.state == .overdue)
        #expect(detail.clock.clarifyNoticeLate)
        #expect(detail.detailLines.contains { $0.kind == .warning && $0.text.contains("补正告知超期") })
        let overdue = try clerk.listApplications(ApplicationQuery(overdue: true))
        #expect(overdue.items.contains { $0.id == id })
    }

    @Test func feesPauseTheClockAndCloseAsFeeUnpaidOnlyAfterThePeriod() throws {
        let ws = try workspace()
        let clerk = as_(ws, "wang.cg")
        let id = try application(clerk)
        // Count or pages, never both.
        #expect(throws: ServiceError.deadline(.feeBasisNotOne)) {
            try clerk.recordEvent(applicationId: id, .feeNotice(d("2025-03-10"), amount: 100, count: 12, pages: 40))
        }
        // Amount defaults to the schedule: 100 pages → 700 元.
        var detail = try clerk.recordEvent(applicationId: id, ApplicationEvent(kind: .feeNotice, date: d("2025-03-10"), pages: 100))
        #expect(detail.events.last?.event.amount == 700)
        #expect(detail.clock.feePaymentDue == d("2025-04-08"))
        #expect(try clerk.listApplications(ApplicationQuery(state: .awaitingFee)).items.map(\.id).contains(id))
        #expect(rule { _ = try clerk.recordEvent(applicationId: id, .reply(d("2025-04-08"), outcome: .otherFeeUnpaid)) }
                == .feeUnpaidAfterPeriod)
        // A second notice while the first is unpaid is refused.
        #expect(throws: ServiceError.deadline(.feeAlreadyPending(since: d("2025-03-10")))) {
            try clerk.recordEvent(applicationId: id, .feeNotice(d("2025-03-11"), amount: 700, pages: 100))
        }
        detail = try clerk.recordEvent(applicationId: id, .feePaid(d("2025-03-14")))
        #expect(detail.due == d("2025-04-08"))
        #expect(detail.textLines.contains { $0.contains("收费通知：2025-03-10 至 2025-03-14") && $0.contains("不计 5 个工作日") })
    }

    @Test func officerAddAcceptsTheUnitName() throws {
        let ws = try workspace()
        let admin = as_(ws, "admin")
        let o = try admin.addOfficer(Officer(login: "sun.cg", name: "孙丽", unitId: "城关镇", role: .clerk))
        #expect(o.unitId == "chengguan")
        let error = #expect(throws: ServiceError.self) {
            try admin.addOfficer(Officer(login: "li.cg", name: "李", unitId: "城关", role: .clerk))
        }
        guard case .unitNotResolved(_, let candidates)? = error else { Issue.record("\(String(describing: error))"); return }
        #expect(candidates.contains { $0.hasPrefix("城关镇") })
    }

    @Test func theInboxAndTheStatisticsFlagLateNoticesAndUnpaidFees() throws {
        let ws = try workspace()
        let clerk = as_(ws, "wang.cg")
        func add(_ name: String) throws -> String {
            try clerk.addApplication(NewApplication(received: d("2025-05-06"), channel: .inPerson, applicantType: .naturalPerson,
                                                    applicantName: name, content: "村务公开", unit: "城关镇")).id
        }
        // Received 2025-05-06: the notice was due by 2025-05-15; sent 2025-05-20 (late, before the
        // reply due date 2025-06-04), correction period until 2025-06-04, ended by today 2025-06-30.
        let late = try add("李四")
        let detail = try clerk.recordEvent(applicationId: late, .clarifyRequest(d("2025-05-20"), correctionDue: d("2025-06-04")))
        #expect(detail.clock.clarifyNoticeLate && detail.state == .awaitingCorrection)
        // Fee notice 2025-05-12, payment due 2025-06-10, unpaid.
        let fee = try add("王五")
        _ = try clerk.recordEvent(applicationId: fee, .feeNotice(d("2025-05-12"), amount: 200, count: 12))
        let inbox = try clerk.reviewQueue()
        let ended = try #require(inbox.first { $0.id == late })
        #expect(ended.kind == .correctionEnded && ended.reason.contains("补正告知超期"))
        let unpaid = try #require(inbox.first { $0.id == fee })
        #expect(unpaid.kind == .feePaymentEnded && unpaid.due == d("2025-06-10"))
        #expect(try clerk.yearStatistics(year: 2025).lateClarifyNotices == 1)
    }
}
