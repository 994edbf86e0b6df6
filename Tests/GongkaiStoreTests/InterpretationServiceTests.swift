import Foundation
import GRDB
import Testing
@testable import GongkaiCore
@testable import GongkaiStore

@Suite("政策解读 Interpretations and the 三同步 guards through the service")
struct InterpretationServiceTests: DemoWorkspaceSuite {
    let clock = TestClock("2026-11-16")     // a Monday

    var today: @Sendable () -> CivilDate { let clock = self.clock; return { clock.today } }

    /// A fresh 规范性文件 of 县教育局 in draft, with 公开属性 set, formed on `formed`.
    func newNormative(_ ws: Workspace, id: String = "D2026-0100", type: String = "normative",
                      formed: String = "2026-11-16") throws -> String {
        try ws.writer.write { db in
            try db.execute(sql: """
                INSERT INTO document (id, title, docNumber, type, attribute, state, unitId, formed, body, createdAt, updatedAt)
                VALUES (?, '县中小学课后服务管理办法', 'X教规〔2026〕1号', ?, 'proactive', 'draft', 'edu', ?, '', 'x', 'x')
                """, arguments: [id, type, formed])
        }
        return id
    }

    func on(_ iso: String) { clock.today = CivilDate(iso: iso)! }

    // MARK: 谁起草、谁解读

    @Test func theDraftingUnitInterpretsAnotherUnitNeedsAReason() throws {
        let ws = try workspace()
        let doc = try newNormative(ws)
        let clerk = as_(ws, "zhao.edu")
        let d = try clerk.addInterpretation(AddInterpretationRequest(documentId: doc, forms: [.graphic, .qa]))
        #expect(d.unit == "edu" && d.unitReason == nil && d.forms == [.graphic, .qa] && d.state == .draft)
        expectRefused(.invalid) {
            try clerk.addInterpretation(AddInterpretationRequest(documentId: doc, forms: [.text], unit: "县财政局"))
        }
        let joint = try clerk.addInterpretation(AddInterpretationRequest(documentId: doc, forms: [.text], unit: "县财政局",
                                                                         reason: "联合发文，县财政局牵头"))
        #expect(joint.unit == "finance" && joint.unitReason == "联合发文，县财政局牵头")
        // Another unit's clerk cannot interpret 县教育局's document.
        expectRefused(.otherUnit) {
            try as_(ws, "wang.cg").addInterpretation(AddInterpretationRequest(documentId: doc, forms: [.text]))
        }
        let audit = try as_(ws, "admin").auditEntries(AuditQuery(item: d.id)).map(\.action)
        #expect(audit == ["interpretation.add"])
    }

    @Test func ticksAndEditsOnlyWhileADraft() throws {
        let ws = try workspace()
        let doc = try newNormative(ws)
        let clerk = as_(ws, "zhao.edu")
        let d = try clerk.addInterpretation(AddInterpretationRequest(documentId: doc, forms: [.text]))
        let ticked = try clerk.tickInterpretation(id: d.id, elements: [.scope, .background])
        #expect(ticked.elements == [.background, .scope])
        #expect(ticked.missingElements.count == 7)
        try clerk.updateInterpretation(id: d.id, UpdateInterpretationRequest(leader: "王局长", body: "一、背景"))
        try clerk.performInterpretationAction(.submit, id: d.id)
        expectRefused(.invalid) { try clerk.tickInterpretation(id: d.id, elements: [.glossary]) }
        #expect(try clerk.interpretation(id: d.id).body == "一、背景")
    }

    // MARK: The three checks

