import Foundation
import Testing
@testable import GongkaiCore

/// 2025-03-03 is a Monday; 03-07 Friday, 03-08/09 the weekend, no holiday in March 2025.
@Suite struct SyncCheckTests {
    let cal = WorkdayCalendar.builtIn
    let lag3 = InterpretationSettings(allowedLagWorkdays: 3)

    func doc(submitted: String? = "2025-03-03", approved: String? = "2025-03-05", published: String? = "2025-03-07",
             required: Bool = true) -> SyncDocument {
        SyncDocument(id: "D1", required: required, submitted: submitted.map(docDay), approved: approved.map(docDay),
                     published: published.map(docDay))
    }

    func interp(_ id: String = "I1", created: String = "2025-03-03", approved: String? = "2025-03-05",
                published: String? = "2025-03-07", state: InterpretationState? = nil, doc: String = "D1",
                forms: [InterpretationForm] = [.text]) -> Interpretation {
        let st = state ?? (published != nil ? .published : approved != nil ? .approved : .draft)
        return Interpretation(id: id, documentId: doc, unit: InterpretingUnit(draftingUnit: "jyj"), forms: forms,
                              state: st, created: docDay(created), approved: approved.map(docDay),
                              published: published.map(docDay))
    }

    func check(_ d: SyncDocument, _ i: [Interpretation], settings: InterpretationSettings = .default,
               today: String = "2025-03-31", overrides: SyncOverrides = .none) -> SyncCheck {
        SyncCheck.evaluate(document: d, interpretations: i, settings: settings, calendar: cal,
                           today: docDay(today), overrides: overrides)
    }

    @Test("all three met: organised, signed and published the same day")
    func allMet() {
        let c = check(doc(), [interp()])
        #expect(c.required && c.organised && c.signedTogether && c.publishedTogether)
        #expect(c.lagWorkdays == 0 && c.problems.isEmpty && c.allMet)
    }

    @Test("同步组织: created on the submission day passes; created after fails with the date")
    func organised() {
        #expect(check(doc(), [interp(created: "2025-03-03")]).organised)
        #expect(check(doc(), [interp(created: "2025-02-20")]).organised)
        let late = check(doc(), [interp(created: "2025-03-04")])
        #expect(!late.organised)
        #expect(late.problems.map(\.code) == [.notOrganised])
        #expect(late.problems[0].message.contains("2025-03-03 提交审核时尚无解读材料（解读于 2025-03-04 才建立）"))
        #expect(!late.problems[0].overridden)
        let none = check(doc(published: nil), [])
        #expect(!none.organised && !none.signedTogether && !none.publishedTogether)
        #expect(none.problems.map(\.code) == [.notOrganised, .notSignedTogether])
    }

    @Test("problems and refusals read in the language in force; JSON keeps the Chinese")
    func bothLanguages() throws {
        let late = check(doc(), [interp(approved: "2025-03-06", published: "2025-03-07")])
        let problem = try #require(late.problems.first)
        UILanguage.$current.withValue(.en) {
            #expect(problem.message == "When the document was signed off on 2025-03-05, the interpretation was only signed off on 2025-03-06; the interpretation is to be signed off together with the document")
        }
        #expect(problem.message == "文件于 2025-03-05 签发时解读于 2025-03-06 才签发；解读应与文件同步审签")
        let json = try UILanguage.$current.withValue(.en) { try JSONEncoder().encode(problem) }
        #expect(String(decoding: json, as: UTF8.self).contains("解读于 2025-03-06 才签发"))
        let refusal = SyncRefusal(action: .approve, problems: late.problems)
        UILanguage.$current.withValue(.en) {
            #expect(refusal.description.hasPrefix("Cannot sign off: [Not signed off together] When the document"))
            #expect(refusal.description.contains("--override-reason"))
        }
        #expect(refusal.description.hasPrefix("不能签发：【未同步审签】文件于 2025-03-05 签发时"))
        // Words only, also on the command line: no English codes in the Chinese refusal.
        InterfaceSurface.$current.withValue(.commandLine) {
            #expect(refusal.description == "不能签发：【未同步审签】文件于 2025-03-05 签发时解读于 2025-03-06 才签发；解读应与文件同步审签。政策文件与解读应同步组织、同步审签、同步部署；确需签发的，请说明理由（--override-reason；将记入审计日志）")
            #expect(!refusal.description.contains("refused") && !refusal.description.contains("not-signed-together"))
        }
    }

