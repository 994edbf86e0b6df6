import Foundation
import GongkaiTestSupport
import Testing
@testable import GongkaiCore
@testable import GongkaiStore
@testable import GongkaiTUI

/// 草稿在经办人一侧 — drafts in the officer's store, named per workspace, kind and officer; the
/// editor's journal appended per edit and replayed whole (issues 18 and 19).
@Suite("草稿存储 Draft store")
struct DraftStoreTests {
    func directory() throws -> String {
        let dir = NSTemporaryDirectory() + "gongkai-drafts-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        return dir
    }

    func edit(_ body: String, title: String = "标题") -> DocumentEdit {
        DocumentEdit(id: "D2026-0001", expectedVersion: 1, title: title, type: .general,
                     disclosure: DocumentDisclosure(attribute: .proactive), category: nil,
                     formed: CivilDate(iso: "2026-11-02")!, docNumber: nil, body: body, channels: [], tags: [],
                     validUntil: nil)
    }

    @Test func namesAreDifferentPerWorkspaceKindAndOfficerAndNeverForMemory() {
        let a = DraftKind.documentEdit.fileName(workspace: "/srv/a/workspace.sqlite", login: "li.ming")
        let b = DraftKind.documentEdit.fileName(workspace: "/srv/b/workspace.sqlite", login: "li.ming")
        let c = DraftKind.applicationForm.fileName(workspace: "/srv/a/workspace.sqlite", login: "li.ming")
        let d = DraftKind.documentEdit.fileName(workspace: "/srv/a/workspace.sqlite", login: "../x")
        #expect(a != nil && a != b && a != c && a != d)
        #expect(d?.contains("/") == false)
        #expect(DraftKind.documentEdit.fileName(workspace: ":memory:", login: "li.ming") == nil)
        #expect(LocalOfficerFiles.isDraftName(a!) && LocalOfficerFiles.isDraftName(d!))
    }

    @Test func theJournalReplaysEveryAppendedEditAndIgnoresACutLine() throws {
        let dir = try directory()
        let files = LocalOfficerFiles(draftDirectory: dir + "/state", workingDirectory: dir)
        let journal = DocumentDraftJournal(name: "w.doc-draft-li.json", files: files)
        var text = "自2026年起，"
        journal.append(.init(edit: edit(text), caretLine: 0, caretIndex: 0, savedAt: "t0"))
        // Typing, a deletion in the middle of CJK text, a replacement and a title change.
        for piece in ["不动产", "登记", "窗口", "调整。"] {
            text += piece
            journal.append(.init(edit: edit(text), caretLine: 0, caretIndex: text.count, savedAt: "t"))
        }
        text = text.replacingOccurrences(of: "登记", with: "")
        journal.append(.init(edit: edit(text), caretLine: 0, caretIndex: 3, savedAt: "t"))
        text = text.replacingOccurrences(of: "窗口", with: "窗囗\n第二行")
        journal.append(.init(edit: edit(text, title: "新标题"), caretLine: 1, caretIndex: 2, savedAt: "t9"))
        #expect(journal.hasAppended)
        let loaded = try #require(journal.load())
        #expect(loaded.edit == edit(text, title: "新标题"))
        #expect(loaded.caretLine == 1 && loaded.caretIndex == 2 && loaded.savedAt == "t9")
        // A line cut short by a kill is ignored; everything before it stands.
        try files.appendDraft(Data("{\"at\":3,\"remo".utf8), name: "w.doc-draft-li.json")
        #expect(journal.load()?.edit.body == text)
        // Compacted: one whole entry, the same content.
        journal.record(loaded)
        #expect(!journal.hasAppended)
        let raw = try #require(try files.readDraft(name: "w.doc-draft-li.json"))
        #expect(raw.split(separator: 0x0A).count == 1)
        #expect(journal.load() == loaded)
        journal.remove()
        #expect(journal.load() == nil)
    }

    @Test func theDifferenceKeepsWholeCharacters() {
        // 中 = E4 B8 AD and 丰 = E4 B8 B0 share two bytes: the change starts at the character.
        let d = DocumentDraftJournal.difference(Array("甲中乙".utf8), Array("甲丰乙".utf8))
        #expect(d.at == 3 && d.remove == 3 && String(decoding: d.insert, as: UTF8.self) == "丰")
        let same = DocumentDraftJournal.difference(Array("一样".utf8), Array("一样".utf8))
        #expect(same.remove == 0 && same.insert.isEmpty)
        let grown = DocumentDraftJournal.difference(Array("aa".utf8), Array("aaa".utf8))
        #expect(grown.remove == 0 && String(decoding: grown.insert, as: UTF8.self) == "a")
    }

