import Foundation
import Testing
@testable import GongkaiCore

/// The case-history rules of C9 (条例第三十条、第三十六条) and the late 补正 notice (record and flag).
@Suite struct CaseHistoryGuardTests {
    let cal = WorkdayCalendar.builtIn
    let settings = ApplicationRuleSettings.default

    func refusal(_ received: String, _ existing: [ApplicationEvent], _ new: ApplicationEvent,
                 settings: ApplicationRuleSettings? = .default) -> CaseHistoryRefusal? {
        CaseHistoryGuard.check(received: d(received), existing: existing, new: new, calendar: cal, settings: settings)
    }

    @Test("一次性告知: a second 补正 notice after the correction is refused by rule one-correction-notice")
    func oneNotice() {
        let history: [ApplicationEvent] = [.clarifyRequest(d("2025-03-05"), correctionDue: d("2025-03-19")),
                                           .clarifyReceived(d("2025-03-10"))]
        let r = refusal("2025-03-03", history, .clarifyRequest(d("2025-03-12"), correctionDue: d("2025-03-26")))
        #expect(r?.rule == .oneCorrectionNotice)
        #expect(r?.text(in: .zh).contains("条例第三十条") == true)
        #expect(r?.text(in: .zh).contains("2025-03-05") == true)
        #expect(r?.text(in: .en).contains("one-correction-notice") == true)
        #expect(refusal("2025-03-03", [], .clarifyRequest(d("2025-03-05"), correctionDue: d("2025-03-19"))) == nil)
    }

