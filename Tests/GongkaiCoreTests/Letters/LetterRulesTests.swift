import Testing
@testable import GongkaiCore

@Suite("文书规则 Letter rules")
struct LetterRulesTests {
    /// Each letter kind rests on its own article.
    @Test(arguments: [(LetterKind.clarify, "第三十条"), (.consult, "第三十二条"), (.extend, "第三十三条第二款"),
                      (.reply, "第三十六条"), (.fee, "第四十二条")])
    func eachKindCitesItsArticle(kind: LetterKind, article: String) {
        #expect(kind.article == article)
        #expect(LetterKind(codeOrName: kind.chineseName) == kind)
    }

    @Test func agencyConsultationsHaveTheirOwnTemplate() {
        #expect(LetterTemplateName.name(for: .consult, party: .agency) == "consult-agency")
        #expect(LetterTemplateName.name(for: .consult, party: .thirdParty) == "consult")
        #expect(LetterTemplateName.replyVariant(.withheldThirdParty) == "reply.withheld.third-party")
    }

    /// Every outcome code of Docs/领域规则.md §7 maps to its article(s).
    @Test(arguments: [
        (ApplicationOutcome.granted, ["第三十六条第（二）项"]),
        (.partiallyGranted, ["第三十七条", "第三十六条第（二）项", "第三十六条第（三）项"]),
        (.withheldStateSecret, ["第三十六条第（三）项", "第十四条"]),
        (.withheldProhibitedByLaw, ["第三十六条第（三）项", "第十四条"]),
        (.withheldSecurityStability, ["第三十六条第（三）项", "第十四条"]),
        (.withheldThirdParty, ["第三十六条第（三）项", "第十五条", "第三十二条"]),
        (.withheldInternalAffairs, ["第三十六条第（三）项", "第十六条第一款"]),
        (.withheldProcessInfo, ["第三十六条第（三）项", "第十六条第二款"]),
        (.withheldEnforcementFile, ["第三十六条第（三）项", "第十六条第二款"]),
        (.withheldInquiry, ["第三十六条第（七）项"]),
        (.unavailableNotHeld, ["第三十六条第（四）项"]),
        (.unavailableNeedsCreation, ["第三十八条"]),
        (.unavailableStillUnclear, ["第二十九条第二款第（二）项", "第三十条"]),
        (.notProcessedComplaint, ["第三十九条第一款"]),
        (.notProcessedDuplicate, ["第三十六条第（六）项"]),
        (.notProcessedPublication, ["第三十九条第二款"]),
        (.notProcessedExcessive, ["第三十五条"]),
        (.notProcessedConfirmation, ["第二条"]),
        (.otherNoCorrection, ["第三十条"]),
        (.otherFeeUnpaid, ["第四十二条"]),
        (.otherOther, ["第三十六条"]),
    ])
    func everyOutcomeCitesItsArticles(outcome: ApplicationOutcome, articles: [String]) {
        let b = ReplyBasis.of(outcome)
        #expect(b.articles == articles)
        #expect(b.citation == "《中华人民共和国政府信息公开条例》" + articles.joined(separator: "、"))
        #expect(!b.decision.isEmpty && !b.ground.isEmpty)
        // A withholding must state its reason (第三十六条第（三）项 “说明理由”).
        if outcome.isWithheldReason && outcome != .withheldInquiry { #expect(b.needsStatedReason) }
    }

    @Test func theArgumentListCoversEveryOutcome() {
        // Guards the table above against a new outcome code being added without a basis.
        #expect(ApplicationOutcome.allCases.count == 23)
        #expect(Set(ApplicationOutcome.allCases.map { ReplyBasis.of($0).outcome }).count == 23)
        // 第三十六条第（一）项 and 第（五）项 (C11).
        #expect(ReplyBasis.of(.grantedAlreadyPublic).articles == ["第三十六条第（一）项"])
        #expect(ReplyBasis.of(.unavailableNotThisAgency).articles == ["第三十六条第（五）项"])
    }

    @Test func numberPatternsFormatTheirPlaceholders() throws {
        let p = try LetterNumberPattern("{简称}依申请〔{year}〕第{seq}号")
        #expect(p.format(unit: "教育局", year: 2026, seq: 12) == "教育局依申请〔2026〕第12号")
        let padded = try LetterNumberPattern("{unit}-{年}-{序号:3}")
        #expect(padded.format(unit: "JY", year: 2026, seq: 7) == "JY-2026-007")
        let braces = try LetterNumberPattern("{{x}}{seq}")
        #expect(braces.format(unit: "", year: 2026, seq: 1) == "{x}1")
        #expect(LetterNumberPattern.standard.text == LetterNumberPattern.defaultText)
    }

    @Test func badPatternsAreRefusedByName() {
        #expect(throws: LetterNumberPatternError.missingSequence) { try LetterNumberPattern("{unit}〔{year}〕") }
        #expect(throws: LetterNumberPatternError.unknownPlaceholder("month")) { try LetterNumberPattern("{month}{seq}") }
        #expect(throws: LetterNumberPatternError.unbalancedBrace) { try LetterNumberPattern("{seq") }
        #expect(throws: LetterNumberPatternError.unbalancedBrace) { try LetterNumberPattern("a}{seq}") }
        #expect(throws: LetterNumberPatternError.empty) { try LetterNumberPattern("  ") }
        #expect(throws: LetterNumberPatternError.controlCharacter) { try LetterNumberPattern("a\n{seq}") }
        #expect(throws: LetterNumberPatternError.unknownPlaceholder("seq:0")) { try LetterNumberPattern("{seq:0}") }
    }
}