    @Test func theDifferenceOfManyEditsOfALongBodyReplaysExactly() {
        var generator = SystemRandomNumberGenerator()
        let alphabet = Array("政府信息公开申请答复abc 123，。\n")
        var text = String((0..<20_000).map { _ in alphabet.randomElement(using: &generator)! })
        for _ in 0..<200 {
            var chars = Array(text)
            let at = Int.random(in: 0...chars.count, using: &generator)
            let cut = min(Int.random(in: 0...3, using: &generator), chars.count - at)
            chars.replaceSubrange(at..<(at + cut), with: (0..<Int.random(in: 0...5, using: &generator)).map { _ in alphabet.randomElement(using: &generator)! })
            let next = String(chars)
            let old = Array(text.utf8), new = Array(next.utf8)
            let d = DocumentDraftJournal.difference(old, new)
            var applied = old
            applied.replaceSubrange(d.at..<(d.at + d.remove), with: d.insert)
            #expect(applied == new)
            #expect(String(validating: d.insert, as: UTF8.self) != nil)
            text = next
        }
    }

    @Test func oldDraftsBesideTheWorkspaceAreMovedOnceIfTheyAreTheOfficersOwn() throws {
        let dir = try directory()
        let workspace = dir + "/workspace.sqlite"
        let files = LocalOfficerFiles(draftDirectory: dir + "/state", workingDirectory: dir)
        let old = workspace + ".draft-li.ming.json"
        try Data("{\"old\":true}".utf8).write(to: URL(fileURLWithPath: old))
        // A planted link beside the workspace is never read.
        try Data("secret".utf8).write(to: URL(fileURLWithPath: dir + "/secret"))
        #expect(symlink(dir + "/secret", workspace + ".report-draft-li.ming.json") == 0)
        LegacyDrafts.migrate(workspace: workspace, login: "li.ming", files: files)
        #expect(!FileManager.default.fileExists(atPath: old))
        let name = try #require(DraftKind.applicationForm.fileName(workspace: workspace, login: "li.ming"))
        #expect(try files.readDraft(name: name) == Data("{\"old\":true}".utf8))
        let reportName = try #require(DraftKind.reportNarrative.fileName(workspace: workspace, login: "li.ming"))
        #expect(try files.readDraft(name: reportName) == nil)
        #expect((try? FileManager.default.destinationOfSymbolicLink(atPath: workspace + ".report-draft-li.ming.json")) != nil)
        let listed = DraftInfo.list(workspace: workspace, login: "li.ming", files: files)
        #expect(listed.map(\.kind) == [.applicationForm] && listed[0].path == dir + "/state/" + name)
        #expect(try DraftInfo.clear(workspace: workspace, login: "li.ming", files: files).count == 1)
        #expect(DraftInfo.list(workspace: workspace, login: "li.ming", files: files).isEmpty)
    }

    @Test func aDraftStoreThatCannotBeUsedIsSaidAtStart() throws {
        requireUTF8Locale()
        let dir = try directory()
        try seededWorkspaceFile(at: dir + "/workspace.sqlite", demo: true, by: "li.ming", on: pinnedToday)
        let (ws, _) = try Workspace.open(at: dir + "/workspace.sqlite")
        let s = GongkaiService(workspace: ws, actor: Actor(login: "li.ming", origin: "test"), today: { pinnedToday })
        try FileManager.default.createDirectory(atPath: dir + "/elsewhere", withIntermediateDirectories: false)
        #expect(symlink(dir + "/elsewhere", dir + "/state") == 0)
        let files = LocalOfficerFiles(draftDirectory: dir + "/state", workingDirectory: dir)
        let m = AppModel(width: 120, height: 40, data: ServiceDataSource(service: s, files: files), workspaceDisplay: "~")
        #expect(m.state.message?.isError == true && m.state.message?.text.contains("草稿无法保存") == true,
                "\(String(describing: m.state.message))")
        #expect(DraftInfo.storeProblem(files: LocalOfficerFiles(draftDirectory: dir + "/ok", workingDirectory: dir)) == nil)
    }
}
