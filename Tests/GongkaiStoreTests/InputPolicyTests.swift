import Foundation
import GRDB
import GongkaiTestSupport
import Testing
@testable import GongkaiCore
@testable import GongkaiStore

private func d(_ s: String) -> CivilDate { CivilDate(iso: s)! }

/// An empty workspace (county office only) with today pinned at 2026-11-27.
private func service() throws -> GongkaiService {
    let pinned = d("2026-11-27")
    let ws = try seededWorkspace(demo: false, by: "li.ming", on: pinned)
    return GongkaiService(workspace: ws, actor: Actor(login: "li.ming", origin: "test"), today: { pinned })
}

private func application(_ received: String = "2026-11-02", name: String = "张三",
                         content: String = "申请公开某项目预算") -> NewApplication {
    NewApplication(received: d(received), channel: .online, applicantType: .naturalPerson,
                   applicantName: name, content: content)
}

private func document(title: String = "关于某事的通知", body: String = "正文", formed: String = "2026-11-02",
                      validUntil: String? = nil) -> NewDocument {
    NewDocument(title: title, type: validUntil == nil ? .policy : .normative, disclosure: DocumentDisclosure(attribute: .proactive),
                category: "政府文件", formed: d(formed), body: body, validUntil: validUntil.map(d))
}

private func count(_ s: GongkaiService, _ table: String) throws -> Int {
    try s.workspace.writer.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM \(table)") ?? 0 }
}

/// The message of the refusal `body` throws (nil when it does not refuse).
private func refusal(_ body: () throws -> Void) -> String? {
    do { try body(); return nil } catch { return "\(error)" }
}

/// Issue 19, findings 1 and 5: one input policy and documented bounds at the service door.
@Suite("输入规则与范围 Input policy and bounds at the door")
struct InputPolicyTests {
    @Test func aNulInANameIsRefusedNamingTheFieldAndPositionAndNothingIsStored() throws {
        let s = try service()
        let audit = try count(s, "auditLog")
        let message = try #require(refusal { _ = try s.addApplication(application(name: "before\u{0}after")) })
        #expect(message.contains("applicantName") && message.contains("U+0000") && message.contains("第 7 个字符"))
        #expect(try count(s, "application") == 0 && count(s, "auditLog") == audit)
    }

    @Test func aNulDeepInAMegabyteBodyIsRefusedWithLineAndColumn() throws {
        let s = try service()
        let body = String(repeating: "甲", count: 192) + "\n" + "\u{0}" + String(repeating: "乙", count: 1_000_000)
        let message = try #require(refusal { _ = try s.addDocument(document(body: body)) })
        #expect(message.contains("body") && message.contains("第 194 个字符") && message.contains("第 2 行第 1 列"))
        #expect(try count(s, "document") == 0)
    }

    @Test func escapesC1AndBidiControlsAreRefusedEverywhere() throws {
        let s = try service()
        for bad in ["\u{1B}]52;c;ZXZpbA==\u{07}", "a\u{9B}2J", "a\u{202E}b", "a\u{2066}b", "a\u{7F}", "a\u{85}"] {
            #expect(refusal { _ = try s.addApplication(application(content: bad)) } != nil, "\(bad.unicodeScalars.map(\.value))")
            #expect(refusal { _ = try s.addDocument(document(title: bad)) } != nil)
        }
        // Generic: an event's note and a document's tags are checked with no code of their own.
        let a = try s.addApplication(application())
        let e = try #require(refusal { _ = try s.recordEvent(applicationId: a.id, .withdraw(d("2026-11-20"), note: "x\u{1B}[2J")) })
        #expect(e.contains("note"))
        var tagged = document()
        tagged.tags = ["好", "坏\u{0}"]
        #expect(try #require(refusal { _ = try s.addDocument(tagged) }).contains("tags[2]"))
        #expect(try count(s, "document") == 0 && count(s, "applicationEvent") == 0)
    }

