import Foundation
import GongkaiTestSupport
import Testing
@testable import GongkaiCore
@testable import GongkaiStore

/// 缺少节假日安排的年份 — `provisionalYears` reads in SQL what the list items say: this year or the
/// next without an arrangement, reached by an open application's deadline date (reply, correction
/// or consultation) or by an unpublished proactive document's publication date. Random requests,
/// events and documents through the service door while the days pass from December into a
/// January with no arrangement for that year nor the next; every role's answer is the rule worked
/// out over every item it may list.
@Suite("缺少节假日安排的年份 Provisional years in SQL")
struct ProvisionalYearsStoreTests: DemoWorkspaceSuite {
    let clock = TestClock("2026-12-01")

    var today: @Sendable () -> CivilDate { let clock = self.clock; return { clock.today } }

    /// The rule over the officer's list items.
    func reference(_ s: GongkaiService) throws -> [Int] {
        let today = clock.today
        let calendar = try s.workdayCalendar()
        let applications = try s.listApplications(ApplicationQuery(limit: 10_000)).items.filter { !$0.state.isClosed }
        let documents = try s.listDocuments(DocumentQuery(offset: 0, limit: 10_000)).items
            .filter { $0.attribute == .proactive && $0.published == nil }
        let appDates = applications.compactMap { $0.due ?? $0.consultDeadline ?? $0.correctionDue }
        let docDates = documents.compactMap(\.publishDue)
        return calendar.missingYears(from: today.year, to: today.year + 1).filter { year in
            if year == today.year { return !appDates.isEmpty || !documents.isEmpty }
            let from = CivilDate(year: year, month: 1, day: 1)!
            return appDates.contains { $0 >= from } || docDates.contains { $0 >= from }
        }
    }

    @Test func theYearsAreTheRuleOverEveryListItemForEveryRole() throws {
        let ws = try workspace()
        let admin = as_(ws, "admin")
        let officers = ["admin", "liu.edu", "chen.review", "zhao.edu", "wang.cg"].map { as_(ws, $0) }
        var g = SeededGenerator(state: 20_1208)
        var applications: [String] = []
        var nextYearReached = false, thisYearReached = false
        var changesMade = 0
        for step in 0..<PropertyRun.steps(60, quick: 40) {
            let today = clock.today
            do {
                switch Int.random(in: 0..<8, using: &g) {
                case 0, 1:
                    let attribute: DisclosureAttribute = Int.random(in: 0..<3, using: &g) == 0 ? .onRequest : .proactive
                    _ = try admin.addDocument(NewDocument(
                        title: "随机文件\(step)", type: .general, disclosure: DocumentDisclosure(attribute: attribute),
                        unit: ["edu", "chengguan"].randomElement(using: &g)!,
                        formed: today.adding(days: -Int.random(in: 0...30, using: &g))))
                case 2, 3:
                    let app = try admin.addApplication(NewApplication(
                        received: today.adding(days: -Int.random(in: 0...20, using: &g)), channel: .inPerson,
                        applicantType: .naturalPerson, applicantName: "申请人\(step)",
                        content: "申请公开第\(step)号事项", unit: ["edu", "chengguan", nil].randomElement(using: &g)!))
                    applications.append(app.id)
                case 4:
                    guard let id = applications.randomElement(using: &g) else { continue }
                    let event: ApplicationEvent = [.reply(today, outcome: .granted), .extend(today, days: 20, approver: "王局长"),
                                                   .clarifyRequest(today, correctionDue: today.adding(days: 12))].randomElement(using: &g)!
                    _ = try admin.recordEvent(applicationId: id, event)
                default:
                    clock.today = today.adding(days: Int.random(in: 1...5, using: &g))
                }
                changesMade += 1
            } catch is ServiceError {
            } catch is AccessDenied {
            } catch is DeadlineError {
            }
            for officer in officers {
                let years = try officer.provisionalYears()
                #expect(years == (try reference(officer)), "step \(step), \(officer.actor.login) on \(clock.today.iso)")
                if clock.today.year == 2026 { nextYearReached = nextYearReached || years == [2027] }
                if clock.today.year == 2027 { thisYearReached = thisYearReached || years.first == 2027 }
            }
        }
        #expect(changesMade > PropertyRun.steps(30, quick: 20))
        // Both branches were met: next year reached from December, this year (and next) in January.
        #expect(clock.today.year == 2027, "the days reached January: \(clock.today.iso)")
        #expect(nextYearReached && thisYearReached)
    }
}
