import Foundation
import GRDB
import Testing
@testable import GongkaiCore
@testable import GongkaiStore

/// 修改记录的动作 — one definition (`AuditAction`) with words in both languages; no action is
/// spelled as a string where a change is made.
@Suite("审计动作 Audit actions")
struct AuditActionTests {
    @Test func everyActionHasItsOwnCodeAndWordsInBothLanguages() throws {
        let all = AuditAction.allCases
        #expect(all.count > 40)
        #expect(Set(all.map(\.rawValue)).count == all.count)
        let chinese = UILanguage.$current.withValue(.zh) { all.map(\.words) }
        let english = UILanguage.$current.withValue(.en) { all.map(\.words) }
        #expect(Set(chinese).count == all.count && Set(english).count == all.count)
        for (action, (zh, en)) in zip(all, zip(chinese, english)) {
            #expect(zh.unicodeScalars.contains { (0x4E00...0x9FFF).contains($0.value) }, "\(action)")
            #expect(!en.unicodeScalars.contains { (0x4E00...0x9FFF).contains($0.value) }, "\(action)")
            #expect(zh != action.rawValue && en != action.rawValue)
        }
    }

    @Test func workflowStepsMapToTheirOwnActions() {
        let steps: [DocumentAction] = [.submit, .approve, .returnToDraft, .publish]
        #expect(steps.map { AuditAction.document($0).rawValue } ==
                ["document.submit", "document.approve", "document.return", "document.publish"])
        #expect(steps.map { AuditAction.interpretation($0).rawValue } ==
                ["interpretation.submit", "interpretation.approve", "interpretation.return", "interpretation.publish"])
    }

    @Test func everyEntryADemoWorkspaceWritesIsAKnownActionAndReadsAsWords() throws {
        let s = try demoService(login: "admin")
        let entries = try s.auditEntries(AuditQuery(limit: 100_000))
        #expect(!entries.isEmpty)
        #expect(entries.allSatisfy { $0.kind != nil })
        let document = try #require(entries.first { $0.action == "document.add" })
        #expect(UILanguage.$current.withValue(.zh) { document.actionWords } == "登记文件")
        #expect(UILanguage.$current.withValue(.en) { document.actionWords } == "Document registered")
        var unknown = document
        unknown.action = "from.a-newer-version"
        #expect(unknown.kind == nil && unknown.actionWords == "from.a-newer-version")
    }

    /// No Store source passes an action as a string literal to `change` or the log.
    @Test func noActionIsSpelledAsAStringInTheStore() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Sources/GongkaiStore")
        var isDirectory: ObjCBool = false
        #expect(FileManager.default.fileExists(atPath: root.path, isDirectory: &isDirectory) && isDirectory.boolValue)
        let pattern = try Regex(#"(change|changeNode)\(\s*"|AuditLog\.append\([^)]*action:\s*""#)
        var checked = 0
        var offenders: [String] = []
        let enumerator = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil)
        while let url = enumerator?.nextObject() as? URL {
            guard url.pathExtension == "swift" else { continue }
            checked += 1
            for (n, line) in try String(contentsOf: url, encoding: .utf8).split(separator: "\n").enumerated()
            where line.contains(pattern) {
                offenders.append("\(url.lastPathComponent):\(n + 1)")
            }
        }
        #expect(checked > 50)
        #expect(offenders == [])
    }
}
