import Foundation
import GongkaiTestSupport
import Testing
@testable import GongkaiCore
@testable import GongkaiStore
@testable import GongkaiTUI

/// A workspace file with the demo data and a draft store of its own, so journals survive a "crash"
/// (a second AppModel over the same files).
private struct Session {
    let path: String
    let service: GongkaiService
    let files: LocalOfficerFiles

    init(login: String = "li.ming") throws {
        requireUTF8Locale()
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("gongkai-confirm-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        path = dir + "/workspace.sqlite"
        try seededWorkspaceFile(at: path, demo: true, by: "li.ming", on: pinnedToday)
        let (ws, _) = try Workspace.open(at: path)
        service = GongkaiService(workspace: ws, actor: Actor(login: login, origin: "test"), today: { pinnedToday })
        files = LocalOfficerFiles(draftDirectory: dir + "/state", workingDirectory: dir)
    }

    func model(width: Int = 80, height: Int = 24) -> AppModel {
        AppModel(width: width, height: height, data: ServiceDataSource(service: service, files: files), workspaceDisplay: path)
    }
}

private func type(_ m: AppModel, _ text: String) {
    for c in text { m.handle(.char(c)) }
}

private func selectedDocument(_ m: AppModel) -> String? {
    let list = m.state.lists[.documents]!
    return list.row(at: list.selected)?.id
}

/// 城关镇2026年第三季度低保对象公示 — a demo draft with its 公开属性 decided.
private let draftId = "D2026-0005"

@Suite("确认 One confirmation model")
struct ConfirmationTests {
    init() { requireUTF8Locale() }

    /// Issue 22: after recovering a draft the selection stayed on another row and the next `s`
    /// sent a different document to review.
    @Test func afterRecoveringADraftSubmitActsOnTheRecoveredDocument() throws {
        let session = try Session()
        let first = session.model()
        first.execute(CommandLine(name: "open", argument: draftId))
        first.handle(.ctrl("e"))
        type(first, "（断线前补充的一句）")
        // The session is dropped; a new one starts with the list on its first row.
        let m = session.model()
        m.handle(.char("2"))
        let other = try #require(selectedDocument(m))
        try #require(other != draftId)
        let otherState = try session.service.document(id: other).state
        m.handle(.char("r"))
        #expect(m.state.documents.editor?.id == draftId)
        #expect(selectedDocument(m) == draftId)
        m.handle(.ctrl("s"))
        m.handle(.escape)
        #expect(m.state.documents.editor == nil && selectedDocument(m) == draftId)
        m.handle(.char("s"))
        let question = try #require(m.state.confirmation?.question)
        #expect(question.hasPrefix("提交审核 \(draftId)《城关镇2026年第三季度低保对象公示"))
        #expect(screen(m)[23].contains("提交审核 \(draftId)") && screen(m)[23].contains("y 确认，其他键取消"))
        m.handle(.char("y"))
        #expect(try session.service.document(id: draftId).state == .inReview)
        #expect(try session.service.document(id: other).state == otherState)
        #expect(selectedDocument(m) == draftId)
    }

    @Test func anyOtherKeyCancelsAndSaysSo() throws {
        let m = try demoModel(width: 80, height: 24)
        m.select(id: draftId, in: .documents)
        m.handle(.char("s"))
        #expect(m.state.confirmation?.step == .documentStep(.submit, id: draftId))
        m.handle(.char("j"))                  // not y: cancelled, and the j does not move either
        #expect(m.state.confirmation == nil && selectedDocument(m) == draftId)
        let s = (m.data as! ServiceDataSource).service
        #expect(try s.document(id: draftId).state == .draft)
        let text = try #require(m.state.message?.text)
        #expect(text.hasPrefix("已取消：提交审核 \(draftId)《") && text.hasSuffix("未执行，没有改动。"))
        m.handle(.char("s"))
        m.handle(.escape)
        #expect(try s.document(id: draftId).state == .draft && m.state.confirmation == nil)
    }

    @Test func aLongTitleIsShortenedButTheKeysStayOnTheLine() throws {
        let m = try demoModel(width: 80, height: 24) { ws in
            let s = GongkaiService(workspace: ws, actor: Actor(login: "li.ming", origin: "test"), today: { pinnedToday })
            _ = try s.addDocument(NewDocument(title: String(repeating: "关于进一步加强和改进政务公开工作的实施意见", count: 3),
                                              type: .policy, disclosure: DocumentDisclosure(attribute: .proactive),
                                              formed: pinnedToday))
        }
        m.handle(.char("2"))
        m.handle(.char("g"))
        m.handle(.char("P"))
        let line = screen(m)[23]
        #expect(line.hasPrefix("发布 D2026-") && line.contains("…") && line.contains("？y 确认，其他键取消"))
        #expect(TextWidth.of(line) <= 80)
    }