    @Test("C9: a correction period shorter than the minimum (10 working days by default) is refused")
    func correctionPeriodMinimum() {
        // 2025-03-05 + 1 working day: refused; + 10 working days (2025-03-19): accepted.
        let short = refusal("2025-03-03", [], .clarifyRequest(d("2025-03-05"), correctionDue: d("2025-03-06")))
        #expect(short?.rule == .correctionPeriodMinimum)
        #expect(short?.text(in: .zh).contains("只有 1 个工作日") == true)
        #expect(refusal("2025-03-03", [], .clarifyRequest(d("2025-03-05"), correctionDue: d("2025-03-18")))?.rule
                == .correctionPeriodMinimum)
        #expect(refusal("2025-03-03", [], .clarifyRequest(d("2025-03-05"), correctionDue: d("2025-03-19"))) == nil)
        // A workspace setting of 3 working days accepts 2025-03-10.
        #expect(refusal("2025-03-03", [], .clarifyRequest(d("2025-03-05"), correctionDue: d("2025-03-10")),
                        settings: ApplicationRuleSettings(minCorrectionWorkdays: 3)) == nil)
    }

    @Test("C9: no 补正 notice while a consultation is open")
    func noNoticeWhileConsulting() {
        let open: [ApplicationEvent] = [.consultStart(d("2025-03-04"), party: .thirdParty)]
        let r = refusal("2025-03-03", open, .clarifyRequest(d("2025-03-06"), correctionDue: d("2025-03-25")))
        #expect(r?.rule == .noCorrectionWhileConsulting)
        let answered = open + [.consultEnd(d("2025-03-05"))]
        #expect(refusal("2025-03-03", answered, .clarifyRequest(d("2025-03-06"), correctionDue: d("2025-03-25"))) == nil)
    }

    @Test("other.no-correction needs a 补正 notice whose period ended with no correction")
    func noCorrectionOutcome() {
        let reply = { (day: String) in ApplicationEvent.reply(d(day), outcome: .otherNoCorrection) }
        #expect(refusal("2025-03-03", [], reply("2025-03-25"))?.rule == .noCorrectionAfterPeriod)
        let notice: [ApplicationEvent] = [.clarifyRequest(d("2025-03-05"), correctionDue: d("2025-03-19"))]
        // On the last day of the correction period it has not ended yet.
        let running = refusal("2025-03-03", notice, reply("2025-03-19"))
        #expect(running?.rule == .noCorrectionAfterPeriod)
        #expect(running?.text(in: .zh).contains("2025-03-19") == true)
        #expect(refusal("2025-03-03", notice, reply("2025-03-20")) == nil)
        // Once corrected, the case cannot be closed as not corrected.
        let corrected = notice + [.clarifyReceived(d("2025-03-10"))]
        #expect(refusal("2025-03-03", corrected, reply("2025-03-25"))?.rule == .noCorrectionAfterPeriod)
    }

    @Test("unavailable.still-unclear needs a received correction")
    func stillUnclear() {
        let reply = ApplicationEvent.reply(d("2025-03-25"), outcome: .unavailableStillUnclear)
        let notice: [ApplicationEvent] = [.clarifyRequest(d("2025-03-05"), correctionDue: d("2025-03-19"))]
        #expect(refusal("2025-03-03", [], reply)?.rule == .stillUnclearAfterCorrection)
        #expect(refusal("2025-03-03", notice, reply)?.rule == .stillUnclearAfterCorrection)
        #expect(refusal("2025-03-03", notice + [.clarifyReceived(d("2025-03-10"))], reply) == nil)
    }

    @Test("other.fee-unpaid needs a fee notice whose payment period ended (notice 2025-03-10 → pay by 2025-04-08)")
    func feeUnpaid() {
        let reply = { (day: String) in ApplicationEvent.reply(d(day), outcome: .otherFeeUnpaid) }
        #expect(refusal("2025-03-03", [], reply("2025-04-09"))?.rule == .feeUnpaidAfterPeriod)
        let fee: [ApplicationEvent] = [.feeNotice(d("2025-03-10"), amount: 700, pages: 100)]
        #expect(refusal("2025-03-03", fee, reply("2025-04-08"))?.rule == .feeUnpaidAfterPeriod)
        #expect(refusal("2025-03-03", fee, reply("2025-04-09")) == nil)
        #expect(refusal("2025-03-03", fee + [.feePaid(d("2025-03-14"))], reply("2025-04-09"))?.rule == .feeUnpaidAfterPeriod)
    }

    @Test("a correction received after its period needs a note on good reason")
    func lateCorrectionNote() {
        let notice: [ApplicationEvent] = [.clarifyRequest(d("2025-03-05"), correctionDue: d("2025-03-19"))]
        #expect(refusal("2025-03-03", notice, .clarifyReceived(d("2025-03-20")))?.rule == .lateCorrectionNeedsNote)
        #expect(refusal("2025-03-03", notice, .clarifyReceived(d("2025-03-20"), note: "因住院延误，有正当理由")) == nil)
        #expect(refusal("2025-03-03", notice, .clarifyReceived(d("2025-03-19"))) == nil)
    }

    @Test("every rule names its article in both languages")
    func articles() {
        for rule in CaseHistoryRule.allCases {
            let zh = rule.article(in: .zh), en = rule.article(in: .en)
            #expect(zh.contains("第") || zh.contains("国办函"))
            #expect(!en.isEmpty && en.unicodeScalars.allSatisfy { $0.value < 0x3000 })
        }
    }

    // MARK: record and flag

    @Test("issue 24: due 2025-03-31; a 补正 notice 43 days after receipt does not move it to 2025-05-20")
    func lateNoticeAfterDueKeepsTheCaseOverdue() {
        let events: [ApplicationEvent] = [.clarifyRequest(d("2025-04-15"), correctionDue: d("2025-04-30")),
                                          .clarifyReceived(d("2025-04-18"))]
        let before = DeadlineClock.evaluate(received: d("2025-03-03"), events: [], today: d("2025-03-31"), calendar: cal)
        #expect(before.due == d("2025-03-31"))
        let s = DeadlineClock.evaluate(received: d("2025-03-03"), events: events, today: d("2025-05-06"), calendar: cal)
        #expect(s.due == d("2025-03-31"))
        #expect(s.state == .overdue)
        #expect(s.clarifyNoticeLate)
        #expect(s.clockStart == d("2025-03-03"))
        #expect(s.warnings.map(\.kind).contains(.clarifyAfterDue))
        // While the (late) notice waits for its correction the case is overdue, not awaiting correction.
        let waiting = DeadlineClock.evaluate(received: d("2025-03-03"), events: Array(events.prefix(1)),
                                             today: d("2025-04-16"), calendar: cal)
        #expect(waiting.state == .overdue)
        #expect(waiting.due == d("2025-03-31"))
    }

    @Test("a late notice before the due date still stops the clock, and is flagged late")
    func lateNoticeBeforeDue() {
        let events: [ApplicationEvent] = [.clarifyRequest(d("2025-03-20"), correctionDue: d("2025-04-07")),
                                          .clarifyReceived(d("2025-03-25"))]
        let s = DeadlineClock.evaluate(received: d("2025-03-03"), events: events, today: d("2025-03-26"), calendar: cal)
        #expect(s.clarifyNoticeLate)
        #expect(s.clockStart == d("2025-03-25"))
        #expect(s.state == .processing)
        let onTime = DeadlineClock.evaluate(received: d("2025-03-03"),
                                            events: [.clarifyRequest(d("2025-03-12"), correctionDue: d("2025-03-26"))],
                                            today: d("2025-03-13"), calendar: cal)
        #expect(!onTime.clarifyNoticeLate)
        #expect(onTime.state == .awaitingCorrection)
    }

    @Test("an overridden second notice does not restart the clock (一次性告知)")
    func secondNoticeDoesNotRestart() {
        var second = ApplicationEvent.clarifyRequest(d("2025-03-12"), correctionDue: d("2025-03-26"))
        second.override = GuardOverride(rule: .oneCorrectionNotice, reason: "申请人要求")
        let events: [ApplicationEvent] = [.clarifyRequest(d("2025-03-05"), correctionDue: d("2025-03-19")),
                                          .clarifyReceived(d("2025-03-10")), second, .clarifyReceived(d("2025-03-14"))]
        let s = DeadlineClock.evaluate(received: d("2025-03-03"), events: events, today: d("2025-03-17"), calendar: cal)
        #expect(s.clockStart == d("2025-03-10"))
    }

    @Test("a stored event that breaks a rule without an override is flagged")
    func storedBreachFlagged() {
        let s = DeadlineClock.evaluate(received: d("2025-03-03"),
                                       events: [.reply(d("2025-03-10"), outcome: .unavailableStillUnclear)],
                                       today: d("2025-03-11"), calendar: cal)
        #expect(s.warnings.map(\.kind) == [.ruleBroken])
        var overridden = ApplicationEvent.reply(d("2025-03-10"), outcome: .unavailableStillUnclear)
        overridden.override = GuardOverride(rule: .stillUnclearAfterCorrection, reason: "补正材料以电话方式提交")
        let ok = DeadlineClock.evaluate(received: d("2025-03-03"), events: [overridden], today: d("2025-03-11"), calendar: cal)
        #expect(ok.warnings.isEmpty)
    }
}
