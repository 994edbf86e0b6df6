import Foundation
import GongkaiTestSupport
import Testing
@testable import GongkaiCore
@testable import GongkaiStore

/// 待办数 — `reviewCount` counts in SQL what `reviewQueue` works out item by item (documents awaiting
/// review, proactive documents past their publication deadline, drafts sent back, 三同步 problems,
/// interpretations awaiting sign-off, overdue applications), less what the officer snoozed. Random
/// changes through the service door — documents formed on past days and moved through review,
/// requests and their events, snoozes of any item, days passing — and the count of every role
/// (county admin, unit reviewer, county reviewer, unit clerks) stays the queue's length.
@Suite("待办数 Inbox count in SQL")
struct ReviewCountStoreTests: DemoWorkspaceSuite {
    let clock = TestClock("2026-03-02")

    var today: @Sendable () -> CivilDate { let clock = self.clock; return { clock.today } }

    @Test func theCountIsTheQueuesLengthForEveryRoleOverRandomChanges() throws {
        let ws = try workspace()
        let admin = as_(ws, "admin")
        let officers = ["admin", "liu.edu", "chen.review", "zhao.edu", "wang.cg"].map { as_(ws, $0) }
        var g = SeededGenerator(state: 20_1207)
        var documents = try admin.listDocuments(DocumentQuery(offset: 0, limit: 1000)).items.map(\.id)
        var applications: [String] = []
        var kindsSeen: Set<ReviewKind> = [], snoozedKinds: Set<ReviewKind> = []
        var changesMade = 0
        for step in 0..<PropertyRun.steps(70, quick: 40) {
            let today = clock.today
            do {
                switch Int.random(in: 0..<12, using: &g) {
                case 0, 1:
                    let attribute: DisclosureAttribute = Int.random(in: 0..<4, using: &g) == 0 ? .onRequest : .proactive
                    let type: DocumentType = [.normative, .policy, .general].randomElement(using: &g)!
                    let saved = try admin.addDocument(NewDocument(
                        title: "随机文件\(step)", type: type, disclosure: DocumentDisclosure(attribute: attribute),
                        unit: ["edu", "chengguan"].randomElement(using: &g)!,
                        formed: today.adding(days: -Int.random(in: 0...50, using: &g))))
                    documents.append(saved.id)
                case 2, 3:
                    let action: DocumentAction = [.submit, .submit, .approve, .publish].randomElement(using: &g)!
                    try admin.performDocumentAction(action, id: documents.randomElement(using: &g)!,
                                                    overrideReason: Bool.random(using: &g) ? "特批" : nil)
                case 4:
                    // A reviewer sends one of the newer documents back, with a comment.
                    let id = documents.suffix(8).randomElement(using: &g)!
                    try admin.performDocumentAction(.submit, id: id)
                    try admin.performDocumentAction(.returnToDraft, id: id, comment: "请补充依据")
                case 5:
                    let received = today.adding(days: -Int.random(in: 0...40, using: &g))
                    let app = try admin.addApplication(NewApplication(
                        received: received, channel: .inPerson, applicantType: .naturalPerson, applicantName: "申请人\(step)",
                        content: "申请公开第\(step)号事项", unit: ["edu", "chengguan", nil].randomElement(using: &g)!))
                    applications.append(app.id)
                case 6:
                    guard let id = applications.randomElement(using: &g) else { continue }
                    let event: ApplicationEvent = [.extend(today, days: 20, approver: "王局长"), .reply(today, outcome: .granted),
                                                   .clarifyRequest(today, correctionDue: today.adding(days: 12))].randomElement(using: &g)!
                    _ = try admin.recordEvent(applicationId: id, event)
                case 7, 8:
                    // Snooze any item of someone's queue.
                    let who = officers.randomElement(using: &g)!
                    guard let item = try who.reviewQueue().randomElement(using: &g) else { continue }
                    try who.snooze(kind: item.kind, id: item.id, until: today.adding(days: Int.random(in: 1...10, using: &g)))
                    snoozedKinds.insert(item.kind)
                case 9:
                    let who = officers.randomElement(using: &g)!
                    guard let item = try who.reviewQueue().randomElement(using: &g) else { continue }
                    try who.unsnooze(kind: item.kind, id: item.id)
                default:
                    clock.today = today.adding(days: Int.random(in: 1...6, using: &g))
                }
                changesMade += 1
            } catch is ServiceError {
            } catch is AccessDenied {
            } catch is DeadlineError {
            } catch is CaseHistoryRefusal {
            } catch is SyncRefusal {
            }
            for officer in officers {
                let queue = try officer.reviewQueue()
                #expect(try officer.reviewCount() == queue.count, "step \(step), \(officer.actor.login) on \(clock.today.iso)")
                kindsSeen.formUnion(queue.map(\.kind))
            }
        }
        #expect(changesMade > PropertyRun.steps(35, quick: 20))
        // The kinds counted in SQL were met, and snoozes of document items were subtracted.
        let counted: Set<ReviewKind> = [.documentReview, .publicationOverdue, .documentReturned, .applicationOverdue]
        #expect(kindsSeen.isSuperset(of: counted), "\(kindsSeen)")
        #expect(!snoozedKinds.isDisjoint(with: [.documentReview, .publicationOverdue, .documentReturned]), "\(snoozedKinds)")
    }
}
