import Foundation
import Testing
@testable import GongkaiCore
@testable import GongkaiLetters
@testable import GongkaiStore

@Suite("文书种类 Letters per kind")
struct LetterKindTests {
    @Test func clarifyNoticeStatesWhatToCorrectThePeriodAndTheConsequence() throws {
        let s = try letterService()
        let id = try application(s)
        _ = try s.recordEvent(applicationId: id, .clarifyRequest(d("2026-03-04"), correctionDue: d("2026-03-18"),
                                                                 note: "请写明项目名称"))
        let letter = try compose(s, id, LetterRequest(kind: .clarify, date: d("2026-03-04"))).document
        let text = letter.plainText
        #expect(letter.title == "政府信息公开申请补正告知书")
        #expect(text.contains("请您对以下事项作出补正：请写明项目名称"))
        #expect(text.contains("请于2026年3月18日前"))
        #expect(text.contains("第三十条"))
        #expect(text.contains("视为放弃申请"))
        #expect(text.contains("2026年3月2日收到") && text.contains("张三") && text.contains("申请公开某项目预算"))
        #expect(text.contains("60日内向市人民政府申请行政复议") && text.contains("6个月内向市中级人民法院提起行政诉讼"))
        #expect(letter.paragraphs.contains { $0.role == .centered && $0.text == "县政府办依申请〔2026〕第1号" })
        #expect(letter.paragraphs.suffix(2).map(\.role) == [.right, .right])
        #expect(letter.paragraphs.last?.text == "2026年3月4日")
    }

    /// Issue 22: a natural person is addressed as 您, an organisation as 贵单位 (the {{honorific}} variable).
    @Test func theApplicantIsAddressedAs您OrAs贵单位ByItsKind() throws {
        let s = try letterService()
        let person = try application(s)
        let company = try s.addApplication(NewApplication(received: d("2026-03-02"), channel: .online, applicantType: .business,
                                                          applicantName: "某建设有限公司", content: "申请公开某项目预算",
                                                          contact: "13800000002")).id
        for id in [person, company] {
            _ = try s.recordEvent(applicationId: id, .clarifyRequest(d("2026-03-04"), correctionDue: d("2026-03-18"),
                                                                     note: "请写明项目名称"))
        }
        let toPerson = try compose(s, person, LetterRequest(kind: .clarify, date: d("2026-03-04"))).document.plainText
        let toCompany = try compose(s, company, LetterRequest(kind: .clarify, date: d("2026-03-04"))).document.plainText
        #expect(toPerson.contains("收到您提出的") && toPerson.contains("请您对以下事项") && !toPerson.contains("贵单位"))
        #expect(toCompany.contains("收到贵单位提出的") && toCompany.contains("请贵单位对以下事项") && !toCompany.contains("您"))
    }

    /// Issue 22: a letter is dated the day of the step it records, not the day it is printed.
    @Test func aLetterDefaultsToTheDateOfItsStep() throws {
        let s = try letterService()
        let id = try application(s)
        #expect(LetterRequest.eventDate(.clarify, events: try s.application(id: id).events.map(\.event)) == nil)
        _ = try s.recordEvent(applicationId: id, .clarifyRequest(d("2026-03-04"), correctionDue: d("2026-03-18"),
                                                                 note: "请写明项目名称"))
        let events = try s.application(id: id).events.map(\.event)
        #expect(LetterRequest.eventDate(.clarify, events: events) == d("2026-03-04"))
        #expect(LetterRequest.eventDate(.reply, events: events) == nil)
    }

