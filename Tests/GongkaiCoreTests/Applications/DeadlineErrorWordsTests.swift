import Testing
@testable import GongkaiCore

/// A refused event names what is missing in words, in either language — never a parameter code
/// such as `correctionDue` or an event code such as `clarify-request` (issue 22).
@Suite struct DeadlineErrorWordsTests {
    @Test func missingParametersAreNamedInWords() {
        let expected: [(ApplicationEventKind, String, String, String)] = [
            (.clarifyRequest, "correctionDue", "“补正告知”缺少补正期限", "Correction notice needs the correction deadline"),
            (.consultStart, "party", "“征求意见”缺少征求意见对象（第三方/其他机关）",
             "Consultation needs who is consulted (third party / other agency)"),
            (.extend, "days", "“延期”缺少延期天数", "Extension needs the number of extension days"),
            (.extend, "approver", "“延期”缺少批准人", "Extension needs the approver"),
            (.reply, "outcome", "“答复”缺少答复类型", "Reply needs the reply type"),
        ]
        for (kind, parameter, zh, en) in expected {
            let e = DeadlineError.missingParameter(kind: kind, parameter: parameter)
            #expect(e.text(in: .zh) == zh)
            #expect(e.text(in: .en) == en)
        }
        let whereToGet = DeadlineError.missingParameter(kind: .reply, parameter: "whereToGet")
        #expect(!whereToGet.text(in: .en).contains("whereToGet") && !whereToGet.text(in: .zh).contains("whereToGet"))
        #expect(!whereToGet.text(in: .en).unicodeScalars.contains { $0.value >= 0x3000 })
    }

    @Test func closedApplicationsNameTheEventsInWords() {
        let e = DeadlineError.eventAfterClose(kind: .extend, closedBy: .reply, on: CivilDate(iso: "2026-11-02")!)
        #expect(e.text(in: .en) == "the application was closed by \"Reply\" on 2026-11-02; cannot record \"Extension\"")
        #expect(e.text(in: .zh) == "申请已于 2026-11-02 答复，不能再登记“延期”")
    }
}
