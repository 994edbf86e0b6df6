import Foundation
import Testing
@testable import GongkaiCore
@testable import GongkaiLetters
@testable import GongkaiStore

/// 文号只在文件写成后记入 — a letter whose file cannot be written is not numbered or recorded
/// (issue 18: files go where their reader is).
@Suite("文书写入与取号 Letter delivery")
struct LetterDeliveryTests {
    @Test func aFailedWriteRecordsNothingAndTheNextLetterTakesTheSameNumber() throws {
        let s = try letterService()
        let id = try application(s)
        _ = try s.recordEvent(applicationId: id, .reply(d("2026-03-16"), outcome: .notProcessedComplaint))
        let issuer = LetterIssuer(service: s, templates: LetterTemplates(directory: nil))
        let auditBefore = try s.auditEntries(AuditQuery()).count
        let dir = try temporaryDirectory()
        let files = LocalOfficerFiles(draftDirectory: dir.path + "/drafts", workingDirectory: dir.path)
        let missing = dir.path + "/no-such-dir/reply.html"
        var offered: String?
        do {
            _ = try issuer.issue(applicationId: id, request: LetterRequest(kind: .reply, date: pinned), format: .html) { data, number in
                offered = number
                try files.write(data, to: missing)
            }
            Issue.record("a write into a missing directory succeeded")
        } catch let e as LetterIssuer.NotWritten {
            #expect(e.number == "县人民政府办公室依申请〔2026〕第1号")
            #expect((e.underlying as? OfficerFileError)?.problem == .parentMissing)
        }
        #expect(offered == "县人民政府办公室依申请〔2026〕第1号")
        #expect(try s.letters(applicationId: id).isEmpty)
        #expect(try s.auditEntries(AuditQuery()).count == auditBefore)
        #expect(try s.letterPattern().next == "县人民政府办公室依申请〔2026〕第1号")
        #expect(!FileManager.default.fileExists(atPath: missing))
        // An unwritable directory: the same.
        let locked = dir.path + "/locked"
        try FileManager.default.createDirectory(atPath: locked, withIntermediateDirectories: false)
        chmod(locked, 0o500)
        defer { chmod(locked, 0o700) }
        if geteuid() != 0 {
            #expect(throws: LetterIssuer.NotWritten.self) {
                try issuer.issue(applicationId: id, request: LetterRequest(kind: .reply, date: pinned), format: .html) { data, _ in
                    try files.write(data, to: locked + "/reply.html")
                }
            }
            #expect(try s.letters(applicationId: id).isEmpty)
        }
        // The next letter that is written takes the number that was not used.
        let issued = try issuer.issue(applicationId: id, request: LetterRequest(kind: .reply, date: pinned), format: .html) { data, _ in
            try files.write(data, to: "out/reply.html")
        }
        #expect(issued.record.number == "县人民政府办公室依申请〔2026〕第1号")
        #expect(try s.letters(applicationId: id).map(\.number) == ["县人民政府办公室依申请〔2026〕第1号"])
        let written = try Data(contentsOf: dir.appendingPathComponent("out/reply.html"))
        #expect(SHA256.hex(written) == issued.record.sha256)
        var st = stat()
        #expect(stat(dir.path + "/out/reply.html", &st) == 0 && st.st_mode & 0o777 == 0o600)
    }
}