    @Test("a draft that needs an interpretation and has none gets a reminder, not a breach")
    func draftReminder() {
        let draft = check(doc(submitted: nil, approved: nil, published: nil), [])
        #expect(draft.problems.map(\.code) == [.interpretationMissing])
        let withInterp = check(doc(submitted: nil, approved: nil, published: nil),
                               [interp(approved: nil, published: nil)])
        #expect(withInterp.organised && !withInterp.signedTogether && withInterp.problems.isEmpty)
    }

    @Test("同步审签: approved before or on the document's day passes; later fails; a returned one does not count")
    func signed() {
        #expect(check(doc(), [interp(approved: "2025-03-04")]).signedTogether)
        #expect(check(doc(), [interp(approved: "2025-03-05")]).signedTogether)
        let late = check(doc(), [interp(approved: "2025-03-06", published: "2025-03-07")])
        #expect(!late.signedTogether && late.organised && late.publishedTogether)
        #expect(late.problems.map(\.code) == [.notSignedTogether])
        #expect(late.problems[0].message == "文件于 2025-03-05 签发时解读于 2025-03-06 才签发；解读应与文件同步审签")
        // Approved once, then returned to draft: the approval no longer stands.
        let returned = check(doc(published: nil), [interp(approved: "2025-03-04", published: nil, state: .draft)])
        #expect(!returned.signedTogether)
        #expect(returned.problems.first?.message.contains("解读尚未签发") == true)
        // Before the document is signed: false, and nothing to complain about yet.
        let pending = check(doc(approved: nil, published: nil), [interp(approved: nil, published: nil)])
        #expect(!pending.signedTogether && pending.problems.isEmpty)
    }

    @Test("an override reason marks the problem overridden but does not tick the box")
    func overrides() throws {
        let c = check(doc(), [interp(approved: "2025-03-06")],
                      overrides: SyncOverrides(approveReason: "县政府常务会议已审定，解读随后补签"))
        #expect(!c.signedTogether)
        #expect(c.problems.count == 1)
        #expect(c.problems[0].overridden && c.problems[0].overrideReason == "县政府常务会议已审定，解读随后补签")
        // The publish override covers 同步部署 only.
        let p = check(doc(), [interp(published: "2025-03-10")], overrides: SyncOverrides(publishReason: "紧急发布"))
        #expect(p.problems.map(\.code) == [.notPublishedTogether])
        #expect(p.problems[0].overridden)
    }

    @Test("lag across a weekend: Friday document, interpretation Monday–Thursday, with settings 0 and 3",
          arguments: [("2025-03-07", 0, true, true), ("2025-03-08", 1, false, true), ("2025-03-10", 1, false, true),
                      ("2025-03-12", 3, false, true), ("2025-03-13", 4, false, false)])
    func lagSettings(published: String, lag: Int, sameDay: Bool, within3: Bool) {
        let i = [interp(published: published)]
        let zero = check(doc(), i)
        let three = check(doc(), i, settings: lag3)
        #expect(zero.lagWorkdays == lag && three.lagWorkdays == lag)
        #expect(zero.publishedTogether == sameDay)
        #expect(three.publishedTogether == within3)
        #expect(zero.problems.map(\.code) == (sameDay ? [] : [.notPublishedTogether]))
        #expect(three.problems.map(\.code) == (within3 ? [] : [.notPublishedTogether]))
    }