    @Test func thirdPartyConsultationGivesFifteenWorkingDaysAndWhatSilenceMeans() throws {
        let s = try letterService()
        let id = try application(s)
        _ = try s.recordEvent(applicationId: id, .consultStart(d("2026-03-05"), party: .thirdParty, note: "县宏达建材有限公司"))
        let detail = try s.application(id: id)
        let letter = try compose(s, id, LetterRequest(kind: .consult, date: d("2026-03-05")))
        let text = letter.document.plainText
        #expect(letter.templateName == "consult")
        #expect(text.contains("第三十二条") && !text.contains("第三十四条"))
        #expect(text.contains("15个工作日"))
        // The consultee's deadline is the clock's own (S + 15 working days, C2).
        let deadline = try #require(detail.clock.consultDeadline)
        #expect(deadline == WorkdayCalendar.builtIn.addWorkdays(from: d("2026-03-05"), days: 15).due)
        // Counted from receipt, and the letter says so (issue 24).
        #expect(text.contains("期限自您收到本函之日起计算"))
        #expect(text.contains("当日收到的，期限至\(deadline.year)年\(deadline.month)月\(deadline.day)日"))
        #expect(text.contains("逾期未提出意见的，由本机关依照"))
        #expect(letter.document.paragraphs.contains { $0.role == .flush && $0.text == "县宏达建材有限公司：" })
        // The applicant's name is not given to the third party.
        #expect(!text.contains("张三"))
    }

    @Test func agencyConsultationCitesArticle34AndSilenceIsConsent() throws {
        let s = try letterService()
        let id = try application(s)
        _ = try s.recordEvent(applicationId: id, .consultStart(d("2026-03-05"), party: .agency, note: "县财政局"))
        let letter = try compose(s, id, LetterRequest(kind: .consult, date: d("2026-03-05")))
        #expect(letter.templateName == "consult-agency")
        #expect(letter.document.plainText.contains("第三十四条"))
        #expect(letter.document.plainText.contains("逾期未提出意见的，视为同意公开"))
    }

    @Test func extensionNoticeGivesTheNewDueDateFromTheClockAndTheApprover() throws {
        let s = try letterService()
        let id = try application(s)
        _ = try s.recordEvent(applicationId: id, .extend(d("2026-03-20"), days: 10, approver: "王主任"))
        let detail = try s.application(id: id)
        let due = try #require(detail.clock.due)
        let letter = try compose(s, id, LetterRequest(kind: .extend, date: d("2026-03-20"))).document.plainText
        #expect(letter.contains("第三十三条第二款"))
        #expect(letter.contains("王主任") && letter.contains("延长10个工作日"))
        #expect(letter.contains("将于\(due.year)年\(due.month)月\(due.day)日前作出答复"))
        // 20 + 10 working days from 2026-03-02 on the built-in calendar (清明 04-04..04-06 skipped).
        #expect(due == WorkdayCalendar.builtIn.addWorkdays(from: d("2026-03-02"), days: 30).due)
    }

    @Test func aDeadlineReachingAYearWithoutItsArrangementSaysSoInTheLetter() throws {
        let ws = try Workspace.inMemory()
        let s = GongkaiService(workspace: ws, actor: Actor(login: "li.ming", origin: "test"), today: { d("2026-12-28") })
        _ = try s.initialize(demo: false, created: true)
        let id = try s.addApplication(NewApplication(received: d("2026-12-01"), channel: .online, applicantType: .naturalPerson,
                                                     applicantName: "张三", content: "申请公开某项目预算", idNumber: "",
                                                     contact: "13800000001")).id
        _ = try s.recordEvent(applicationId: id, .extend(d("2026-12-28"), days: 20, approver: "王主任"))
        let detail = try s.application(id: id)
        // The built-in calendar stops at 2026: the extended due date falls in 2027 and is provisional (C5).
        let due = try #require(detail.clock.due)
        #expect(due.year == 2027 && detail.clock.missingYears == [2027])
        let letter = try shippedOnly.compose(detail: detail, request: LetterRequest(kind: .extend, date: d("2026-12-28")),
                                             number: "县政府办依申请〔2026〕第9号").document.plainText
        #expect(letter.contains("将于\(due.year)年\(due.month)月\(due.day)日（暂定：2027年节假日安排尚未录入，按周一至周五推算，安排确定后可能调整）前作出答复"))
        // A date inside the entered years carries no mark.
        let s2 = try letterService()
        let id2 = try application(s2)
        _ = try s2.recordEvent(applicationId: id2, .extend(d("2026-03-20"), days: 10, approver: "王主任"))
        #expect(!(try compose(s2, id2, LetterRequest(kind: .extend, date: d("2026-03-20"))).document.plainText.contains("暂定")))
    }