    @Test func notOrganisedWhenSubmittedWithoutInterpretationAndApproveRefused() throws {
        let ws = try workspace()
        let doc = try newNormative(ws)
        let clerk = as_(ws, "zhao.edu"), reviewer = as_(ws, "liu.edu")
        let draft = try clerk.interpStatus(doc: doc)
        #expect(draft.required && !draft.organised && draft.problems.map(\.code) == [.interpretationMissing])
        try clerk.performDocumentAction(.submit, id: doc)
        on("2026-11-17")
        _ = try clerk.addInterpretation(AddInterpretationRequest(documentId: doc, forms: [.text]))
        let s = try clerk.interpStatus(doc: doc)
        #expect(!s.organised && s.problems.map(\.code) == [.notOrganised])
        #expect(s.problems[0].message.contains("2026-11-16"))
        // The reviewer's inbox says so (a breach, not the draft's reminder).
        let item = try #require(try reviewer.reviewQueue().first { $0.kind == .interpretationCheck && $0.id == doc })
        #expect(item.reason.contains("未同步组织"))
        let refusal = try #require(throws: SyncRefusal.self) { try reviewer.performDocumentAction(.approve, id: doc) }
        #expect(refusal.chineseMessage.contains("同步组织") && refusal.chineseMessage.contains("--override-reason"))
        #expect(try clerk.documentSteps(id: doc).map(\.action) == ["submit"])      // nothing changed
    }

    /// Issue 22: an interpretation submitted for sign-off is an inbox item of its unit's reviewers.
    @Test func anInterpretationAwaitingSignOffIsAReviewInboxItemUntilDecided() throws {
        let ws = try workspace()
        let doc = try newNormative(ws)
        let clerk = as_(ws, "zhao.edu"), reviewer = as_(ws, "liu.edu")
        let i = try clerk.addInterpretation(AddInterpretationRequest(documentId: doc, forms: [.text, .graphic]))
        #expect(try !reviewer.reviewQueue().contains { $0.kind == .interpretationReview })   // a draft is not
        try clerk.performInterpretationAction(.submit, id: i.id)
        let item = try #require(try reviewer.reviewQueue().first { $0.kind == .interpretationReview })
        #expect(item.id == i.id && item.documentId == doc && item.title.hasPrefix("解读："))
        #expect(item.reason.contains(doc) && item.kind.chineseName == "解读待审签")
        #expect(try reviewer.reviewCount() == reviewer.reviewQueue().count)
        // The clerk who drafted it has nothing to sign; another unit's reviewer does not see it.
        #expect(try !clerk.reviewQueue().contains { $0.kind == .interpretationReview })
        #expect(try !as_(ws, "wang.cg").reviewQueue().contains { $0.kind == .interpretationReview })
        try reviewer.performInterpretationAction(.returnToDraft, id: i.id, comment: "补充图解")
        #expect(try !reviewer.reviewQueue().contains { $0.kind == .interpretationReview })
    }

    @Test func signedTogetherPassesWhenTheInterpretationIsSignedFirst() throws {
        let ws = try workspace()
        let doc = try newNormative(ws)
        let clerk = as_(ws, "zhao.edu"), reviewer = as_(ws, "liu.edu")
        let i = try clerk.addInterpretation(AddInterpretationRequest(documentId: doc, forms: [.text, .graphic]))
        try clerk.performDocumentAction(.submit, id: doc)
        try clerk.performInterpretationAction(.submit, id: i.id)
        // The interpretation is still in review: signing the document alone is refused.
        #expect(throws: SyncRefusal.self) { try reviewer.performDocumentAction(.approve, id: doc) }
        try reviewer.performInterpretationAction(.approve, id: i.id)
        try reviewer.performDocumentAction(.approve, id: doc)
        let s = try clerk.interpStatus(doc: doc)
        #expect(s.organised && s.signedTogether && !s.publishedTogether && s.problems.isEmpty && s.lagWorkdays == nil)
        // 同步部署: publishing the document before its interpretation is refused.
        #expect(throws: SyncRefusal.self) { try clerk.performDocumentAction(.publish, id: doc) }
        try clerk.performInterpretationAction(.publish, id: i.id)
        try clerk.performDocumentAction(.publish, id: doc)
        let done = try clerk.interpStatus(doc: doc)
        #expect(done.allMet && done.lagWorkdays == 0 && done.problems.isEmpty)
    }

