import Testing
@testable import GongkaiCore

/// `DeadlineClock.validate`: what may be recorded next (条例第三十条至第三十四条; C2–C4).
@Suite struct DeadlineValidationTests {
    let cal = WorkdayCalendar.builtIn
    let received = d("2025-09-26")  // due 2025-10-30

    func refuse(_ expected: DeadlineError, existing: [ApplicationEvent] = [], _ new: ApplicationEvent,
                today: String? = nil, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(throws: expected, sourceLocation: sourceLocation) {
            try DeadlineClock.validate(received: received, existing: existing, new: new, calendar: cal,
                                       today: today.map(d))
        }
    }

    func accept(existing: [ApplicationEvent] = [], _ new: ApplicationEvent,
                sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(throws: Never.self, sourceLocation: sourceLocation) {
            try DeadlineClock.validate(received: received, existing: existing, new: new, calendar: cal)
        }
    }

    @Test("an event before receipt is refused")
    func beforeReceipt() {
        refuse(.eventBeforeReceipt(date: d("2025-09-25"), received: received),
               .reply(d("2025-09-25"), outcome: .granted))
        accept(.reply(d("2025-09-26"), outcome: .granted))  // a reply on the spot (当场答复)
    }

    @Test("an event before the previous one is refused; the same day is fine")
    func beforePrevious() {
        let existing: [ApplicationEvent] = [.consultStart(d("2025-10-10"), party: .thirdParty)]
        refuse(.eventBeforePrevious(date: d("2025-10-09"), previous: d("2025-10-10")), existing: existing,
               .consultEnd(d("2025-10-09")))
        accept(existing: existing, .consultEnd(d("2025-10-10")))
    }

    @Test("nothing may follow a reply or a withdrawal")
    func afterClose() {
        refuse(.eventAfterClose(kind: .extend, closedBy: .reply, on: d("2025-10-20")),
               existing: [.reply(d("2025-10-20"), outcome: .granted)],
               .extend(d("2025-10-21"), days: 5, approver: "甲"))
        refuse(.eventAfterClose(kind: .reply, closedBy: .withdraw, on: d("2025-10-20")),
               existing: [.withdraw(d("2025-10-20"))], .reply(d("2025-10-20"), outcome: .granted))
    }

    @Test("C2: no reply while a consultation is open; allowed from its 15th working day")
    func replyWhileConsulting() {
        let existing: [ApplicationEvent] = [.consultStart(d("2025-09-29"), party: .thirdParty)]
        refuse(.replyWhileConsulting(since: d("2025-09-29"), deadline: d("2025-10-27")), existing: existing,
               .reply(d("2025-10-10"), outcome: .granted))
        accept(existing: existing, .reply(d("2025-10-27"), outcome: .granted))
        accept(existing: existing + [.consultEnd(d("2025-10-10"))], .reply(d("2025-10-10"), outcome: .granted))
    }

    @Test("C2: consult-end needs an open consultation; one consultation at a time")
    func consultPairs() {
        refuse(.consultEndWithoutConsultation, .consultEnd(d("2025-10-10")))
        refuse(.consultEndWithoutConsultation,
               existing: [.consultStart(d("2025-09-29"), party: .agency), .consultEnd(d("2025-10-09"))],
               .consultEnd(d("2025-10-10")))
        refuse(.consultationAlreadyOpen(since: d("2025-09-29"), deadline: d("2025-10-27")),
               existing: [.consultStart(d("2025-09-29"), party: .agency)],
               .consultStart(d("2025-10-09"), party: .thirdParty))
        refuse(.missingParameter(kind: .consultStart, parameter: "party"),
               ApplicationEvent(kind: .consultStart, date: d("2025-10-09")))
        // A late answer may still be recorded (the pause is capped at the deadline anyway).
        accept(existing: [.consultStart(d("2025-09-29"), party: .agency)], .consultEnd(d("2025-10-29")))
    }

    @Test("C3: clarify-received needs a pending clarify-request; correctionDue not before the notice")
    func clarification() {
        refuse(.clarifyReceivedWithoutRequest, .clarifyReceived(d("2025-10-09")))
        refuse(.correctionDueBeforeNotice(correctionDue: d("2025-10-08"), notice: d("2025-10-09")),
               .clarifyRequest(d("2025-10-09"), correctionDue: d("2025-10-08")))
        refuse(.missingParameter(kind: .clarifyRequest, parameter: "correctionDue"),
               ApplicationEvent(kind: .clarifyRequest, date: d("2025-10-09")))
        let pending: [ApplicationEvent] = [.clarifyRequest(d("2025-10-09"), correctionDue: d("2025-10-20"))]
        refuse(.clarifyAlreadyPending(since: d("2025-10-09")), existing: pending,
               .clarifyRequest(d("2025-10-10"), correctionDue: d("2025-10-24")))
        accept(existing: pending, .clarifyReceived(d("2025-10-15")))
        refuse(.clarifyReceivedWithoutRequest, existing: pending + [.clarifyReceived(d("2025-10-15"))],
               .clarifyReceived(d("2025-10-16")))
    }