    @Test func feeNoticeComputesTheProgressiveAmount() throws {
        let s = try letterService()
        let id = try application(s)
        let perRequest = try compose(s, id, LetterRequest(kind: .fee, date: pinned, feeBasis: .perRequest, feeQuantity: 31))
            .document.plainText
        #expect(perRequest.contains("第四十二条") && perRequest.contains("国办函〔2020〕109号"))
        #expect(perRequest.contains("第31—31件：1件 × 200元 = 200元"))
        #expect(perRequest.contains("人民币200元"))
        let perPage = try compose(s, id, LetterRequest(kind: .fee, date: pinned, feeBasis: .perPage, feeQuantity: 120,
                                                        payBy: d("2026-04-20"))).document
        #expect(perPage.plainText.contains("人民币1100元"))    // 70 × 10 + 20 × 20
        #expect(perPage.plainText.contains("20个工作日内（至迟于2026年4月20日）缴纳"))
        #expect(perPage.plainText.contains("缴费方式："))
        // Without --pay-by the period is still stated: 20 working days after 2026-03-20 (清明 skipped).
        #expect(perRequest.contains("至迟于2026年4月20日") && perRequest.contains("缴费方式："))
        // A --pay-by shorter than owed is refused.
        #expect(throws: LetterError.self) {
            try compose(s, id, LetterRequest(kind: .fee, date: pinned, feeBasis: .perPage, feeQuantity: 120,
                                             payBy: d("2026-04-17")))
        }
        #expect(perPage.paragraphs.filter { $0.role == .flush && $0.text.hasPrefix("第") }.count == 2)
        #expect(throws: LetterError.self) {
            try compose(s, id, LetterRequest(kind: .fee, date: pinned, feeBasis: .perPage, feeQuantity: 30))
        }
    }

    @Test func missingDataIsReportedByNameAllAtOnce() throws {
        let s = try letterService()
        let id = try application(s)
        let detail = try s.application(id: id)
        #expect(try shippedOnly.missing(detail: detail, request: LetterRequest(kind: .clarify, date: pinned))
                == ["correctionItems", "correctionDue"])
        #expect(try shippedOnly.missing(detail: detail, request: LetterRequest(kind: .fee, date: pinned))
                == ["feeBasis", "feeQuantity", "feeAmount"])
        do {
            _ = try compose(s, id, LetterRequest(kind: .clarify, date: pinned))
            Issue.record("composed without data")
        } catch let e as LetterError {
            #expect(e.description.contains("需要补正的事项（补正告知的备注，或 --correct）、补正期限（补正告知登记的补正期限）"))
        }
        // The officer can supply what the record lacks.
        let supplied = LetterRequest(kind: .clarify, date: pinned, correctionItems: "写明年度", correctionDue: d("2026-03-30"))
        #expect(try shippedOnly.missing(detail: detail, request: supplied).isEmpty)
        #expect(throws: LetterError.noReply(id)) { try compose(s, id, LetterRequest(kind: .reply, date: pinned)) }
        #expect(throws: LetterError.missingEvent(kind: .extend, event: "延期")) {
            try compose(s, id, LetterRequest(kind: .extend, date: pinned))
        }
    }

    @Test func theCurrentStepPicksTheLetter() {
        #expect(LetterRequest.kindForCurrentStep(.awaitingCorrection) == .clarify)
        #expect(LetterRequest.kindForCurrentStep(.consulting) == .consult)
        #expect(LetterRequest.kindForCurrentStep(.extended) == .extend)
        #expect(LetterRequest.kindForCurrentStep(.replied) == .reply)
        #expect(LetterRequest.kindForCurrentStep(.processing) == nil)
    }
}