    @Test func newlinesAreKeptAndTabsOnlyInMultiLineFields() throws {
        let s = try service()
        let a = try s.addApplication(application(content: "第一项\t预算\r\n第二项\n第三项"))
        #expect(try s.application(id: a.id).content == "第一项\t预算\r\n第二项\n第三项")
        #expect(refusal { _ = try s.addApplication(application(name: "张\t三")) } != nil)
        #expect(refusal { _ = try s.addApplication(application(content: "一\r二")) } != nil)   // a lone CR
    }

    @Test func lengthsAreBoundedAtTheLimitAndRefusedJustOver() throws {
        let s = try service()
        _ = try s.addApplication(application(name: String(repeating: "名", count: 100)))
        #expect(try #require(refusal { _ = try s.addApplication(application(name: String(repeating: "名", count: 101))) })
            .contains("101"))
        _ = try s.addDocument(document(title: String(repeating: "题", count: 500)))
        #expect(refusal { _ = try s.addDocument(document(title: String(repeating: "题", count: 501))) } != nil)
        _ = try s.addApplication(application(content: String(repeating: "a", count: 2_000_000)))
        #expect(refusal { _ = try s.addApplication(application(content: String(repeating: "a", count: 2_000_001))) } != nil)
        #expect(try count(s, "application") == 2 && count(s, "document") == 1)
    }

    @Test func datesOutsideTheirRangesAreRefusedNamingTheField() throws {
        let s = try service()
        let early = try #require(refusal { _ = try s.addApplication(application("1989-12-31")) })
        #expect(early.contains("received") && early.contains("1990-01-01"))
        #expect(refusal { _ = try s.addApplication(application("0001-01-01")) } != nil)
        let a = try s.addApplication(application("1990-01-01"))
        #expect(a.id == "A1990-0001")
        // 成文日期 from 1949-10-01; 有效期至 up to 50 years ahead.
        #expect(try #require(refusal { _ = try s.addDocument(document(formed: "1949-09-30")) }).contains("formed"))
        _ = try s.addDocument(document(formed: "1949-10-01"))
        _ = try s.addDocument(document(validUntil: "2076-12-31"))
        #expect(refusal { _ = try s.addDocument(document(validUntil: "2077-01-01")) } != nil)
        // Any event kind's date: 1990 to the end of next year.
        let b = try s.addApplication(application())
        let late = try #require(refusal { _ = try s.recordEvent(applicationId: b.id, .clarifyRequest(d("2026-11-20"), correctionDue: d("2028-01-01"))) })
        #expect(late.contains("correctionDue") && late.contains("2027-12-31"))
    }

    @Test func numbersHaveDocumentedMaxima() throws {
        let s = try service()
        _ = try s.addWorkdays(from: d("2026-01-05"), days: InputBounds.maxWorkdays)
        #expect(refusal { _ = try s.addWorkdays(from: d("2026-01-05"), days: InputBounds.maxWorkdays + 1) } != nil)
        #expect(refusal { _ = try s.addWorkdays(from: d("2026-01-05"), days: Int.max) } != nil)
        _ = try s.listApplications(ApplicationQuery(dueWithin: 366))
        #expect(refusal { _ = try s.listApplications(ApplicationQuery(dueWithin: 367)) } != nil)
        #expect(try #require(refusal { _ = try s.listApplications(ApplicationQuery(dueWithin: Int.max)) }).contains("dueWithin"))
        _ = try s.listApplications(ApplicationQuery(offset: 10_000_000, limit: 10_000))
        #expect(refusal { _ = try s.listApplications(ApplicationQuery(limit: 10_001)) } != nil)
        #expect(refusal { _ = try s.listApplications(ApplicationQuery(offset: 10_000_001)) } != nil)
        #expect(refusal { _ = try s.listApplications(ApplicationQuery(offset: -1)) } != nil)
        _ = try s.listDocuments(DocumentQuery(limit: 10_000))
        #expect(refusal { _ = try s.listDocuments(DocumentQuery(limit: 10_001)) } != nil)
    }
}
