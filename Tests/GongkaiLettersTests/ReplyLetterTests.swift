import Foundation
import Testing
@testable import GongkaiCore
@testable import GongkaiLetters
@testable import GongkaiStore

@Suite("答复书 Reply per outcome")
struct ReplyLetterTests {
    /// Every outcome: the reply cites the right articles (e.g. 第十四条 for 国家秘密, 第十五条 for
    /// 第三方合法权益, 第十六条 for internal/process information, 第三十九条 for 信访举报投诉).
    /// The history each outcome needs under the case-history rules (C8, C9) before its reply on
    /// 2026-03-18: a 补正 notice whose period ended, a received correction, a fee notice.
    static func history(for outcome: ApplicationOutcome) -> [ApplicationEvent] {
        switch outcome {
        case .otherNoCorrection: return [.clarifyRequest(d("2026-03-03"), correctionDue: d("2026-03-17"))]
        case .unavailableStillUnclear: return [.clarifyRequest(d("2026-03-03"), correctionDue: d("2026-03-17")),
                                               .clarifyReceived(d("2026-03-05"))]
        default: return []
        }
    }

    @Test(arguments: ApplicationOutcome.allCases)
    func replyCitesTheOutcomesArticles(outcome: ApplicationOutcome) throws {
        let s = try letterService()
        let id = try application(s)
        for e in Self.history(for: outcome) { _ = try s.recordEvent(applicationId: id, e) }
        let reply = ApplicationEvent.reply(d("2026-03-18"), outcome: outcome, note: "详见附件说明")
        if outcome == .otherFeeUnpaid {
            // The payment period of a notice cannot have ended by the pinned today: the admin records it with a reason.
            _ = try s.recordEvent(applicationId: id, .feeNotice(d("2026-03-03"), amount: 700, pages: 100))
            _ = try s.recordEvent(applicationId: id, reply, overrideReason: "申请人书面表示不再缴费")
        } else {
            _ = try s.recordEvent(applicationId: id, reply)
        }
        let letter = try compose(s, id, LetterRequest(kind: .reply, date: d("2026-03-18")))
        let text = letter.document.plainText
        let basis = ReplyBasis.of(outcome)
        #expect(letter.templateName == "reply")
        #expect(text.contains("根据\(basis.citation)的规定，本机关决定：\(basis.decision)。"))
        #expect(text.contains("经审查，\(basis.ground)。"))
        switch outcome {
        case .grantedAlreadyPublic: #expect(text.contains("获取方式和途径：详见附件说明"))
        case .unavailableNotThisAgency: #expect(text.contains("负责公开该政府信息的机关及联系方式：详见附件说明"))
        default: #expect(text.contains("具体说明：详见附件说明"))
        }
        for article in basis.articles { #expect(text.contains(article)) }
        // C10: the remedies clause names the 复议机关 and the court (defaults of the county office).
        #expect(text.contains("60日内向市人民政府申请行政复议（《中华人民共和国行政复议法》第二十条）"))
        #expect(text.contains("6个月内向市中级人民法院提起行政诉讼（《中华人民共和国行政诉讼法》第四十六条）"))
    }

    @Test func anAlreadyPublicReplyCitesItemOneAndNeedsWhereToGetIt() throws {
        let s = try letterService()
        let id = try application(s)
        #expect(throws: ServiceError.deadline(.missingParameter(kind: .reply, parameter: "whereToGet"))) {
            try s.recordEvent(applicationId: id, .reply(d("2026-03-16"), outcome: .grantedAlreadyPublic))
        }
        _ = try s.recordEvent(applicationId: id, .reply(d("2026-03-16"), outcome: .grantedAlreadyPublic,
                                                        note: "县政府门户网站“政府信息公开/法定主动公开内容/预算决算”栏目"))
        let text = try compose(s, id, LetterRequest(kind: .reply, date: pinned)).document.plainText
        #expect(text.contains("第三十六条第（一）项") && !text.contains("第三十六条第（二）项"))
        #expect(text.contains("预算决算”栏目"))
        // Counted in 三（一） and 三（四）1 (C11).
        #expect(ReportRow(.grantedAlreadyPublic) == .outcome(.granted))
        #expect(ReportRow(.unavailableNotThisAgency) == .outcome(.unavailableNotHeld))
    }

