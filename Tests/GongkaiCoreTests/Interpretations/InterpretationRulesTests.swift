import Foundation
import Testing
@testable import GongkaiCore

@Suite struct InterpretationRulesTests {
    @Test("forms: codes, Chinese names, aliases and the --forms list")
    func forms() throws {
        #expect(InterpretationForm.allCases.count == 12)
        #expect(InterpretationForm.allCases.map(\.chineseName) == [
            "文字解读", "专家解读", "政策问答", "图解", "视频", "音频", "动漫", "H5", "在线访谈", "媒体专访", "答记者问", "新闻发布会",
        ])
        #expect(InterpretationForm(codeOrName: "新闻发布会") == .pressConference)
        #expect(InterpretationForm(codeOrName: "press-qa") == .pressQA)
        #expect(InterpretationForm.named("图表") == .graphic)
        #expect(InterpretationForm.named("撰稿解读") == .text)
        #expect(try InterpretationForm.parseList("图解,政策问答").get() == [.graphic, .qa])
        #expect(try InterpretationForm.parseList("文字解读、H5，video 图解 图解").get() == [.text, .h5, .video, .graphic])
        let bad = InterpretationForm.parseList("图解,海报,抖音")
        #expect(throws: UnknownFormsError(names: ["海报", "抖音"])) { try bad.get() }
        #expect(UnknownFormsError(names: ["海报"]).description.hasPrefix("无法识别的解读形式：海报"))
    }

    @Test("elements: the nine checklist items in order; missing ones listed")
    func elements() {
        #expect(InterpretationElement.allCases.map(\.chineseName) == [
            "背景依据", "目标任务", "主要内容", "适用范围", "执行标准", "注意事项", "关键词注释", "惠民利民举措", "新旧政策差异",
        ])
        let i = Interpretation(id: "I1", documentId: "D1", unit: InterpretingUnit(draftingUnit: "jyj"), forms: [.text],
                               elements: [.background, .mainContent, .scope], created: docDay("2026-03-02"))
        #expect(i.missingElements == [.objectives, .standards, .cautions, .glossary, .benefits, .changes])
    }

    @Test("which documents require an interpretation: 规章 and 规范性文件 always, others by tag")
    func requirement() {
        #expect(InterpretationRequirement.evaluate(type: .regulation, tags: []) == .byType(.regulation))
        #expect(InterpretationRequirement.evaluate(type: .normative, tags: []).isRequired)
        #expect(InterpretationRequirement.evaluate(type: .policy, tags: ["六稳六保"]) == .byTag("六稳六保"))
        #expect(InterpretationRequirement.evaluate(type: .policy, tags: ["“六稳”和“六保”"]) == .byTag("六稳六保"))
        #expect(InterpretationRequirement.evaluate(type: .general, tags: ["疫情防控", "惠企政策"]) == .byTag("惠企政策"))
        #expect(InterpretationRequirement.evaluate(type: .policy, tags: ["疫情防控"]) == .notRequired)
        #expect(InterpretationRequirement.evaluate(type: .policy, tags: []).reason == nil)
        #expect(InterpretationRequirement.evaluate(type: .normative, tags: []).reason == "行政规范性文件均须同步解读")
        // The reason speaks the interface language: Chinese, or English (a tag stays as the setting writes it).
        #expect(InterpretationRequirement.byType(.regulation).reason(in: .en) == "every regulation needs an interpretation")
        #expect(InterpretationRequirement.byTag("惠企政策").reason(in: .zh) == "标注为“惠企政策”的文件须同步解读")
        #expect(InterpretationRequirement.byTag("惠企政策").reason(in: .en) == "documents tagged “惠企政策” need an interpretation")
        #expect(UILanguage.$current.withValue(.en) { InterpretationRequirement.byType(.normative).reason }
                == "every normative document needs an interpretation")
        // The tag set is a setting.
        let custom = InterpretationSettings(requiredTags: ["疫情防控"], allowedLagWorkdays: 3)
        #expect(InterpretationRequirement.evaluate(type: .policy, tags: ["疫情防控"], settings: custom) == .byTag("疫情防控"))
        #expect(InterpretationRequirement.evaluate(type: .policy, tags: ["六稳六保"], settings: custom) == .notRequired)
        #expect(InterpretationRequirement.evaluate(type: .regulation, tags: [], settings: custom).isRequired)
        #expect(InterpretationSettings.default.allowedLagWorkdays == 0)
        #expect(InterpretationSettings(allowedLagWorkdays: -2).allowedLagWorkdays == 0)
    }

    @Test("谁起草、谁解读: the drafting unit by default; another unit only with a reason")
    func interpretingUnit() throws {
        #expect(try InterpretingUnit.resolve(draftingUnit: "jyj", requested: nil, reason: nil)
                == InterpretingUnit(draftingUnit: "jyj"))
        #expect(try InterpretingUnit.resolve(draftingUnit: "jyj", requested: "jyj", reason: nil).reason == nil)
        #expect(throws: InterpretationRuleError.otherUnitWithoutReason(draftingUnit: "jyj", interpretingUnit: "czj")) {
            try InterpretingUnit.resolve(draftingUnit: "jyj", requested: "czj", reason: "  ")
        }
        let lead = try InterpretingUnit.resolve(draftingUnit: "jyj", requested: "czj", reason: " 联合发文，财政局牵头 ")
        #expect(lead.unitId == "czj" && lead.reason == "联合发文，财政局牵头")
        #expect(!lead.isDraftingUnit("jyj"))
        #expect(InterpretationRuleError.otherUnitWithoutReason(draftingUnit: "jyj", interpretingUnit: "czj")
                    .chineseMessage.contains("谁起草、谁解读"))
    }

    @Test("interpretation workflow: same transitions as documents, review needs a form")
    func workflow() throws {
        #expect(throws: InterpretationRuleError.formsMissing) {
            try InterpretationWorkflow.nextState(after: .submit, from: .draft, forms: [], role: .clerk)
        }
        #expect(try InterpretationWorkflow.nextState(after: .submit, from: .draft, forms: [.graphic], role: .clerk) == .inReview)
        #expect(throws: InterpretationRuleError.reviewerRequired(action: .approve, role: .clerk)) {
            try InterpretationWorkflow.nextState(after: .approve, from: .inReview, forms: [.graphic], role: .clerk)
        }
        #expect(try InterpretationWorkflow.nextState(after: .approve, from: .inReview, forms: [.graphic], role: .reviewer) == .approved)
        #expect(try InterpretationWorkflow.nextState(after: .publish, from: .approved, forms: [.graphic], role: .clerk) == .published)
        #expect(throws: InterpretationRuleError.illegalTransition(action: .publish, from: .inReview)) {
            try InterpretationWorkflow.nextState(after: .publish, from: .inReview, forms: [.graphic], role: .admin)
        }
        #expect(throws: InterpretationRuleError.commentRequired) {
            try InterpretationWorkflow.nextState(after: .returnToDraft, from: .approved, forms: [.graphic], role: .admin)
        }
        let t = try InterpretationWorkflow.perform(.returnToDraft, from: .inReview, forms: [.text], actor: "lisi",
                                                   role: .reviewer, date: docDay("2026-03-03"), comment: "补充图解")
        #expect(t.from == .inReview && t.to == .draft && t.comment == "补充图解")
        #expect(InterpretationState.allCases.map(\.code) == DocumentState.allCases.map(\.code))
    }

    @Test("every action from every interpretation state matches the document table",
          arguments: DocumentAction.allCases, InterpretationState.allCases)
    func table(action: DocumentAction, from: InterpretationState) {
        let doc = try? DocumentWorkflow.nextState(after: action, from: from,
                                                  disclosure: DocumentDisclosure(attribute: .proactive),
                                                  role: .admin, comment: "意见")
        let interp = try? InterpretationWorkflow.nextState(after: action, from: from, forms: [.text], role: .admin,
                                                           comment: "意见")
        #expect(interp == doc)
    }
}
