import Foundation
import GRDB
import GongkaiTestSupport
import Testing
@testable import GongkaiCore
@testable import GongkaiStore

/// 变更计数 — a session re-reads only the areas whose counter moved, so a counter must move whenever
/// what its area shows changes: over random sequences of changes through the service door, every
/// area whose full read (the documents, the requests, the 解读 overview, the catalog tree, the
/// registers, the inbox) differs from before the change has a new counter. Refused changes and
/// reads move nothing.
@Suite("变更计数 Change counters")
struct ChangeCounterTests: DemoWorkspaceSuite {
    let clock = TestClock("2026-11-02")

    var today: @Sendable () -> CivilDate { let clock = self.clock; return { clock.today } }

    /// What each area shows, read in full (the reference the counters are checked against).
    func snapshot(_ s: GongkaiService) throws -> [ChangeArea: String] {
        [
            .documents: "\(try s.listDocuments(DocumentQuery(offset: 0, limit: 10_000)).items)",
            .applications: "\(try s.listApplications(ApplicationQuery()).items)",
            .interpretations: "\(try s.interpretationOverview())",
            .catalog: "\(try s.catalogTree())",
            .registers: "\(try s.duties())\(try s.consultations())\(try s.inspections())",
            .inbox: "\(try s.reviewQueue())",
        ]
    }

    @Test func everyAreaWhoseContentChangedHasANewCounter() throws {
        let ws = try Workspace.inMemory()
        let admin = as_(ws, "admin")
        _ = try admin.initialize(demo: true, created: true)
        var g = SeededGenerator(state: 20_2026)
        var documents = try admin.listDocuments(DocumentQuery(offset: 0, limit: 1000)).items.map(\.id)
        var applications = try admin.listApplications(ApplicationQuery()).items.map(\.id)
        var interpretations: [String] = []
        var made = 0, areasChanged = Set<ChangeArea>()
        // What the areas show before a step is what they showed after the one before (nothing is
        // written between steps): each step reads them in full once.
        var before = try snapshot(admin)
        for step in 0..<PropertyRun.steps(120, quick: 60) {
            let counted = try admin.changeCounters()
            var changed = true
            do {
                switch Int.random(in: 0..<10, using: &g) {
                case 0:
                    let type: DocumentType = [.normative, .regulation, .policy, .general].randomElement(using: &g)!
                    documents.append(try admin.addDocument(NewDocument(
                        title: "随机文件\(step)", type: type, disclosure: DocumentDisclosure(attribute: .proactive),
                        unit: ["edu", "chengguan"].randomElement(using: &g)!, formed: clock.today)).id)
                case 1:
                    let action: DocumentAction = [.submit, .approve, .publish, .returnToDraft].randomElement(using: &g)!
                    try admin.performDocumentAction(action, id: documents.randomElement(using: &g)!)
                case 2:
                    interpretations.append(try admin.addInterpretation(AddInterpretationRequest(
                        documentId: documents.randomElement(using: &g)!, forms: [.text])).id)
                case 3:
                    guard let i = interpretations.randomElement(using: &g) else { changed = false; break }
                    let action: DocumentAction = [.submit, .approve, .publish].randomElement(using: &g)!
                    try admin.performInterpretationAction(action, id: i)
                case 4:
                    applications.append(try admin.addApplication(NewApplication(
                        received: clock.today, channel: .online, applicantType: .naturalPerson,
                        applicantName: "随机\(step)", content: "申请公开第\(step)项", unit: "edu")).id)
                case 5:
                    _ = try admin.recordEvent(applicationId: applications.randomElement(using: &g)!,
                                              .reply(clock.today, outcome: .granted))
                case 6:
                    _ = try admin.placeDocument(PlaceDocumentRequest(document: documents.randomElement(using: &g)!,
                                                                     node: "教育信息"))
                case 7:
                    _ = try admin.addConsultation(AddConsultationRequest(
                        unit: "edu", decision: "随机决策\(step)", scope: "全县", methods: [.publicComment],
                        opens: clock.today, closes: clock.today.adding(days: 40)))
                case 8:
                    guard let item = try admin.reviewQueue().randomElement(using: &g) else { changed = false; break }
                    _ = try admin.snooze(kind: item.kind, id: item.id, until: clock.today.adding(days: 3))
                default:
                    // A read changes nothing.
                    _ = try admin.listDocuments(DocumentQuery(offset: 0, limit: 5))
                    changed = false
                }
            } catch is ServiceError {
                changed = false
            } catch is AccessDenied {
                changed = false
            } catch is SyncRefusal {
                changed = false
            }
            let after = try snapshot(admin)
            let now = try admin.changeCounters()
            let moved = now.changedAreas(since: counted)
            for area in before.keys where before[area] != after[area] {
                areasChanged.insert(area)
                #expect(moved.contains(area), "step \(step): \(area) changed, its counter did not")
            }
            if !changed {
                #expect(moved.isEmpty, "step \(step): nothing was written, yet \(moved) moved")
            } else {
                made += 1
            }
            before = after
        }
        #expect(made > PropertyRun.steps(50, quick: 25))
        #expect(areasChanged == Set(ChangeArea.allCases).subtracting([.reports, .workspace]))
    }

    @Test func aChangeMovesOnlyItsOwnAreas() throws {
        let ws = try Workspace.inMemory()
        let admin = as_(ws, "admin")
        _ = try admin.initialize(demo: true, created: true)
        let start = try admin.changeCounters()
        _ = try admin.addApplication(NewApplication(received: clock.today, channel: .online, applicantType: .naturalPerson,
                                                    applicantName: "孙七", content: "申请公开预算", unit: "edu"))
        #expect(try admin.changeCounters().changedAreas(since: start) == [.applications, .inbox])
        let next = try admin.changeCounters()
        _ = try admin.addConsultation(AddConsultationRequest(
            unit: "edu", decision: "农贸市场搬迁", scope: "全县", methods: [.publicComment],
            opens: clock.today, closes: clock.today.adding(days: 40)))
        #expect(try admin.changeCounters().changedAreas(since: next) == [.registers])
        #expect(next.changedAreas(since: nil) == Set(ChangeArea.allCases))
    }

    @Test func anotherConnectionSeesTheCounters() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("gongkai-counters-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let (ws, _) = try Workspace.open(at: dir + "/w.sqlite")
        let admin = as_(ws, "admin")
        _ = try admin.initialize(demo: true, created: true)
        let (other, _) = try Workspace.open(at: dir + "/w.sqlite")
        let reader = as_(other, "admin")
        let seen = try reader.changeCounters()
        _ = try admin.addDocument(NewDocument(title: "另一会话的文件", type: .general,
                                              disclosure: DocumentDisclosure(attribute: .proactive),
                                              unit: "edu", formed: clock.today))
        #expect(try reader.changeCounters().changedAreas(since: seen).contains(.documents))
        #expect(!(try reader.changeCounters().changedAreas(since: seen).contains(.applications)))
    }
}
