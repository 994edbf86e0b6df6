import Testing
@testable import GongkaiCore
@testable import GongkaiStore
@testable import GongkaiTUI

/// Refusals read in the language in force where they are shown: English in an English TUI,
/// Chinese only in Chinese (which is what the CLI prints): no English gloss in brackets.
@Suite("语言 Refusals")
struct RefusalLanguageTests {
    init() { requireUTF8Locale() }

    func service(_ m: AppModel) -> GongkaiService { (m.data as! ServiceDataSource).service }

    @Test func aServiceErrorReadsInTheLanguageInForce() throws {
        let m = try demoModel(width: 80, height: 24)
        var caught: Error?
        do { _ = try service(m).application(id: "A2026-9999") } catch { caught = error }
        let error = try #require(caught as? ServiceError)
        #expect(error == .unknownApplication("A2026-9999"))
        #expect("\(error)" == "没有编号为 A2026-9999 的申请")
        UILanguage.$current.withValue(.en) {
            #expect("\(error)" == "No request numbered A2026-9999")
        }
        // Made in Chinese, read in English: the text is taken when it is read.
        let missing = ServiceError.missingField(StoreText.Service.fieldContent.with())
        #expect("\(missing)" == "缺少申请内容")
        UILanguage.$current.withValue(.en) {
            #expect("\(missing)" == "Missing: the content of the request")
        }
        #expect(missing == .missingField("申请内容"))   // equal by the Chinese reading
        // A rule refusal made inside an English task is English.
        let deadline = ServiceError.deadline(.extensionTotalExceeded(already: 15, requested: 6))
        UILanguage.$current.withValue(.en) {
            #expect("\(deadline)" == "already extended 15 days; 6 more exceeds the 20-day total")
        }
        #expect("\(deadline)" == "已延期 15 个工作日，再延期 6 个工作日将超过合计 20 个工作日的上限（条例第三十三条）")
    }

    @Test func anAccessRefusalReadsInTheLanguageInForce() throws {
        let m = try demoModel(width: 80, height: 24)
        let stranger = GongkaiService(workspace: service(m).workspace, actor: Actor(login: "mallory", origin: "test"))
        var caught: Error?
        do { _ = try stranger.overview() } catch { caught = error }
        let denied = try #require(caught as? AccessDenied)
        #expect(denied.rule == .unknownOfficer)
        #expect("\(denied)" == "登录名 mallory 尚未登记为工作人员（规则「仅限已登记的工作人员」），请联系本工作区的管理员用 gongkai officer add 登记。")
        UILanguage.$current.withValue(.en) {
            #expect("\(denied)" == "The login mallory is not registered as an officer (rule \"registered officers only\"); ask this workspace's administrator to add it with gongkai officer add.")
            #expect(!LanguageCatalogTests.hasCJK("\(AccessDenied(rule: .adminOnly, officer: "zhao.edu"))"))
        }
        #expect("\(AccessDenied(rule: .adminOnly, officer: "zhao.edu"))" == "无权操作（规则「仅限管理员」）：目录、日历、单位和工作人员只能由管理员维护。")
    }

    @Test func aRefusalOnTheEnglishMessageLineIsEnglish() throws {
        // The TUI shows "\(error)" on the message line inside the English task.
        try UILanguage.$current.withValue(.en) {
            let m = try demoModel(width: 80, height: 24)
            do {
                try service(m).snooze(kind: .documentReview, id: "D2026-0002", until: CivilDate(iso: "2026-01-01")!)
                Issue.record("a snooze into the past was accepted")
            } catch {
                #expect("\(error)" == "The snooze date must be after today (2026-11-27)")
            }
        }
    }
}
