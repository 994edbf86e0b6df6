import Foundation
import Testing
@testable import GongkaiCore

/// The reply clock of 条例第三十条至第三十四条 under CONVENTIONS C1–C4, C7.
@Suite struct DeadlineClockTests {
    let cal = WorkdayCalendar.builtIn

    func status(_ received: String, _ events: [ApplicationEvent], today: String) -> ClockStatus {
        DeadlineClock.evaluate(received: d(received), events: events, today: d(today), calendar: cal)
    }

    // MARK: C1 — 20 working days

    @Test("C1: received 2025-09-26, no events → due 2025-10-30, 补正告知 due 2025-10-13")
    func plainClock() {
        let s = status("2025-09-26", [], today: "2025-10-28")
        #expect(s.state == .processing)
        #expect(s.due == d("2025-10-30"))
        #expect(s.workdaysLeft == 2)
        #expect(s.clarifyNoticeDue == d("2025-10-13"))
        #expect(s.clockStart == d("2025-09-26"))
        #expect(s.extensionDays == 0)
        #expect(!s.provisional)
        #expect(s.warnings.isEmpty)
        // C7: the derivation explains the date.
        #expect(s.derivation.start == d("2025-09-26"))
        #expect(s.derivation.countedDays == 20)
        #expect(s.derivation.due == d("2025-10-30"))
        #expect(s.derivation.makeUpWorkdays == [d("2025-09-28"), d("2025-10-11")])
        #expect(s.derivation.skipped.filter { $0.reason == .holiday }.map(\.date) == days("2025-10-01", "2025-10-08"))
        #expect(s.derivation.pausedRanges.isEmpty)
    }

    @Test("on the due date 0 days are left and it is not yet overdue")
    func dueDay() {
        let s = status("2025-09-26", [], today: "2025-10-30")
        #expect(s.state == .processing)
        #expect(s.workdaysLeft == 0)
    }

    @Test("overdue: the day after the due date, a weekend after it, and later", arguments: [
        ("2025-10-31", -1), ("2025-11-01", -1), ("2025-11-03", -2), ("2025-11-07", -6),
    ])
    func overdue(today: String, left: Int) {
        let s = status("2025-09-26", [], today: today)
        #expect(s.state == .overdue)
        #expect(s.due == d("2025-10-30"))
        #expect(s.workdaysLeft == left)
    }

    // MARK: reply / withdraw

    @Test("reply on the due date is on time; the day after is late")
    func replies() {
        let onTime = status("2025-09-26", [.reply(d("2025-10-30"), outcome: .granted)], today: "2025-11-10")
        #expect(onTime.state == .replied)
        #expect(onTime.replyDate == d("2025-10-30"))
        #expect(onTime.outcome == .granted)
        #expect(!onTime.repliedLate)
        #expect(onTime.workdaysLeft == nil)
        #expect(onTime.due == d("2025-10-30"))

        let late = status("2025-09-26", [.reply(d("2025-10-31"), outcome: .partiallyGranted)], today: "2025-11-10")
        #expect(late.state == .replied)
        #expect(late.repliedLate)
        #expect(late.outcome == .partiallyGranted)
    }

    @Test("withdraw closes the application")
    func withdraw() {
        let s = status("2025-09-26", [.withdraw(d("2025-10-10"))], today: "2025-12-01")
        #expect(s.state == .withdrawn)
        #expect(s.withdrawnDate == d("2025-10-10"))
        #expect(s.workdaysLeft == nil)
        #expect(s.replyDate == nil)
        #expect(!s.repliedLate)
    }

    // MARK: C2 — consultation pause

    let consultAcrossNationalDay: [ApplicationEvent] = [
        .consultStart(d("2025-09-25"), party: .thirdParty),
        .consultEnd(d("2025-10-14")),
    ]