    @Test("lag definition (C1 counting) including holidays: 国庆 2025")
    func lagFunction() {
        #expect(SyncCheck.lagWorkdays(documentPublished: docDay("2025-09-30"), interpretationPublished: docDay("2025-10-09"),
                                      calendar: cal) == 1)
        #expect(SyncCheck.lagWorkdays(documentPublished: docDay("2025-09-30"), interpretationPublished: docDay("2025-10-03"),
                                      calendar: cal) == 1)
        #expect(SyncCheck.lagWorkdays(documentPublished: docDay("2025-03-10"), interpretationPublished: docDay("2025-03-07"),
                                      calendar: cal) == -1)
    }

    @Test("an interpretation published before its document is a problem of its own")
    func publishedBefore() {
        let c = check(doc(published: "2025-03-10"), [interp(published: "2025-03-07")], settings: lag3)
        #expect(!c.publishedTogether && c.lagWorkdays == -1)
        #expect(c.problems.map(\.code) == [.publishedBeforeDocument])
    }

    @Test("document published, interpretation not yet: late only once the allowed lag has run out")
    func unpublishedInterpretation() {
        let d = doc()
        let i = [interp(published: nil)]
        let within = check(d, i, settings: lag3, today: "2025-03-12")
        #expect(!within.publishedTogether && within.lagWorkdays == nil && within.problems.isEmpty)
        let after = check(d, i, settings: lag3, today: "2025-03-13")
        #expect(after.problems.map(\.code) == [.notPublishedTogether])
        #expect(after.problems[0].message.contains("最迟 2025-03-12"))
        let sameDayRule = check(d, i, today: "2025-03-10")
        #expect(sameDayRule.problems.map(\.code) == [.notPublishedTogether])
    }

    @Test("several interpretations: the check is met by one; the reported lag is the one that met it")
    func several() {
        let c = check(doc(), [interp("I2", published: "2025-03-13"), interp("I1", published: "2025-03-07"),
                              interp("X", published: "2025-03-20", doc: "OTHER")])
        #expect(c.publishedTogether && c.lagWorkdays == 0 && c.problems.isEmpty)
    }

    @Test("document dates from its transitions: a 退回 clears the submission and the approval")
    func fromTransitions() {
        func t(_ a: DocumentAction, _ from: DocumentState, _ to: DocumentState, _ date: String) -> DocumentTransition {
            DocumentTransition(from: from, to: to, action: a, actor: "zhangsan", date: docDay(date), comment: a == .returnToDraft ? "修改" : nil)
        }
        let history = [t(.submit, .draft, .inReview, "2025-03-03"), t(.approve, .inReview, .approved, "2025-03-04"),
                       t(.returnToDraft, .approved, .draft, "2025-03-04")]
        let returned = SyncDocument(id: "D1", required: true, transitions: history)
        #expect(returned == SyncDocument(id: "D1", required: true))
        let again = SyncDocument(id: "D1", required: true, transitions: history + [
            t(.submit, .draft, .inReview, "2025-03-05"), t(.approve, .inReview, .approved, "2025-03-06"),
            t(.publish, .approved, .published, "2025-03-07")])
        #expect(again == SyncDocument(id: "D1", required: true, submitted: docDay("2025-03-05"),
                                      approved: docDay("2025-03-06"), published: docDay("2025-03-07")))
        // The interpretation created on 03-04 was there for the second submission: organised.
        #expect(check(again, [interp(created: "2025-03-04", approved: "2025-03-06")]).allMet)
    }

    @Test("not required: flags computed, never a problem, guards pass")
    func notRequired() throws {
        let d = doc(required: false)
        let c = check(d, [])
        #expect(!c.required && c.problems.isEmpty)
        #expect(try SyncCheck.guardApprove(document: d, interpretations: [], on: docDay("2025-03-05"), calendar: cal).isEmpty)
        #expect(try SyncCheck.guardPublish(document: d, interpretations: [], on: docDay("2025-03-07")).isEmpty)
    }

    @Test("JSON is exactly {doc, required, organised, signedTogether, publishedTogether, lagWorkdays, problems}")
    func json() throws {
        let c = check(doc(published: nil), [interp(approved: "2025-03-06", published: nil)])
        let data = try JSONEncoder().encode(c)
        let obj = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(Set(obj.keys) == ["doc", "required", "organised", "signedTogether", "publishedTogether", "lagWorkdays", "problems"])
        #expect(obj["doc"] as? String == "D1")
        #expect(obj["lagWorkdays"] is NSNull)
        let problems = try #require(obj["problems"] as? [[String: Any]])
        #expect(problems.count == 1)
        #expect(problems[0]["code"] as? String == "not-signed-together")
        #expect(problems[0]["overridden"] as? Bool == false)
        #expect(problems[0]["overrideReason"] == nil)
        #expect(try JSONDecoder().decode(SyncCheck.self, from: data) == c)
        let text = String(decoding: try JSONEncoder().encode(check(doc(), [interp(published: "2025-03-10")])), as: UTF8.self)
        #expect(text.contains("\"lagWorkdays\":1"))
    }

    @Test("guardApprove refuses when the interpretation is missing or unsigned; passes when signed the same day")
    func guardApprove() throws {
        let d = doc(approved: nil, published: nil)
        #expect(throws: SyncRefusal.self) {
            try SyncCheck.guardApprove(document: d, interpretations: [], on: docDay("2025-03-05"), calendar: cal)
        }
        do throws(SyncRefusal) {
            _ = try SyncCheck.guardApprove(document: d, interpretations: [interp(approved: nil, published: nil)],
                                           on: docDay("2025-03-05"), calendar: cal)
            Issue.record("expected a refusal")
        } catch {
            #expect(error.action == .approve)
            #expect(error.problems.map(\.code) == [.notSignedTogether])
            #expect(error.chineseMessage.hasPrefix("不能签发：【未同步审签】"))
            #expect(error.chineseMessage.contains("--override-reason"))
        }
        #expect(try SyncCheck.guardApprove(document: d, interpretations: [interp(approved: "2025-03-05", published: nil)],
                                           on: docDay("2025-03-05"), calendar: cal).isEmpty)
        // A blank reason is no reason.
        #expect(throws: SyncRefusal.self) {
            try SyncCheck.guardApprove(document: d, interpretations: [], on: docDay("2025-03-05"),
                                       overrideReason: "　", calendar: cal)
        }
        // With a reason it goes ahead and hands back what was overridden, for the audit log.
        let overridden = try SyncCheck.guardApprove(document: d, interpretations: [], on: docDay("2025-03-05"),
                                                    overrideReason: "领导批示先行签发", calendar: cal)
        #expect(overridden.map(\.code) == [.notOrganised, .notSignedTogether])
        #expect(!overridden.isEmpty && overridden.allSatisfy { $0.overridden && $0.overrideReason == "领导批示先行签发" })
    }

    @Test("guardPublish: same-day rule needs the interpretation out first; a lag setting accepts a signed one")
    func guardPublish() throws {
        let d = doc(published: nil)
        let signedOnly = [interp(published: nil)]
        #expect(throws: SyncRefusal.self) {
            try SyncCheck.guardPublish(document: d, interpretations: signedOnly, on: docDay("2025-03-07"))
        }
        #expect(try SyncCheck.guardPublish(document: d, interpretations: [interp(published: "2025-03-07")],
                                           on: docDay("2025-03-07")).isEmpty)
        #expect(try SyncCheck.guardPublish(document: d, interpretations: signedOnly, on: docDay("2025-03-07"),
                                           settings: lag3).isEmpty)
        // Lag allowed, but the interpretation is not even signed.
        #expect(throws: SyncRefusal.self) {
            try SyncCheck.guardPublish(document: d, interpretations: [interp(approved: nil, published: nil)],
                                       on: docDay("2025-03-07"), settings: lag3)
        }
        let o = try SyncCheck.guardPublish(document: d, interpretations: [], on: docDay("2025-03-07"),
                                           overrideReason: "应急信息须立即发布")
        #expect(o.map(\.code) == [.notPublishedTogether] && o[0].overridden)
    }
}
