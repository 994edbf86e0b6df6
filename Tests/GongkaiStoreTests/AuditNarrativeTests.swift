import Foundation
import Testing
@testable import GongkaiCore
@testable import GongkaiStore

/// 修改记录的叙述 — audit entries told in words in the interface language.
@Suite("修改记录的叙述 Audit narrative", .serialized)
struct AuditNarrativeTests {
    func entry(_ action: String, before: String? = nil, after: String? = nil, realActor: String? = nil) -> AuditEntry {
        AuditEntry(id: 1, at: "2026-12-04T01:12:00Z", actor: "wang.cg", action: action, item: "D2026-0011",
                   before: before, after: after, origin: "tui:key:s", realActor: realActor)
    }

    @Test func aStepReadsAsWhoWhenWhatAndTheStateChange() {
        let story = AuditNarrative.story(entry("document.submit", before: #"{"state":"draft"}"#,
                                               after: #"{"from":"draft","to":"in-review","action":"submit","version":3}"#),
                                         names: ["wang.cg": "王芳"])
        #expect(story.sentence.hasPrefix("王芳 ") && story.sentence.hasSuffix(" 提交文件审核"))
        #expect(story.sentence.contains(AuditNarrative.localDay("2026-12-04T01:12:00Z")))
        #expect(story.changes == ["状态：草稿 → 待审核"])
    }

    @Test func anEditListsEachNamedFieldBeforeAndAfterWithCodesNamed() {
        let story = AuditNarrative.story(entry("document.update",
            before: #"{"title":"旧标题","type":"general","channels":"[\"门户网站\"]","version":"1","updatedAt":"x","unitId":"chengguan"}"#,
            after: #"{"title":"新标题","type":"policy","attribute":"proactive","channels":"[\"门户网站\",\"微信平台\"]","version":"2","updatedAt":"y","unitId":"chengguan"}"#),
            names: [:], units: ["chengguan": "城关镇"])
        #expect(story.sentence.hasPrefix("wang.cg ") && story.sentence.hasSuffix(" 修改文件"))
        #expect(story.changes == ["标题：旧标题 → 新标题", "公开属性：主动公开", "类型：一般信息 → 其他政策文件",
                                  "公开渠道：门户网站 → 门户网站、微信平台"])
    }

    @Test func noActionCodeOrJSONReachesTheWordsAndEnglishReadsInEnglish() {
        for action in ["document.add", "interpretation.approve", "application.event", "catalog.place", "review.snooze",
                       "duty.add", "something.new"] {
            let story = AuditNarrative.story(entry(action, after: #"{"until":"2026-12-11","nested":{"a":1}}"#))
            #expect(!story.lines.joined().contains(action) && !story.lines.joined().contains("{"), "\(action)")
        }
        #expect(AuditNarrative.story(entry("interpretation.approve")).sentence.hasSuffix(" 签发政策解读"))
        let english = UILanguage.$current.withValue(.en) {
            AuditNarrative.story(entry("document.approve", before: #"{"state":"in-review"}"#,
                                       after: #"{"from":"in-review","to":"approved"}"#, realActor: "admin"),
                                 names: ["wang.cg": "Wang Fang"])
        }
        #expect(english.sentence.hasPrefix("Wang Fang (by admin on their behalf) ") && english.sentence.hasSuffix(": Document signed off"))
        #expect(english.changes.first?.hasPrefix("state: ") == true)
    }
}