    @Test("C2: while a consultation across 国庆 is open, due is unknown and the consultee's deadline shows")
    func consultationOpen() {
        let s = status("2025-09-22", Array(consultAcrossNationalDay.prefix(1)), today: "2025-10-10")
        #expect(s.state == .consulting)
        #expect(s.due == nil)
        #expect(s.workdaysLeft == nil)
        #expect(s.consultDeadline == d("2025-10-22"))  // S + 15 working days, skipping 10-01..08
        #expect(s.consultParty == .thirdParty)
        #expect(s.derivation.pausedRanges.first?.endedBy == .open)
        #expect(s.derivation.pausedRanges.first?.pausedWorkdays == 6) // 09-26, 28, 29, 30, 10-09, 10-10
    }

    @Test("C2: answered 2025-10-14 → the 9 working days in (09-25, 10-14] are not counted → due 2025-11-06")
    func consultationAnswered() throws {
        let s = status("2025-09-22", consultAcrossNationalDay, today: "2025-11-03")
        #expect(s.state == .processing)
        #expect(s.due == d("2025-11-06"))
        #expect(s.workdaysLeft == 3)
        #expect(s.consultDeadline == nil)
        let pause = try #require(s.derivation.pausedRanges.first)
        #expect(pause == PausedRange(start: d("2025-09-25"), end: d("2025-10-14"), deadline: d("2025-10-22"),
                                     party: .thirdParty, endedBy: .answered, pausedWorkdays: 9))
        let paused = s.derivation.skipped.filter { $0.reason == .paused }.map(\.date)
        #expect(paused == ["2025-09-26", "2025-09-28", "2025-09-29", "2025-09-30", "2025-10-09",
                           "2025-10-10", "2025-10-11", "2025-10-13", "2025-10-14"].map(d))
        // The 国庆 holidays inside the pause stay holidays.
        #expect(s.derivation.skipped.filter { $0.reason == .holiday }.map(\.date) == days("2025-10-01", "2025-10-08"))
    }

    @Test("C2: no answer → the pause ends by itself at S + 15 working days", arguments: [
        ("2025-10-21", ApplicationState.consulting, nil as String?),
        ("2025-10-22", .processing, "2025-11-14"),
        ("2025-10-23", .processing, "2025-11-14"),
    ])
    func consultationLapses(today: String, state: ApplicationState, due: String?) {
        let s = status("2025-09-22", [.consultStart(d("2025-09-25"), party: .agency)], today: today)
        #expect(s.state == state)
        #expect(s.due == due.map(d))
        if state == .processing {
            #expect(s.derivation.pausedRanges.first?.endedBy == .deadline)
            #expect(s.derivation.pausedRanges.first?.pausedWorkdays == 15)
        }
    }

    @Test("C2: a late answer does not lengthen the pause beyond the 15th working day")
    func lateAnswer() {
        let s = status("2025-09-22", [.consultStart(d("2025-09-25"), party: .agency), .consultEnd(d("2025-10-24"))],
                       today: "2025-10-27")
        #expect(s.due == d("2025-11-14"))
        #expect(s.derivation.pausedRanges.first?.end == d("2025-10-22"))
        #expect(s.warnings.map(\.kind) == [.consultAnswerLate])
    }

    @Test("a reply after an answered consultation is judged against the paused due date")
    func replyAfterConsultation() {
        let s = status("2025-09-22", consultAcrossNationalDay + [.reply(d("2025-11-05"), outcome: .granted)],
                       today: "2025-11-20")
        #expect(s.state == .replied)
        #expect(s.due == d("2025-11-06"))
        #expect(!s.repliedLate)
    }

    // MARK: C3 — clarification

    let clarification: [ApplicationEvent] = [
        .extend(d("2025-03-04"), days: 5, approver: "王主任"),
        .clarifyRequest(d("2025-03-05"), correctionDue: d("2025-03-20")),
    ]

    @Test("C3: a clarify-request stops the clock")
    func awaitingCorrection() {
        let s = status("2025-03-03", clarification, today: "2025-03-10")
        #expect(s.state == .awaitingCorrection)
        #expect(s.due == nil)
        #expect(s.workdaysLeft == nil)
        #expect(s.correctionDue == d("2025-03-20"))
        #expect(s.clarifyNoticeDue == d("2025-03-12"))
        #expect(s.warnings.isEmpty)
    }

    @Test("C3: the correction arriving 2025-03-14 restarts 20 days from that day, dropping the earlier extension")
    func correctionRestarts() {
        let s = status("2025-03-03", clarification + [.clarifyReceived(d("2025-03-14"))], today: "2025-03-17")
        #expect(s.state == .processing)
        #expect(s.clockStart == d("2025-03-14"))
        #expect(s.due == d("2025-04-14"))  // 清明 04-04..06 skipped
        #expect(s.extensionDays == 0)
        #expect(s.derivation.extensions.isEmpty)
        #expect(s.derivation.start == d("2025-03-14"))
        #expect(s.correctionDue == nil)
        #expect(s.clarifyNoticeDue == d("2025-03-12"))  // still counted from the original receipt
    }

    @Test("C3: correction period over with no correction → flagged, may close as other.no-correction")
    func correctionOverdue() throws {
        let s = status("2025-03-03", clarification, today: "2025-03-21")
        #expect(s.state == .awaitingCorrection)
        let w = try #require(s.warnings.first)
        #expect(w.kind == .correctionOverdue)
        #expect(w.date == d("2025-03-20"))
        #expect(w.message.contains("other.no-correction"))
        // Closing it that way is a reply while awaiting correction — allowed and never "late".
        let closed = status("2025-03-03", clarification + [.reply(d("2025-03-24"), outcome: .otherNoCorrection)],
                            today: "2025-03-25")
        #expect(closed.state == .replied)
        #expect(closed.outcome == .otherNoCorrection)
        #expect(!closed.repliedLate)
    }

    @Test("条例第三十条: a 补正 notice after the 7th working day is flagged")
    func lateClarifyNotice() {
        let s = status("2025-03-03", [.clarifyRequest(d("2025-03-13"), correctionDue: d("2025-03-28"))],
                       today: "2025-03-14")
        #expect(s.warnings.map(\.kind) == [.clarifyNoticeLate])
        let onTime = status("2025-03-03", [.clarifyRequest(d("2025-03-12"), correctionDue: d("2025-03-28"))],
                            today: "2025-03-14")
        #expect(onTime.warnings.isEmpty)
    }

    @Test("C3 discards a consultation from before the correction")
    func correctionDiscardsPauses() {
        let events: [ApplicationEvent] = [
            .consultStart(d("2025-03-04"), party: .thirdParty), .consultEnd(d("2025-03-06")),
            .clarifyRequest(d("2025-03-07"), correctionDue: d("2025-03-21")),
            .clarifyReceived(d("2025-03-14")),
        ]
        let s = status("2025-03-03", events, today: "2025-03-17")
        #expect(s.due == d("2025-04-14"))
        #expect(s.derivation.pausedRanges.isEmpty)
    }

    // MARK: C4 — extension

    @Test("C4: extensions add working days: 15 → 2025-11-20, then 5 more → 2025-11-27")
    func extensions() {
        let first: [ApplicationEvent] = [.extend(d("2025-10-20"), days: 15, approver: "王主任")]
        let s = status("2025-09-26", first, today: "2025-10-30")
        #expect(s.state == .extended)
        #expect(s.due == d("2025-11-20"))
        #expect(s.workdaysLeft == 15)
        #expect(s.extensionDays == 15)
        #expect(s.derivation.countedDays == 35)
        #expect(s.derivation.extensions == [ExtensionRecord(date: d("2025-10-20"), days: 15, approver: "王主任")])

        let both = status("2025-09-26", first + [.extend(d("2025-11-20"), days: 5, approver: "王主任")],
                          today: "2025-11-21")
        #expect(both.due == d("2025-11-27"))
        #expect(both.extensionDays == 20)
        #expect(both.state == .extended)
    }

    @Test("a stored extension after the due date is refused: not applied, flagged, still overdue")
    func storedLateExtension() {
        let s = status("2025-09-26", [.extend(d("2025-10-31"), days: 10, approver: "王主任")], today: "2025-11-03")
        #expect(s.state == .overdue)
        #expect(s.due == d("2025-10-30"))
        #expect(s.extensionDays == 0)
        #expect(s.warnings.map(\.kind) == [.invalidEvent])
        #expect(s.warnings.first?.message.contains("2025-10-30") == true)
    }

    @Test("a stored extension beyond the 20-day total is not applied")
    func storedExcessExtension() {
        let s = status("2025-09-26", [.extend(d("2025-10-20"), days: 15, approver: "甲"),
                                      .extend(d("2025-10-21"), days: 10, approver: "甲")], today: "2025-10-22")
        #expect(s.extensionDays == 15)
        #expect(s.due == d("2025-11-20"))
        #expect(s.warnings.map(\.kind) == [.invalidEvent])
    }

    // MARK: C5 — provisional

    @Test("C5: a deadline reaching into 2027 is provisional and names 2027")
    func provisional() {
        let s = status("2026-12-10", [], today: "2026-12-20")
        #expect(s.due == d("2027-01-07"))  // 2027-01-01 counted: no holiday guessed
        #expect(s.provisional)
        #expect(s.missingYears == [2027])
        #expect(s.workdaysLeft == 14)
        #expect(s.clarifyNoticeDue == d("2026-12-21"))
    }

    @Test("entering the 2027 arrangement later recomputes the same stored inputs (C7)")
    func recomputesWithNewCalendar() throws {
        let a2027 = try HolidayArrangement.validated(year: 2027, notice: "测试用安排", noticeDate: "2026-11-10",
                                                     daysOff: ["2027-01-01..2027-01-03"], makeUpWorkdays: [])
        let s = DeadlineClock.evaluate(received: d("2026-12-10"), events: [], today: d("2026-12-20"),
                                       calendar: cal.merging([a2027]))
        #expect(s.due == d("2027-01-08"))
        #expect(!s.provisional)
        #expect(s.missingYears.isEmpty)
    }

    // MARK: robustness and JSON

    @Test("events are evaluated in date order whatever their stored order")
    func order() {
        let s = status("2025-09-22", consultAcrossNationalDay.reversed(), today: "2025-11-03")
        #expect(s.due == d("2025-11-06"))
    }

    @Test("an event dated after today is flagged")
    func futureEvent() {
        let s = status("2025-09-26", [.extend(d("2025-10-20"), days: 5, approver: "甲")], today: "2025-10-10")
        #expect(s.warnings.map(\.kind) == [.eventInFuture])
    }

    @Test("ClockStatus and ApplicationEvent encode with the domain codes")
    func json() throws {
        let event = ApplicationEvent.extend(d("2025-10-20"), days: 10, approver: "张三")
        let e = try #require(try JSONSerialization.jsonObject(with: JSONEncoder().encode(event)) as? [String: Any])
        #expect(Set(e.keys) == ["kind", "date", "days", "approver"])
        #expect(e["kind"] as? String == "extend")
        #expect(try JSONDecoder().decode(ApplicationEvent.self, from: JSONEncoder().encode(event)) == event)

        let s = status("2025-03-03", clarification, today: "2025-03-10")
        let data = try JSONEncoder().encode(s)
        let obj = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(obj["state"] as? String == "awaiting-correction")
        #expect(obj["correctionDue"] as? String == "2025-03-20")
        #expect(obj["due"] == nil)
        #expect(try JSONDecoder().decode(ClockStatus.self, from: data) == s)
    }

    @Test("codes accept their Chinese names")
    func codes() {
        #expect(ApplicationEventKind(codeOrName: "补正告知") == .clarifyRequest)
        #expect(ApplicationEventKind(codeOrName: "consult-end") == .consultEnd)
        #expect(ApplicationState(codeOrName: "逾期") == .overdue)
        #expect(ConsultParty(codeOrName: "其他机关") == .agency)
        #expect(ApplicationEventKind.allCases.map(\.chineseName) == ["补正告知", "收到补正", "征求意见", "意见返回", "延期", "答复", "撤回",
                                                                   "收费通知", "缴纳费用"])
        #expect(ApplicationState.allCases.map(\.code) == ["processing", "awaiting-correction", "consulting",
                                                         "extended", "awaiting-fee", "replied", "withdrawn", "overdue"])
    }
}