    @Test func theSelectionFollowsTheItemWhenAnotherSessionAddsRowsAbove() throws {
        let m = try demoModel(width: 80, height: 24)
        m.select(id: draftId, in: .documents)
        let before = m.state.lists[.documents]!.selected
        let other = GongkaiService(workspace: (m.data as! ServiceDataSource).service.workspace,
                                   actor: Actor(login: "wang.cg", origin: "test"), today: { pinnedToday })
        _ = try other.addDocument(NewDocument(title: "城关镇新添的通知", type: .general,
                                              disclosure: DocumentDisclosure(attribute: .proactive), formed: pinnedToday))
        m.reloadAll()                         // a live update: another session committed
        #expect(selectedDocument(m) == draftId && m.state.lists[.documents]!.selected == before + 1)
        m.handle(.char("s"))
        #expect(m.state.confirmation?.step == .documentStep(.submit, id: draftId))
    }

    @Test func signingAnInterpretationOutsideTheInboxAsks() throws {
        let m = try demoModel(width: 120, height: 40)
        m.handle(.char("3"))
        m.handle(.char("A"))
        let step = try #require(m.state.confirmation?.step)
        guard case .interpretationStep(.approve, let id, let doc, nil) = step else {
            Issue.record("not a sign-off: \(step)")
            return
        }
        #expect(m.state.confirmation?.question.hasPrefix("签发 \(id)《") == true)
        m.handle(.char("n"))
        #expect(m.state.message?.text.hasPrefix("已取消：签发 \(id)") == true)
        let s = (m.data as! ServiceDataSource).service
        #expect(try s.interpretationRow(doc: doc)?.interpretations.last?.id == id)
    }

    @Test func aNewDocumentNotYetAddedIsRecoveredAfterADrop() throws {
        let session = try Session(login: "wang.cg")
        let first = session.model()
        first.handle(.char("2"))
        first.handle(.char("a"))
        first.handle(.ctrl("s"))
        type(first, "断线前的新文件")
        #expect(first.state.documents.editor?.opened.isUnsaved == true)
        let before = try session.service.documentCount(filter: .all)
        let m = session.model()
        #expect(m.state.documents.recovery?.edit.title == "断线前的新文件")
        // The box names it as the officer knows it, not by its internal id.
        #expect(screen(m).contains { $0.contains("上次编辑文件 新建文件「断线前的新文件」") })
        #expect(!screen(m).contains { $0.contains(DocumentDetail.unsavedPrefix) })
        m.handle(.char("r"))
        #expect(m.state.message?.text.contains(DocumentDetail.unsavedPrefix) == false)
        let editor = try #require(m.state.documents.editor)
        #expect(editor.opened.isUnsaved && editor.opened.unitId == "chengguan" && editor.form.title == "断线前的新文件")
        m.handle(.ctrl("s"))
        let id = try #require(m.state.documents.editor?.id)
        #expect(try session.service.document(id: id).title == "断线前的新文件")
        #expect(try session.service.documentCount(filter: .all) == before + 1 && selectedDocument(m) == id)
    }

    @Test func inEnglishTheQuestionAndTheNewDocumentFormSpeakEnglish() throws {
        try UILanguage.$current.withValue(.en) {
            let m = try demoModel(width: 80, height: 24)
            m.select(id: draftId, in: .documents)
            m.handle(.char("s"))
            let question = try #require(m.state.confirmation?.question)
            #expect(question.hasPrefix("Submit for review \(draftId) “") && question.hasSuffix("”? y confirms, any other key cancels"))
            m.handle(.char("n"))
            #expect(m.state.message?.text.hasPrefix("Cancelled: Submit for review \(draftId)") == true)
            m.handle(.char("a"))
            m.handle(.tab); m.handle(.right)
            m.handle(.escape)
            let lines = screen(m)
            #expect(lines[23].hasPrefix("The new document form has unsaved input. Discard it?"))
            // Apart from the workspace's own data (unit and column names, titles), no Chinese.
            for label in ["Issuing unit", "Catalog column", "Type", "Date formed"] {
                #expect(lines.contains { $0.contains("| *" + label) || $0.contains("|  " + label) }, "\(label)")
            }
            #expect(lines.contains { $0.contains("undecided") })
        }
    }
}
