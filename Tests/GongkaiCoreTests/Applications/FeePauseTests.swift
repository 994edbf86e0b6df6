import Foundation
import Testing
@testable import GongkaiCore

/// 信息处理费 on the reply clock (国办函〔2020〕109号; C8) — the hand-worked examples of
/// Docs/申请与期限.md.
@Suite struct FeePauseTests {
    let cal = WorkdayCalendar.builtIn

    func status(_ events: [ApplicationEvent], today: String) -> ClockStatus {
        DeadlineClock.evaluate(received: d("2025-03-03"), events: events, today: d(today), calendar: cal)
    }

    @Test("example 1: received 2025-03-03 (due 2025-03-31); fee notice 03-10, paid 03-14 → due 2025-04-08")
    func paidFee() {
        let events: [ApplicationEvent] = [.feeNotice(d("2025-03-10"), amount: 700, pages: 100),
                                          .feePaid(d("2025-03-14"))]
        let s = status(events, today: "2025-03-17")
        #expect(s.state == .processing)
        // [03-10, 03-14]: 5 working days not counted; 2025-04-04 (清明) is a holiday.
        #expect(s.due == d("2025-04-08"))
        #expect(s.derivation.skipped.filter { $0.reason == .feePaused }.map(\.date) == days("2025-03-10", "2025-03-14"))
        #expect(s.derivation.feePauses == [FeePauseRange(notice: d("2025-03-10"), paymentDue: d("2025-04-08"),
                                                         paid: d("2025-03-14"), amount: 700, countsInClock: true,
                                                         pausedWorkdays: 5)])
    }

    @Test("example 2: while unpaid the due date is unknown; payment due 2025-04-08; after it, flagged")
    func unpaidFee() {
        let events: [ApplicationEvent] = [.feeNotice(d("2025-03-10"), amount: 700, pages: 100)]
        let s = status(events, today: "2025-03-20")
        #expect(s.state == .awaitingFee)
        #expect(s.due == nil)
        #expect(s.feePaymentDue == d("2025-04-08"))
        #expect(s.warnings.isEmpty)
        let late = status(events, today: "2025-04-09")
        #expect(late.warnings.map(\.kind) == [.feePaymentOverdue])
        let closed = status(events + [.reply(d("2025-04-09"), outcome: .otherFeeUnpaid)], today: "2025-04-10")
        #expect(closed.state == .replied)
        #expect(closed.warnings.isEmpty)
    }

    @Test("a fee notice after the due date moves nothing: the case stays overdue")
    func feeAfterDue() {
        let s = status([.feeNotice(d("2025-04-02"), amount: 700, pages: 100)], today: "2025-04-03")
        #expect(s.state == .overdue)
        #expect(s.due == d("2025-03-31"))
        #expect(s.warnings.map(\.kind).contains(.feeAfterDue))
    }

    @Test("count or pages, never both; amounts follow the schedule")
    func feeAmounts() {
        func check(_ e: ApplicationEvent) -> DeadlineError? {
            do { try DeadlineClock.validate(received: d("2025-03-03"), existing: [], new: e, calendar: cal); return nil }
            catch { return error }
        }
        #expect(check(.feeNotice(d("2025-03-10"), amount: 700, count: 12, pages: 100)) == .feeBasisNotOne)
        #expect(check(.feeNotice(d("2025-03-10"), amount: 700)) == .feeBasisNotOne)
        #expect(check(.feeNotice(d("2025-03-10"), amount: 100, pages: 30)) == .feeNothingToCharge(basis: .perPage, quantity: 30))
        // 100 pages: 70 × 10 = 700 元.
        #expect(check(.feeNotice(d("2025-03-10"), amount: 600, pages: 100))
                == .feeAmountInvalid(amount: 600, expected: 700, basis: .perPage))
        #expect(check(.feeNotice(d("2025-03-10"), amount: 700, pages: 100)) == nil)
        // 12 件: at most 2 × 100 = 200 元.
        #expect(check(.feeNotice(d("2025-03-10"), amount: 300, count: 12))
                == .feeAmountInvalid(amount: 300, expected: 200, basis: .perRequest))
        #expect(check(.feeNotice(d("2025-03-10"), amount: 100, count: 12)) == nil)
        #expect(check(.feePaid(d("2025-03-10"))) == .feePaidWithoutNotice)
    }
}