    @Test("C4: 1–20 working days each, at most 20 in total, approver required")
    func extensionLimits() {
        refuse(.extensionDaysOutOfRange(days: 21), .extend(d("2025-10-20"), days: 21, approver: "甲"))
        refuse(.extensionDaysOutOfRange(days: 0), .extend(d("2025-10-20"), days: 0, approver: "甲"))
        refuse(.missingParameter(kind: .extend, parameter: "approver"), .extend(d("2025-10-20"), days: 5, approver: "  "))
        refuse(.missingParameter(kind: .extend, parameter: "days"),
               ApplicationEvent(kind: .extend, date: d("2025-10-20"), approver: "甲"))
        let first: [ApplicationEvent] = [.extend(d("2025-10-20"), days: 15, approver: "甲")]
        refuse(.extensionTotalExceeded(already: 15, requested: 10), existing: first,
               .extend(d("2025-10-21"), days: 10, approver: "甲"))
        accept(existing: first, .extend(d("2025-10-21"), days: 5, approver: "甲"))
        accept(.extend(d("2025-10-20"), days: 20, approver: "甲"))
    }

    @Test("C4: refused once the current due date has passed; allowed on the due date")
    func extensionAfterDue() {
        refuse(.extensionAfterDue(date: d("2025-10-31"), due: d("2025-10-30")),
               .extend(d("2025-10-31"), days: 5, approver: "甲"))
        accept(.extend(d("2025-10-30"), days: 5, approver: "甲"))
        // After a first extension the current due date is the extended one (2025-11-06).
        let first: [ApplicationEvent] = [.extend(d("2025-10-30"), days: 5, approver: "甲")]
        accept(existing: first, .extend(d("2025-11-06"), days: 5, approver: "甲"))
        refuse(.extensionAfterDue(date: d("2025-11-07"), due: d("2025-11-06")), existing: first,
               .extend(d("2025-11-07"), days: 5, approver: "甲"))
    }

    @Test("C4 with C2: the due date an extension is checked against includes the consultation pause")
    func extensionAfterPause() {
        // Received 2025-09-22, consultation 09-25 → 10-14: due moves from 10-24 to 11-06.
        let existing: [ApplicationEvent] = [.consultStart(d("2025-09-25"), party: .thirdParty),
                                            .consultEnd(d("2025-10-14"))]
        #expect(throws: Never.self) {
            try DeadlineClock.validate(received: d("2025-09-22"), existing: existing,
                                       new: .extend(d("2025-11-05"), days: 5, approver: "甲"), calendar: cal)
        }
    }

    @Test("C3/C4: no extension while awaiting correction")
    func extensionWhileAwaiting() {
        refuse(.extensionWhileAwaitingCorrection,
               existing: [.clarifyRequest(d("2025-09-29"), correctionDue: d("2025-10-20"))],
               .extend(d("2025-10-09"), days: 5, approver: "甲"))
    }

    @Test("a reply needs an outcome; with today given, future events are refused")
    func replyAndFuture() {
        refuse(.missingParameter(kind: .reply, parameter: "outcome"), ApplicationEvent(kind: .reply, date: d("2025-10-09")))
        refuse(.eventInFuture(date: d("2025-10-20"), today: d("2025-10-10")),
               .reply(d("2025-10-20"), outcome: .granted), today: "2025-10-10")
    }

    @Test("errors read in the interface language only")
    func messages() {
        let e = DeadlineError.extensionTotalExceeded(already: 15, requested: 10)
        #expect(e.chineseMessage == "已延期 15 个工作日，再延期 10 个工作日将超过合计 20 个工作日的上限（条例第三十三条）")
        #expect(e.message == e.chineseMessage)
        UILanguage.$current.withValue(.en) { #expect(e.message.contains("exceeds the 20-day total")) }
        #expect(DeadlineError.missingParameter(kind: .extend, parameter: "approver").chineseMessage == "“延期”缺少批准人")
        #expect(DeadlineError.replyWhileConsulting(since: d("2025-09-29"), deadline: d("2025-10-27"))
            .chineseMessage.contains("征求意见"))
    }
}
