import Foundation
import GRDB
import GongkaiTestSupport
import Testing
@testable import GongkaiCore
@testable import GongkaiStore

/// 三同步待办状态表 — the maintained `documentSync` rows stay equal to a full recomputation over
/// random sequences of changes made through the service door (documents added and moved through
/// review, interpretations added and moved, settings changed, days passing), and the 解读 pane and
/// the inbox read from them give what evaluating every document gives.
@Suite("三同步待办状态 Maintained sync standing")
struct SyncStandingStoreTests: DemoWorkspaceSuite {
    let clock = TestClock("2026-11-02")

    var today: @Sendable () -> CivilDate { let clock = self.clock; return { clock.today } }

    /// The reference: every document evaluated from its rows, as the workstation did before the
    /// table existed.
    func recomputed(_ ws: Workspace, today: CivilDate) throws -> [String: (required: Bool, open: Bool, late: Bool)] {
        try ws.writer.read { db in
            let settings = try GongkaiService.interpretationSettings(db)
            let calendar = try GongkaiService.workdayCalendar(db)
            var result: [String: (Bool, Bool, Bool)] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT * FROM document") {
                let check = try GongkaiService.check(db, row: row, settings: settings, calendar: calendar, today: today)
                let required = GongkaiService.requirement(row, settings: settings).isRequired
                result[row["id"]] = (required, check.problems.contains { !$0.overridden && $0.code != .interpretationMissing },
                                     check.problems.contains { !$0.overridden && $0.code == .notPublishedTogether })
            }
            return result
        }
    }

    func maintained(_ ws: Workspace, today: CivilDate) throws -> [String: (required: Bool, open: Bool, late: Bool)] {
        try ws.writer.read { db in
            #expect(try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM documentSyncDirty") == 0)
            var result: [String: (Bool, Bool, Bool)] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT * FROM documentSync") {
                let standing = SyncStanding(openProblems: row["openProblems"],
                                            lateAfter: (row["lateAfter"] as String?).flatMap(CivilDate.init(iso:)),
                                            lateProblem: row["lateProblem"])
                result[row["documentId"]] = (row["required"], standing.isOpen(on: today), standing.isLate(on: today))
            }
            return result
        }
    }

    @Test func theTableEqualsAFullRecomputationOverRandomChanges() throws {
        let ws = try Workspace.inMemory()
        let admin = as_(ws, "admin")
        _ = try admin.initialize(demo: true, created: true)
        var g = SeededGenerator(state: 18_2026)
        var documents = try admin.listDocuments(DocumentQuery(offset: 0, limit: 1000)).items.map(\.id)
        var interpretations: [String] = []
        var changesMade = 0, openSeen = 0
        var kindsMade = Set<Int>()   // which kinds of change (the cases below) went through the door
        for step in 0..<PropertyRun.steps(160, quick: 80) {
            let op = Int.random(in: 0..<9, using: &g)
            do {
                switch op {
                case 0:
                    let type: DocumentType = [.normative, .regulation, .policy, .general].randomElement(using: &g)!
                    let tags = Bool.random(using: &g) ? ["重要政策"] : []
                    let saved = try admin.addDocument(NewDocument(
                        title: "随机文件\(step)", type: type, disclosure: DocumentDisclosure(attribute: .proactive),
                        unit: ["edu", "chengguan"].randomElement(using: &g)!, formed: clock.today, tags: tags))
                    documents.append(saved.id)
                case 1, 2:
                    let action: DocumentAction = [.submit, .approve, .publish, .returnToDraft].randomElement(using: &g)!
                    try admin.performDocumentAction(action, id: documents.randomElement(using: &g)!,
                                                    overrideReason: Bool.random(using: &g) ? "特批" : nil)
                case 3:
                    let d = try admin.addInterpretation(AddInterpretationRequest(documentId: documents.randomElement(using: &g)!,
                                                                                  forms: [.text]))
                    interpretations.append(d.id)
                case 4, 5:
                    guard let i = interpretations.randomElement(using: &g) else { continue }
                    let action: DocumentAction = [.submit, .approve, .publish, .returnToDraft].randomElement(using: &g)!
                    try admin.performInterpretationAction(action, id: i)
                case 6:
                    try admin.setInterpretationSettings(InterpretationSettings(
                        requiredTags: Bool.random(using: &g) ? ["重要政策"] : ["六稳六保"],
                        allowedLagWorkdays: [0, 1, 3].randomElement(using: &g)!))
                default:
                    clock.today = clock.today.adding(days: Int.random(in: 1...4, using: &g))
                }
                changesMade += 1
                kindsMade.insert([0, 1, 1, 2, 3, 3, 4, 5, 5][op])
            } catch is ServiceError {
            } catch is AccessDenied {
            } catch is SyncRefusal {
            }
            let today = clock.today
            let full = try recomputed(ws, today: today)
            let kept = try maintained(ws, today: today)
            #expect(Set(full.keys) == Set(kept.keys))
            let queue = try admin.reviewQueue()
            #expect(try admin.reviewCount() == queue.count, "step \(step): the inbox count")
            // The inbox's outline, worded, is the queue: same items, same order, same urgency.
            let outline = try admin.reviewOutline()
            #expect(try admin.reviewDetails(outline) == queue, "step \(step): the inbox outline")
            for (id, reference) in full {
                #expect(kept[id]?.required == reference.required, "step \(step): \(id) required")
                #expect(kept[id]?.open == (reference.required && reference.open), "step \(step): \(id) open on \(today)")
                #expect(kept[id]?.late == (reference.required && reference.late), "step \(step): \(id) late on \(today)")
                if reference.required && reference.open { openSeen += 1 }
            }
        }
        #expect(changesMade > PropertyRun.steps(60, quick: 30))
        #expect(kindsMade == Set(0...5), "every kind of change was made: \(kindsMade.sorted())")
        #expect(openSeen > 0)
        // The pane and the inbox read from the table give what the full evaluation gives.
        let today = clock.today
        let full = try recomputed(ws, today: today)
        let pane = try admin.interpretationOverview()
        #expect(pane.count == full.values.filter(\.required).count)
        #expect(try admin.interpretationCount() == pane.count)
        #expect(try admin.interpretationWindow(offset: 2, limit: 3).map(\.doc) == Array(pane.dropFirst(2).prefix(3)).map(\.doc))
        if let third = pane.dropFirst(2).first {
            #expect(try admin.interpretationPosition(doc: third.doc) == 2)
            #expect(try admin.interpretationRow(doc: third.doc) == third)
        }
        let inbox = try admin.reviewQueue().filter { $0.kind == .interpretationCheck }.map(\.id)
        #expect(Set(inbox) == Set(full.filter { $0.value.required && $0.value.open }.keys))
    }

    @Test func aCalendarChangeRecomputesEveryDocument() throws {
        let ws = try Workspace.inMemory()
        let admin = as_(ws, "admin")
        _ = try admin.initialize(demo: true, created: true)
        try ws.writer.write { db in
            try db.execute(sql: "UPDATE documentSync SET openProblems = 99")
            try db.execute(sql: "INSERT INTO documentSyncDirty VALUES ('*')")
            try SyncStandingStore.settle(db)
        }
        let kept = try maintained(ws, today: clock.today)
        let full = try recomputed(ws, today: clock.today)
        #expect(!kept.isEmpty)
        for (id, reference) in full { #expect(kept[id]?.open == (reference.required && reference.open)) }
    }
}
