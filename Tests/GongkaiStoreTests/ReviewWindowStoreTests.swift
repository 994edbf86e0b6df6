import Foundation
import GongkaiTestSupport
import Testing
@testable import GongkaiCore
@testable import GongkaiStore

/// 待办分页 — the inbox reads its queue a window at a time (`reviewPlan`, `reviewWindow`): the
/// plan's length is the queue's, and every window, walked in pages of random sizes and read at
/// random places, equals that slice of the full computation (`reviewQueue`), worded the same,
/// after random sequences of changes through the service door: requests received and handled,
/// documents and interpretations moved through review (三同步 items, late or not), snoozes, days.
@Suite("待办分页 Inbox paging")
struct ReviewWindowStoreTests: DemoWorkspaceSuite {
    let clock = TestClock("2026-09-14")

    var today: @Sendable () -> CivilDate { let clock = self.clock; return { clock.today } }

    @Test func everyWindowEqualsTheFullQueuesSliceOverRandomChanges() throws {
        let ws = try workspace()
        let admin = as_(ws, "admin")
        let officers = ["admin", "liu.edu"].map { as_(ws, $0) }
        var g = SeededGenerator(state: 20_2027)
        var applications: [String] = []
        var documents = try admin.listDocuments(DocumentQuery(offset: 0, limit: 1000)).items.map(\.id)
        var interpretations: [String] = []
        var changesMade = 0, windowsChecked = 0
        var runsSeen = (overdue: false, late: false, open: false), interleaved = false
        // A lag of one working day lets a document be published with its interpretation only
        // signed: the days passing then make it late (未同步发布), or the interpretation comes late.
        try admin.setInterpretationSettings(InterpretationSettings(requiredTags: ["重要政策"], allowedLagWorkdays: 1))
        for step in 0..<PropertyRun.steps(70, quick: 40) {
            let today = clock.today
            do {
                switch Int.random(in: 0..<15, using: &g) {
                case 0, 1, 2:
                    let received = today.adding(days: -Int.random(in: 0...60, using: &g))
                    let app = try admin.addApplication(NewApplication(
                        received: received, channel: .inPerson, applicantType: .naturalPerson, applicantName: "申请人\(step)",
                        content: "申请公开第\(step)号事项", unit: ["edu", "chengguan", nil].randomElement(using: &g)!))
                    applications.append(app.id)
                case 3:
                    guard let id = applications.randomElement(using: &g) else { continue }
                    let event: ApplicationEvent = [
                        .extend(today, days: 20, approver: "王局长"),
                        .clarifyRequest(today, correctionDue: today.adding(days: Int.random(in: 3...20, using: &g))),
                        .consultStart(today, party: .thirdParty),
                        .reply(today, outcome: .granted),
                    ].randomElement(using: &g)!
                    _ = try admin.recordEvent(applicationId: id, event)
                case 4:
                    let type: DocumentType = [.normative, .regulation, .policy, .general].randomElement(using: &g)!
                    let saved = try admin.addDocument(NewDocument(
                        title: "随机文件\(step)", type: type, disclosure: DocumentDisclosure(attribute: .proactive),
                        unit: ["edu", "chengguan"].randomElement(using: &g)!, formed: today.adding(days: -Int.random(in: 0...40, using: &g)),
                        tags: Bool.random(using: &g) ? ["重要政策"] : []))
                    documents.append(saved.id)
                case 5, 6:
                    let action: DocumentAction = [.submit, .approve, .publish, .returnToDraft].randomElement(using: &g)!
                    try admin.performDocumentAction(action, id: documents.randomElement(using: &g)!,
                                                    overrideReason: Bool.random(using: &g) ? "特批" : nil)
                case 7:
                    let d = try admin.addInterpretation(AddInterpretationRequest(documentId: documents.randomElement(using: &g)!,
                                                                                  forms: [.text]))
                    interpretations.append(d.id)
                case 8:
                    guard let i = interpretations.randomElement(using: &g) else { continue }
                    let action: DocumentAction = [.submit, .approve, .publish, .returnToDraft].randomElement(using: &g)!
                    try admin.performInterpretationAction(action, id: i)
                case 14:
                    // A document submitted before any interpretation was organised (同步组织: an open
                    // problem, not late), and one published with its interpretation signed but not yet published.
                    let early = try admin.addDocument(NewDocument(
                        title: "未组织解读\(step)", type: .normative, disclosure: DocumentDisclosure(attribute: .proactive),
                        unit: ["edu", "chengguan"].randomElement(using: &g)!, formed: today, tags: ["重要政策"]))
                    documents.append(early.id)
                    try admin.performDocumentAction(.submit, id: early.id, overrideReason: nil)
                    let doc = try admin.addDocument(NewDocument(
                        title: "同步文件\(step)", type: .normative, disclosure: DocumentDisclosure(attribute: .proactive),
                        unit: ["edu", "chengguan"].randomElement(using: &g)!, formed: today, tags: ["重要政策"]))
                    documents.append(doc.id)
                    let interp = try admin.addInterpretation(AddInterpretationRequest(documentId: doc.id, forms: [.text]))
                    interpretations.append(interp.id)
                    for action in [DocumentAction.submit, .approve] { try admin.performInterpretationAction(action, id: interp.id) }
                    for action in [DocumentAction.submit, .approve, .publish] {
                        try admin.performDocumentAction(action, id: doc.id, overrideReason: nil)
                    }
                case 9:
                    // Snooze an item of someone's queue, one of the paged kinds more often than not.
                    let who = officers.randomElement(using: &g)!
                    let queue = try who.reviewQueue()
                    let paged = queue.filter { !ReviewPlan.isPlaced($0.kind) }
                    guard let item = (Bool.random(using: &g) ? paged : queue).randomElement(using: &g) else { continue }
                    try who.snooze(kind: item.kind, id: item.id, until: today.adding(days: Int.random(in: 1...8, using: &g)))
                case 10:
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
                let who = officer.actor.login
                let queue = try officer.reviewQueue()
                let plan = try officer.reviewPlan()
                #expect(plan.total == queue.count, "step \(step), \(who): the length")
                // Walked page by page, in pages of random sizes.
                var walked: [ReviewItem] = []
                var offset = 0
                for _ in 0..<(queue.count + 1) where offset < queue.count {   // bounded: each page moves on by ≥ 1
                    let page = try officer.reviewWindow(plan, offset: offset, limit: Int.random(in: 1...9, using: &g))
                    if page.isEmpty { break }
                    walked += page
                    offset += page.count
                }
                #expect(walked == queue, "step \(step), \(who): the pages in order are the queue")
                // Windows at random places, past the end too.
                for _ in 0..<3 {
                    let at = Int.random(in: 0...(queue.count + 2), using: &g), limit = Int.random(in: 0...12, using: &g)
                    let window = try officer.reviewWindow(plan, offset: at, limit: limit)
                    #expect(window == Array(queue.dropFirst(at).prefix(limit)), "step \(step), \(who): window \(at)+\(limit)")
                    windowsChecked += 1
                }
                // The placed items are where the queue has them.
                for (i, item) in plan.placedItems.enumerated() {
                    let p = plan.position(ofPlaced: i)
                    #expect(queue.indices.contains(p) && queue[p] == item, "step \(step), \(who): placed \(item.kind) \(item.id)")
                    let runsBefore = p - i, runs = queue.count - plan.placedItems.count
                    if runsBefore > 0 && runsBefore < runs { interleaved = true }
                }
                runsSeen.overdue = runsSeen.overdue || plan.overdueCount > 0
                runsSeen.late = runsSeen.late || plan.lateCount > 0
                runsSeen.open = runsSeen.open || plan.openCount > 0
            }
        }
        #expect(changesMade > PropertyRun.steps(40, quick: 20))
        #expect(windowsChecked > 0)
        // Not vacuous: each run had items, and items computed one by one fell between runs' items.
        #expect(runsSeen.overdue && runsSeen.late && runsSeen.open, "\(runsSeen)")
        #expect(interleaved)
    }
}