    @Test func anOverrideLetsTheStepThroughAndIsRecordedAndAudited() throws {
        let ws = try workspace()
        let doc = try newNormative(ws)
        let clerk = as_(ws, "zhao.edu"), reviewer = as_(ws, "liu.edu")
        try clerk.performDocumentAction(.submit, id: doc)
        #expect(throws: SyncRefusal.self) { try reviewer.performDocumentAction(.approve, id: doc, overrideReason: "  ") }
        let step = try reviewer.performDocumentAction(.approve, id: doc, overrideReason: "县政府常务会议要求当日印发")
        #expect(step.overrideReason == "县政府常务会议要求当日印发")
        #expect(step.comment?.contains("三同步特批：县政府常务会议要求当日印发") == true)
        let s = try clerk.interpStatus(doc: doc)
        #expect(!s.organised && !s.signedTogether)
        #expect(!s.problems.isEmpty && s.problems.allSatisfy { $0.overridden && $0.overrideReason == "县政府常务会议要求当日印发" })
        #expect(Set(s.problems.map(\.code)) == [.notOrganised, .notSignedTogether])
        let entry = try #require(try as_(ws, "admin").auditEntries(AuditQuery(item: doc)).last)
        #expect(entry.action == "document.approve")
        #expect(entry.after?.contains("overriddenProblems") == true && entry.after?.contains("县政府常务会议要求当日印发") == true)
        // Publishing needs its own reason.
        #expect(throws: SyncRefusal.self) { try clerk.performDocumentAction(.publish, id: doc) }
        try clerk.performDocumentAction(.publish, id: doc, overrideReason: "解读材料另行发布")
        let p = try clerk.interpStatus(doc: doc)
        #expect(p.problems.first { $0.code == .notPublishedTogether }?.overrideReason == "解读材料另行发布")
        // Overridden problems stay out of the inbox.
        #expect(try reviewer.reviewQueue().allSatisfy { !($0.kind == .interpretationCheck && $0.id == doc) })
    }

    @Test func aLateInterpretationRecordsItsLagAndTheSettingAllowsSome() throws {
        let ws = try workspace()
        let doc = try newNormative(ws)
        let clerk = as_(ws, "zhao.edu"), reviewer = as_(ws, "liu.edu")
        let i = try clerk.addInterpretation(AddInterpretationRequest(documentId: doc, forms: [.video]))
        try clerk.performDocumentAction(.submit, id: doc)
        try clerk.performInterpretationAction(.submit, id: i.id)
        try reviewer.performInterpretationAction(.approve, id: i.id)
        try reviewer.performDocumentAction(.approve, id: doc)
        on("2026-11-20")                                           // Friday
        try clerk.performDocumentAction(.publish, id: doc, overrideReason: "视频尚在制作")
        on("2026-11-24")                                           // Tuesday: Mon and Tue counted
        try clerk.performInterpretationAction(.publish, id: i.id)
        let late = try clerk.interpStatus(doc: doc)
        #expect(late.lagWorkdays == 2 && !late.publishedTogether)
        #expect(late.problems.map(\.code) == [.notPublishedTogether])
        #expect(late.problems[0].message.contains("晚 2 个工作日"))
        // A city that allows 3 working days: the same dates pass.
        expectRefused(.adminOnly) {
            try clerk.setInterpretationSettings(InterpretationSettings(allowedLagWorkdays: 3))
        }
        try as_(ws, "admin").setInterpretationSettings(InterpretationSettings(allowedLagWorkdays: 3))
        let allowed = try clerk.interpStatus(doc: doc)
        #expect(allowed.publishedTogether && allowed.lagWorkdays == 2 && allowed.problems.isEmpty)
        #expect(try as_(ws, "admin").auditEntries(AuditQuery(item: "interpretationSettings")).count == 1)
    }

    @Test func requirementFollowsTheTypeAndOtherDocumentsAreNotChecked() throws {
        let ws = try workspace()
        let doc = try newNormative(ws, id: "D2026-0101", type: "general")
        try as_(ws, "zhao.edu").performDocumentAction(.submit, id: doc)
        try as_(ws, "liu.edu").performDocumentAction(.approve, id: doc)           // no guard
        let s = try as_(ws, "zhao.edu").interpStatus(doc: doc)
        #expect(!s.required && s.problems.isEmpty)
        #expect(try as_(ws, "admin").interpretationOverview().allSatisfy { $0.doc != doc })
    }

