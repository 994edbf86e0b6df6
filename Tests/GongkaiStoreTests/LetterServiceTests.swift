import Foundation
import GRDB
import Testing
@testable import GongkaiCore
@testable import GongkaiStore

/// 文书编号与办理记录 through the service door (issue 14).
@Suite("文书记录 Letter service")
struct LetterServiceTests {
    struct Failure: Error {}

    func workspace() throws -> (Workspace, String) {
        let ws = try Workspace.inMemory()
        let admin = service(ws, "admin")
        _ = try admin.initialize(demo: true, created: true)
        let app = try admin.addApplication(NewApplication(
            received: CivilDate(iso: "2026-11-20")!, channel: .inPerson, applicantType: .naturalPerson,
            applicantName: "张三", content: "申请公开学校布局规划", unit: "edu"))
        return (ws, app.id)
    }

    func service(_ ws: Workspace, _ login: String) -> GongkaiService {
        GongkaiService(workspace: ws, actor: Actor(login: login, origin: "test"), today: { pinnedToday })
    }

    func request(_ id: String, date: String = "2026-11-27", format: String = "docx") -> LetterIssueRequest {
        LetterIssueRequest(applicationId: id, kind: .reply, template: "reply", format: format, date: CivilDate(iso: date)!)
    }

    func audit(_ ws: Workspace, _ action: String) throws -> [AuditEntry] {
        try ws.writer.read { db in
            try AuditEntry.fetchAll(db, sql: "SELECT * FROM auditLog WHERE action = ? ORDER BY id", arguments: [action])
        }
    }

    @Test func numbersFollowTheUnitsPatternAndCountPerYear() throws {
        let (ws, id) = try workspace()
        let clerk = service(ws, "zhao.edu")
        #expect(try clerk.letterPattern().next == "县教育局依申请〔2026〕第1号")
        _ = try service(ws, "admin").setLetterPattern(unit: "县教育局", pattern: "{简称}依申〔{year}〕{seq:3}号", shortName: "教")
        let first = try clerk.issueLetter(request(id)) { Data("一 \($0)".utf8) }
        let second = try clerk.issueLetter(request(id, format: "md")) { Data("二 \($0)".utf8) }
        let nextYear = try clerk.issueLetter(request(id, date: "2027-01-04")) { Data($0.utf8) }
        #expect(first.record.number == "教依申〔2026〕001号")
        #expect(second.record.number == "教依申〔2026〕002号")
        #expect(nextYear.record.number == "教依申〔2027〕001号")
        // The file's bytes were made with the number, and the digest is theirs.
        #expect(first.data == Data("一 教依申〔2026〕001号".utf8))
        #expect(first.record.sha256 == SHA256.hex(first.data))
        #expect(first.record.officer == "zhao.edu")
        // On the application's timeline, oldest first.
        let detail = try clerk.application(id: id)
        #expect(detail.letters.map(\.number) == ["教依申〔2026〕001号", "教依申〔2026〕002号", "教依申〔2027〕001号"])
        #expect(detail.textLines.contains { $0.contains("答复书 教依申〔2026〕001号") && $0.contains(first.record.sha256) })
        #expect(try audit(ws, "letter.issue").count == 3)
        #expect(try audit(ws, "letter.pattern").count == 1)
    }

    @Test func aFailedRenderingRecordsNothingAndKeepsTheNumber() throws {
        let (ws, id) = try workspace()
        let clerk = service(ws, "zhao.edu")
        #expect(throws: Failure.self) { try clerk.issueLetter(request(id)) { _ in throw Failure() } }
        #expect(try clerk.letters(applicationId: id).isEmpty)
        #expect(try audit(ws, "letter.issue").isEmpty)
        #expect(try clerk.issueLetter(request(id)) { Data($0.utf8) }.record.number == "县教育局依申请〔2026〕第1号")
    }

    @Test func onlyTheHandlingUnitAndTheCountyOfficeMayIssue() throws {
        let (ws, id) = try workspace()
        #expect(throws: AccessDenied(rule: .otherUnit, officer: "wang.cg")) {
            try service(ws, "wang.cg").issueLetter(request(id)) { Data($0.utf8) }
        }
        expectRefused(.otherUnit) { try service(ws, "wang.cg").letters(applicationId: id) }
        // The county office may.
        #expect(try service(ws, "chen.review").issueLetter(request(id)) { Data($0.utf8) }.record.number
                == "县教育局依申请〔2026〕第1号")
        #expect(throws: ServiceError.unknownApplication("A2026-9999")) {
            try service(ws, "admin").issueLetter(request("A2026-9999")) { Data($0.utf8) }
        }
        expectRefused(.invalidValue) { try service(ws, "admin").issueLetter(request(id, format: "pdf")) { Data($0.utf8) } }
    }

    @Test func patternsAreForAdminsAndAreChecked() throws {
        let (ws, _) = try workspace()
        #expect(throws: AccessDenied(rule: .adminOnly, officer: "zhao.edu")) {
            try service(ws, "zhao.edu").setLetterPattern(unit: "edu", pattern: "{seq}", shortName: nil)
        }
        expectRefused(.invalid) {
            try service(ws, "admin").setLetterPattern(unit: "edu", pattern: "没有序号", shortName: nil)
        }
        #expect(try audit(ws, "letter.pattern").isEmpty)
        let set = try service(ws, "admin").setLetterPattern(unit: "edu", pattern: "教〔{年}〕{序号}", shortName: " ")
        #expect(set.isSet && set.shortName == nil && set.next == "教〔2026〕1")
    }

    @Test func recordedLettersCannotBeChangedInTheDatabase() throws {
        let (ws, id) = try workspace()
        _ = try service(ws, "zhao.edu").issueLetter(request(id)) { Data($0.utf8) }
        #expect(throws: DatabaseError.self) {
            try ws.writer.write { db in try db.execute(sql: "UPDATE letter SET sha256 = 'x'") }
        }
        #expect(throws: DatabaseError.self) {
            try ws.writer.write { db in try db.execute(sql: "DELETE FROM letter") }
        }
    }
}
