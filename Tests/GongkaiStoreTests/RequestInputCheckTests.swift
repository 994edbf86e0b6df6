import Foundation
import Testing
@testable import GongkaiCore
@testable import GongkaiStore

/// 字段表 — a request that lists its fields itself (`InputFields`, no reflection) lists exactly the
/// stored properties reflection finds, in order, with their values; and the check still names the
/// field of a refusal.
@Suite("请求检查的字段表 Request check field lists")
struct RequestInputCheckTests {
    let today = CivilDate(iso: "2026-11-20")!

    @Test func newApplicationListsEveryStoredPropertyAsReflectionDoes() {
        let a = NewApplication(received: today, channel: .online, applicantType: .naturalPerson, applicantName: "孙七",
                               content: "申请公开预算", unit: "edu", idNumber: nil, contact: "13800000000", formWanted: "电子邮件")
        let reflected = Mirror(reflecting: a).children.map { ($0.label ?? "", "\($0.value)") }
        let listed = a.inputFields.map { ($0.0, "\($0.1.value)") }
        #expect(listed.map(\.0) == reflected.map(\.0))
        #expect(listed.map(\.1) == reflected.map(\.1))
        expectKindsMatchTypes(a.inputFields)
    }

    /// A field listed as a code or a number is skipped or bounded, not checked as text: each
    /// listed kind must be the kind of the stored property, or a text field could slip past.
    private func expectKindsMatchTypes(_ fields: [(String, InputValue)], sourceLocation: SourceLocation = #_sourceLocation) {
        for (name, value) in fields {
            let type = "\(type(of: value.value))"
            let ok: Bool = switch value {
            case .text: type == "String"
            case .optionalText: type == "Optional<String>"
            case .date: type == "CivilDate"
            case .optionalDate: type == "Optional<CivilDate>"
            case .number: type == "Optional<Int>"
            case .code(let code): code is any DomainCode || (Mirror(reflecting: code).displayStyle == .optional
                && (Mirror(reflecting: code).children.first.map { $0.value is any DomainCode } ?? type.hasPrefix("Optional<")))
            case .nested: !(type.contains("String") || type.contains("CivilDate") || type.contains("Int"))
            }
            #expect(ok, "\(name) is listed as \(value) but holds \(type)", sourceLocation: sourceLocation)
        }
    }

    @Test func applicationEventListsEveryStoredPropertyAsReflectionDoes() {
        var fee = ApplicationEvent.reply(today, outcome: .granted)
        fee.note = "见网站"
        fee.override = GuardOverride(rule: CaseHistoryRule.allCases[0], reason: "领导批准")
        for e in [fee, .extend(today, days: 5, approver: "王主任"), .withdraw(today)] {
            let reflected = Mirror(reflecting: e).children.map { ($0.label ?? "", "\($0.value)") }
            let listed = e.inputFields.map { ($0.0, "\($0.1.value)") }
            #expect(listed.map(\.0) == reflected.map(\.0))
            #expect(listed.map(\.1) == reflected.map(\.1))
            expectKindsMatchTypes(e.inputFields)
        }
        var bad = ApplicationEvent.reply(today, outcome: .granted)
        bad.note = "答复\u{1B}[2J"
        #expect(RequestInputCheck.problem(bad, field: "events[1]", today: today)?.field == "events[1].note")
        // Inside a present optional (a struct reached by reflection) the text is still checked;
        // absent optionals and codes pass.
        var overridden = ApplicationEvent.reply(today, outcome: .granted)
        overridden.override = GuardOverride(rule: .oneCorrectionNotice, reason: "批准\u{7}")
        #expect(RequestInputCheck.problem(overridden, field: "events[1]", today: today)?.field == "events[1].override.reason")
        overridden.override?.reason = "领导批准"
        #expect(RequestInputCheck.problem(overridden, field: "events[1]", today: today) == nil)
        #expect(RequestInputCheck.problem(ApplicationEvent.withdraw(today), field: "events[1]", today: today) == nil)
        // A number inside an optional keeps its bound.
        #expect(RequestInputCheck.problem(ApplicationEvent.extend(today, days: -1, approver: "王主任"), field: "events[1]",
                                          today: today)?.field == "events[1].days")
    }

    @Test func aRefusalStillNamesItsField() {
        var a = NewApplication(received: today, channel: .online, applicantType: .naturalPerson, applicantName: "孙七",
                               content: "申请公开预算")
        #expect(RequestInputCheck.problem(a, field: "application", today: today) == nil)
        a.contact = "138\u{1B}[2J"
        #expect(RequestInputCheck.problem(a, field: "application", today: today)?.field == "application.contact")
        a.contact = nil
        a.received = CivilDate(iso: "1901-01-01")!
        #expect(RequestInputCheck.problem(a, today: today)?.field == "received")
    }
}