    @Test func tagsAreReadWhenTheColumnExists() throws {
        let ws = try workspace()
        try ws.writer.write { db in
            // The document store keeps tags as a JSON array (v4-document-content).
            try db.execute(sql: #"UPDATE document SET tags = '["六稳六保","惠企政策"]' WHERE id = 'D2026-0003'"#)
            #expect(try DocumentTags.of(db, id: "D2026-0003") == ["六稳六保", "惠企政策"])
            try db.execute(sql: "UPDATE document SET tags = '六稳六保,惠企政策' WHERE id = 'D2026-0003'")
            #expect(try DocumentTags.of(db, id: "D2026-0003") == ["六稳六保", "惠企政策"])
            // Written past the service door, so the maintained 三同步 state is settled by hand.
            try SyncStandingStore.settle(db)
        }
        #expect(DocumentTags.parse(#"["重要政策"]"#) == ["重要政策"])
        let row = try #require(try as_(ws, "admin").interpretationOverview().first { $0.doc == "D2026-0003" })
        #expect(row.requirement.contains("六稳六保"))
    }

    // MARK: Statistics

    @Test func statisticsWithKnownAnswers() throws {
        let ws = try workspace()
        let clerk = as_(ws, "zhao.edu"), reviewer = as_(ws, "liu.edu")
        func publishPair(_ doc: String, forms: [InterpretationForm], docDay: String, interpDay: String) throws {
            on("2026-11-16")
            let i = try clerk.addInterpretation(AddInterpretationRequest(documentId: doc, forms: forms))
            try clerk.performDocumentAction(.submit, id: doc)
            try clerk.performInterpretationAction(.submit, id: i.id)
            try reviewer.performInterpretationAction(.approve, id: i.id)
            try reviewer.performDocumentAction(.approve, id: doc)
            if interpDay <= docDay {
                on(interpDay); try clerk.performInterpretationAction(.publish, id: i.id)
                on(docDay); try clerk.performDocumentAction(.publish, id: doc)
            } else {
                on(docDay); try clerk.performDocumentAction(.publish, id: doc, overrideReason: "解读稍后发布")
                on(interpDay); try clerk.performInterpretationAction(.publish, id: i.id)
            }
        }
        try publishPair(try newNormative(ws, id: "D2026-0100"), forms: [.text, .graphic], docDay: "2026-11-17", interpDay: "2026-11-17")
        try publishPair(try newNormative(ws, id: "D2026-0101"), forms: [.graphic], docDay: "2026-11-18", interpDay: "2026-11-18")
        try publishPair(try newNormative(ws, id: "D2026-0102"), forms: [.video], docDay: "2026-11-20", interpDay: "2026-11-24")
        let s = try clerk.interpStats(from: CivilDate(iso: "2026-11-01")!, to: CivilDate(iso: "2026-11-30")!)
        #expect(s.published == 3)
        #expect(s.byForm.map(\.form) == [.text, .graphic, .video] && s.byForm.map(\.count) == [1, 2, 1])
        #expect(s.metAllThree == 2 && s.shareMetAllThree == 2.0 / 3.0)
        #expect(s.late.map(\.doc) == ["D2026-0102"] && s.late.map(\.lagWorkdays) == [2])
        // The unit filter: 县教育局 has all three; 县财政局 none. The demo's own published ones
        // (县人民政府办公室, 县市场监督管理局) fall before November.
        #expect(try clerk.interpStats(from: CivilDate(iso: "2026-11-01")!, to: CivilDate(iso: "2026-11-30")!, unit: "县教育局").published == 3)
        #expect(try as_(ws, "admin").interpStats(from: CivilDate(iso: "2026-11-01")!, to: CivilDate(iso: "2026-11-30")!, unit: "finance").published == 0)
        expectRefused(.invalid) {
            try clerk.interpStats(from: CivilDate(iso: "2026-12-01")!, to: CivilDate(iso: "2026-11-01")!)
        }
    }
}