    @Test func aUnitsOwnReviewBodyAndCourtAreNamed() throws {
        let s = try letterService()
        let unit = try s.addUnit(AddUnitRequest(name: "城关镇", kind: .township)).unit
        let id = try s.addApplication(NewApplication(received: d("2026-03-02"), channel: .online, applicantType: .naturalPerson,
                                                     applicantName: "张三", content: "申请公开某项目预算", unit: "城关镇")).id
        _ = try s.recordEvent(applicationId: id, .reply(d("2026-03-16"), outcome: .granted))
        // Default for a township: the county's people's government and court (C10).
        var text = try compose(s, id, LetterRequest(kind: .reply, date: pinned)).document.plainText
        #expect(text.contains("向县人民政府申请行政复议") && text.contains("向县人民法院提起行政诉讼"))
        try s.setUnitRemedies(unit: unit.id, reviewBody: nil, court: "某某市某某区人民法院")
        text = try compose(s, id, LetterRequest(kind: .reply, date: pinned)).document.plainText
        #expect(text.contains("向县人民政府申请行政复议") && text.contains("向某某市某某区人民法院提起行政诉讼"))
        #expect(try s.unitRemedies(unit: "城关镇").isDefault == false)
    }

    @Test(arguments: [
        (ApplicationOutcome.withheldStateSecret, "第十四条"), (.withheldThirdParty, "第十五条"),
        (.withheldInternalAffairs, "第十六条"), (.withheldProcessInfo, "第十六条"),
        (.notProcessedComplaint, "第三十九条"), (.notProcessedDuplicate, "第三十六条第（六）项"),
    ])
    func theIssuesExamplesCiteTheirArticle(outcome: ApplicationOutcome, article: String) throws {
        let s = try letterService()
        let id = try application(s)
        _ = try s.recordEvent(applicationId: id, .reply(d("2026-03-16"), outcome: outcome, note: "理由"))
        #expect(try compose(s, id, LetterRequest(kind: .reply, date: pinned)).document.plainText.contains(article))
    }

    /// A withholding must say why: with no note on the reply, the letter is refused by name.
    @Test func aWithholdingWithoutAReasonIsMissingData() throws {
        let s = try letterService()
        let id = try application(s)
        _ = try s.recordEvent(applicationId: id, .reply(d("2026-03-16"), outcome: .withheldStateSecret))
        #expect(try shippedOnly.missing(detail: try s.application(id: id), request: LetterRequest(kind: .reply, date: pinned))
                == ["reason"])
        // A grant needs none.
        let granted = try application(s)
        _ = try s.recordEvent(applicationId: granted, .reply(d("2026-03-16"), outcome: .granted))
        let text = try compose(s, granted, LetterRequest(kind: .reply, date: pinned)).document.plainText
        #expect(!text.contains("具体说明"))
    }

    /// An admin's `reply.<outcome>.mustache` wins for that outcome only.
    @Test func aPerOutcomeOverrideIsUsedForThatOutcome() throws {
        let s = try letterService()
        let dir = try temporaryDirectory()
        try "# 特别答复书\n{{applicantName}}：{{citation}}\n".write(
            to: dir.appendingPathComponent("reply.withheld.third-party.mustache"), atomically: true, encoding: .utf8)
        let composer = LetterComposer(templates: LetterTemplates(directory: dir))
        let a = try application(s)
        _ = try s.recordEvent(applicationId: a, .reply(d("2026-03-16"), outcome: .withheldThirdParty, note: "涉及商业秘密"))
        let b = try application(s)
        _ = try s.recordEvent(applicationId: b, .reply(d("2026-03-16"), outcome: .granted))
        let special = try composer.compose(detail: try s.application(id: a), request: LetterRequest(kind: .reply, date: pinned), number: "1")
        #expect(special.templateName == "reply.withheld.third-party")
        #expect(special.document.title == "特别答复书")
        let usual = try composer.compose(detail: try s.application(id: b), request: LetterRequest(kind: .reply, date: pinned), number: "1")
        #expect(usual.templateName == "reply" && usual.document.title == "政府信息公开申请答复书")
    }
}
