import Foundation
import Testing
@testable import GongkaiCore
@testable import GongkaiLetters
@testable import GongkaiStore

@Suite("文书模板库 Templates")
struct TemplateLibraryTests {
    @Test func everyShippedTemplateParsesAndUsesOnlyKnownNames() throws {
        let checks = try LetterTemplates(directory: nil).check()
        #expect(checks.map(\.name) == ["clarify", "consult", "consult-agency", "extend", "reply", "fee"])
        for c in checks {
            #expect(c.isOK, "\(c.name): \(c.problems)")
            #expect(c.variables.required.contains("letterNumber") && c.variables.required.contains("unitName"))
        }
        let reply = try #require(checks.first { $0.name == "reply" })
        #expect(reply.variables.conditional == ["reason", "whereToGet", "responsibleAgency"])
        #expect(reply.variables.required.contains("citation"))
        // C10: every letter to the applicant names the 复议机关 and the court.
        for c in checks where !c.name.hasPrefix("consult") {
            #expect(c.variables.required.contains("reviewBody") && c.variables.required.contains("court"), "\(c.name)")
        }
    }

    @Test func exportWritesEveryTemplateAndKeepsEditedFiles() throws {
        let dir = try temporaryDirectory()
        let written = try LetterTemplates.export(to: dir)
        #expect(written.count == 6)
        let edited = dir.appendingPathComponent("clarify.mustache")
        try "# 改过的\n{{letterNumber}}\n".write(to: edited, atomically: true, encoding: .utf8)
        #expect(try LetterTemplates.export(to: dir).isEmpty)
        #expect(try String(contentsOf: edited, encoding: .utf8).hasPrefix("# 改过的"))
        #expect(try LetterTemplates(directory: dir).source(named: "clarify")?.file == edited.path)
        #expect(try LetterTemplates(directory: dir).source(named: "reply")?.text == ReplyTemplate.text)
    }

    @Test func checkReportsSyntaxErrorsUnknownNamesAndStrayFiles() throws {
        let dir = try temporaryDirectory()
        try "# 坏\n{{#reason}}没有结束\n".write(to: dir.appendingPathComponent("reply.mustache"), atomically: true, encoding: .utf8)
        try "# 拼错\n{{aplicantName}} {{> partial}}\n".write(to: dir.appendingPathComponent("extend.mustache"),
                                                          atomically: true, encoding: .utf8)
        try "{{letterNumber}}\n".write(to: dir.appendingPathComponent("memo.mustache"), atomically: true, encoding: .utf8)
        let checks = try LetterTemplates(directory: dir).check()
        let reply = try #require(checks.first { $0.name == "reply" })
        #expect(!reply.isOK && reply.problems.contains { $0.contains("第 2 行") || $0.contains("语法错误") })
        let extend = try #require(checks.first { $0.name == "extend" })
        #expect(extend.problems.contains { $0.contains("aplicantName") })
        #expect(extend.problems.contains { $0.contains("不支持") })
        let memo = try #require(checks.first { $0.name == "memo" })
        #expect(memo.problems.contains { $0.contains("不对应任何文书") })
        #expect(checks.first { $0.name == "fee" }?.isOK == true)
    }

    /// An edited template is used for the letter, and the names it needs are checked against the case.
    @Test func anEditedTemplateIsUsedAndItsOwnNeedsAreChecked() throws {
        let s = try letterService()
        let id = try application(s)
        _ = try s.recordEvent(applicationId: id, .extend(d("2026-03-20"), days: 5, approver: "王主任"))
        let dir = try temporaryDirectory()
        try "# 延期通知\n<< {{applicantName}}：\n延至{{newDueDate}}。{{formWanted}}\n>> {{unitName}}\n"
            .write(to: dir.appendingPathComponent("extend.mustache"), atomically: true, encoding: .utf8)
        let composer = LetterComposer(templates: LetterTemplates(directory: dir))
        let detail = try s.application(id: id)
        // formWanted was not given at registration: the edited template needs it.
        #expect(try composer.missing(detail: detail, request: LetterRequest(kind: .extend, date: pinned)) == ["formWanted"])
        try "# 延期通知\n<< {{applicantName}}：\n延至{{newDueDate}}。\n>> {{unitName}}\n"
            .write(to: dir.appendingPathComponent("extend.mustache"), atomically: true, encoding: .utf8)
        let doc = try composer.compose(detail: detail, request: LetterRequest(kind: .extend, date: pinned), number: "1").document
        #expect(doc.title == "延期通知")
        #expect(doc.paragraphs.map(\.role) == [.title, .flush, .body, .right])
    }

    @Test func theIssuerChecksNumbersWritesAndRecords() throws {
        let s = try letterService()
        let id = try application(s)
        let issuer = LetterIssuer(service: s, templates: LetterTemplates(directory: nil))
        // Missing data: nothing numbered, nothing recorded.
        #expect(throws: LetterError.self) {
            try issuer.issue(applicationId: id, request: LetterRequest(kind: .clarify, date: pinned), format: .docx)
        }
        #expect(try s.letters(applicationId: id).isEmpty)
        _ = try s.recordEvent(applicationId: id, .reply(d("2026-03-16"), outcome: .notProcessedComplaint))
        let issued = try issuer.issue(applicationId: id, request: LetterRequest(kind: .reply, date: pinned), format: .html)
        #expect(issued.record.number == "县人民政府办公室依申请〔2026〕第1号")
        #expect(issued.record.sha256 == SHA256.hex(issued.data))
        #expect(String(decoding: issued.data, as: UTF8.self).contains("县人民政府办公室依申请〔2026〕第1号"))
        #expect(String(decoding: issued.data, as: UTF8.self).contains("第三十九条第一款"))
        #expect(try s.application(id: id).letters.map(\.number) == [issued.record.number])
        #expect(LetterIssuer.fileName(number: issued.record.number, format: .docx) == "县人民政府办公室依申请2026第1号.docx")
    }
}
