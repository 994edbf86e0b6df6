import Foundation
import Testing
@testable import GongkaiCore
@testable import GongkaiLetters
@testable import GongkaiStore

@Suite("答复书 Reply per outcome")
struct ReplyLetterTests {
    /// Every outcome: the reply cites the right articles (e.g. 第十四条 for 国家秘密, 第十五条 for
    /// 第三方合法权益, 第十六条 for internal/process information, 第三十九条 for 信访举报投诉).
    @Test(arguments: ApplicationOutcome.allCases)
    func replyCitesTheOutcomesArticles(outcome: ApplicationOutcome) throws {
        let s = try letterService()
        let id = try application(s)
        _ = try s.recordEvent(applicationId: id, .reply(d("2026-03-16"), outcome: outcome, note: "详见附件说明"))
        let letter = try compose(s, id, LetterRequest(kind: .reply, date: d("2026-03-16")))
        let text = letter.document.plainText
        let basis = ReplyBasis.of(outcome)
        #expect(letter.templateName == "reply")
        #expect(text.contains("根据\(basis.citation)的规定，本机关决定：\(basis.decision)。"))
        #expect(text.contains("经审查，\(basis.ground)。"))
        #expect(text.contains("具体说明：详见附件说明"))
        for article in basis.articles { #expect(text.contains(article)) }
        #expect(text.contains("60日内依法申请行政复议"))
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
