import Testing
@testable import GongkaiCore

@Suite("CivilDate 日期")
struct CivilDateTests {
    @Test func parsesAndFormatsISO() {
        let d = CivilDate(iso: "2025-09-26")
        #expect(d?.year == 2025 && d?.month == 9 && d?.day == 26)
        #expect(d?.iso == "2025-09-26")
    }

    @Test func rejectsDaysThatDoNotExistAndOtherForms() {
        #expect(CivilDate(iso: "2025-02-29") == nil)
        #expect(CivilDate(iso: "2024-02-29") != nil)
        #expect(CivilDate(iso: "2026-13-01") == nil)
        #expect(CivilDate(iso: "2026-1-01") == nil)
        #expect(CivilDate(iso: "2026/01/01") == nil)
        #expect(CivilDate(iso: "２０２６-01-01") == nil)
    }

    @Test func arithmeticAndWeekdays() {
        let d = CivilDate(iso: "2025-12-31")!
        #expect(d.adding(days: 1).iso == "2026-01-01")
        #expect(CivilDate(iso: "2024-02-28")!.adding(days: 1).iso == "2024-02-29")
        #expect(CivilDate(iso: "1970-01-01")!.dayNumber == 0)
        #expect(CivilDate(iso: "2025-09-26")!.isoWeekday == 5) // a Friday
        #expect(CivilDate(iso: "2026-02-14")!.isWeekend)       // a Saturday (调休上班 that year)
        #expect(d.days(to: CivilDate(iso: "2026-01-31")!) == 31)
    }

    @Test func roundTripsEveryDayOfSeveralYears() {
        var d = CivilDate(iso: "2019-01-01")!
        for _ in 0..<(365 * 9) {
            let next = d.adding(days: 1)
            #expect(CivilDate(dayNumber: next.dayNumber) == next)
            #expect(next > d)
            #expect(CivilDate(iso: next.iso) == next)
            d = next
        }
    }
}

@Suite("Codes 代码")
struct DomainCodeTests {
    @Test func acceptsCodesAndChineseNames() {
        #expect(ApplicantType(codeOrName: "自然人") == .naturalPerson)
        #expect(ApplicantType(codeOrName: "legal-services") == .legalServices)
        #expect(ApplicationOutcome(codeOrName: "withheld.third-party") == .withheldThirdParty)
        #expect(ApplicationOutcome(codeOrName: "no-such-code") == nil)
        #expect(ApplicationOutcome.allCases.count == 23)
        #expect(ApplicationOutcome(codeOrName: "granted.already-public") == .grantedAlreadyPublic)
        #expect(DisclosureAttribute(codeOrName: "依申请公开") == .onRequest)
    }

    @Test func masksPersonalData() {
        #expect(PersonalData.maskName("张三") == "张*")
        #expect(PersonalData.maskName("欧阳娜娜") == "欧***")
        #expect(PersonalData.maskIdNumber("110101199003071234") == "**************1234")
    }
}
