import Foundation
import GongkaiTestSupport
import Testing
@testable import GongkaiCore
@testable import GongkaiStore
@testable import GongkaiTUI

private func d(_ s: String) -> CivilDate { CivilDate(iso: s)! }

/// The demo workspace plus one proactive draft past its 20 working days (formed 2026-10-09).
private func documentsModel(width: Int, height: Int) throws -> AppModel {
    try demoModel(width: width, height: height) { ws in
        let s = GongkaiService(workspace: ws, actor: Actor(login: "li.ming", origin: "test"), today: { pinnedToday })
        _ = try s.addDocument(NewDocument(title: "县城区道路改造工程公示", type: .general,
                                          disclosure: DocumentDisclosure(attribute: .proactive), unit: "county-office",
                                          formed: d("2026-10-09"), body: "现将县城区道路改造工程有关情况公示如下。"))
    }
}

private func service(_ m: AppModel) -> GongkaiService { (m.data as! ServiceDataSource).service }

private func type(_ m: AppModel, _ text: String) {
    for c in text { m.handle(.char(c)) }
}

/// 城关镇2026年第三季度低保对象公示 — a demo draft.
private let draftId = "D2026-0005"

@Suite("文件窗格 Documents pane and editor")
struct DocumentsPaneTests {
    /// wcwidth needs the UTF-8 locale before any width is measured (tests run in parallel).
    init() { requireUTF8Locale() }

    @Test func listShowsStateAttributeAndPublicationDueWithColoursAt80x24() throws {
        let m = try documentsModel(width: 80, height: 24)
        m.handle(.char("2"))
        let lines = screen(m)
        expectGolden(lines, "documents-80x24")
        let wide = try documentsModel(width: 120, height: 40)
        wide.handle(.char("2"))
        expectGolden(screen(wide), "documents-120x40")
        let overdue = try #require(lines.firstIndex { $0.contains("道路改造") })
        #expect(lines[overdue].contains("逾期 11-05"))
        m.handle(.char("G"))
        m.handle(.char("g"))
        m.handle(.char("j"))
        let frame = AppView.render(m.state)
        let late = try #require(frame.grid.textLines().firstIndex { $0.contains("道路改造") })
        if late != frame.grid.textLines().firstIndex(where: { $0.hasPrefix(">") }) {
            #expect(frame.grid[3, late].style == .urgent)
        }
    }

    @Test func editorWithChineseAt80x24And120x40() throws {
        for (w, h) in [(80, 24), (120, 40)] {
            let m = try documentsModel(width: w, height: h)
            m.execute(CommandLine(name: "open", argument: draftId))
            #expect(m.state.documents.editor?.id == draftId)
            m.handle(.ctrl("e"))   // end of the first line
            m.handle(.enter)
            type(m, "一、公示时间：2026年12月1日至7日。")
            let frame = AppView.render(m.state)
            expectGolden(frame.grid.textLines(), "documents-editor-\(w)x\(h)")
            // The hardware cursor sits right after the last character typed (IME candidates there).
            let row = try #require(frame.grid.textLines().firstIndex { $0.contains("一、公示时间") })
            let typedWidth = TextWidth.of("一、公示时间：2026年12月1日至7日。")
            #expect(frame.cursor?.y == row && frame.cursor?.x == 1 + typedWidth)
        }
    }

    @Test func typingChineseAndCtrlSSavesThroughTheService() throws {
        let m = try documentsModel(width: 80, height: 24)
        m.execute(CommandLine(name: "open", argument: draftId))
        m.handle(.ctrl("e"))
        type(m, "（联系电话：0000-1234567）")
        #expect(m.state.unsavedChanges == 1)
        m.handle(.ctrl("s"))
        let saved = try service(m).document(id: draftId)
        #expect(saved.body.hasSuffix("（联系电话：0000-1234567）") && saved.version == 2)
        #expect(m.state.message?.text.contains("已保存") == true && m.state.unsavedChanges == 0)
        m.handle(.escape)
        #expect(m.state.documents.editor == nil)
    }

    @Test func docNumberIsCheckedAsTypedAndStoredInStandardForm() throws {
        let m = try documentsModel(width: 80, height: 24)
        m.execute(CommandLine(name: "open", argument: draftId))
        m.handle(.tab)   // title
        m.handle(.tab)   // 文号
        type(m, "城政发[2026]07号")
        let lines = screen(m)
        #expect(lines.contains { $0.contains("文号提示") && $0.contains("六角括号") && $0.contains("城政发〔2026〕7号") })
        m.handle(.ctrl("s"))
        #expect(try service(m).document(id: draftId).docNumber == "城政发〔2026〕7号")
        m.handle(.ctrl("e"))
        m.handle(.ctrl("u"))
        type(m, "七号")
        #expect(screen(m).contains { $0.contains("文号无法识别") })
        m.handle(.ctrl("s"))
        #expect(m.state.message?.isError == true && m.state.documents.editor?.isModified == true)
    }

    @Test func aPastedNewlineNeverRunsACommand() throws {
        let m = try documentsModel(width: 80, height: 24)
        m.execute(CommandLine(name: "open", argument: draftId))
        m.handle(.ctrl("e"))
        m.handle(EditorInput.pasteBegin)
        for input: Key in [.char("甲"), .enter, .escape, .ctrl("s"), .char("乙"), .tab] { m.handle(EditorInput.key(input)) }
        #expect(m.state.documents.editor?.body.text.hasSuffix("如下。") == true)   // still collecting
        m.handle(EditorInput.pasteEnd)
        let editor = try #require(m.state.documents.editor)
        #expect(editor.body.text.hasSuffix("甲\n乙\t") && editor.prompt == nil && editor.isModified)
        #expect(try service(m).document(id: draftId).version == 1)   // C-s inside the paste did not save
        // Into a metadata field: one line, Enter does not move on.
        m.handle(.backTab)   // 标签
        m.handle(EditorInput.pasteBegin)
        for c in "惠企政策" { m.handle(EditorInput.key(.char(c))) }
        m.handle(EditorInput.key(.enter))
        m.handle(EditorInput.pasteEnd)
        #expect(m.state.documents.editor?.form.tags == "惠企政策" && m.state.documents.editor?.focus == .field(.tags))
    }

    @Test func savingOverAnotherOfficersChangeShowsBothAndOverwritesNothing() throws {
        let m = try documentsModel(width: 80, height: 24)
        m.execute(CommandLine(name: "open", argument: draftId))
        m.handle(.ctrl("e"))
        type(m, "我的补充。")
        // Meanwhile the township's clerk saves the same draft.
        let other = GongkaiService(workspace: service(m).workspace, actor: Actor(login: "wang.cg", origin: "test"),
                                   today: { pinnedToday })
        var edit = DocumentEdit(try other.document(id: draftId))
        edit.body = "王芳改写的正文。"
        _ = try other.updateDocument(edit)
        m.handle(.ctrl("s"))
        let lines = screen(m)
        #expect(lines.contains { $0.contains("修改冲突") })
        #expect(lines.contains { $0.contains("wang.cg") } && lines.contains { $0.contains("王芳改写的正文。") })
        #expect(lines.contains { $0.contains("我的补充。") })
        #expect(try other.document(id: draftId).body == "王芳改写的正文。")
        // Esc goes back to editing, a second save conflicts again; k keeps mine explicitly.
        m.handle(.escape)
        #expect(m.state.documents.editor?.conflict == nil)
        m.handle(.ctrl("s"))
        #expect(m.state.documents.editor?.conflict != nil)
        m.handle(.char("k"))
        #expect(try other.document(id: draftId).body.hasSuffix("我的补充。"))
        #expect(m.state.documents.editor?.isModified == false)
    }

    @Test func anotherSessionsChangeToTheOpenDocumentIsReportedOnReload() throws {
        let m = try documentsModel(width: 80, height: 24)
        m.execute(CommandLine(name: "open", argument: draftId))
        type(m, "我的")
        let other = GongkaiService(workspace: service(m).workspace, actor: Actor(login: "chen.review", origin: "test"),
                                   today: { pinnedToday })
        var edit = DocumentEdit(try other.document(id: draftId))
        edit.tags = ["社会救助"]
        _ = try other.updateDocument(edit)
        m.reloadAll()   // what the event loop does when the workspace changed underneath
        #expect(m.state.message?.text.contains("已被他人修改") == true && m.state.message?.text.contains("版本 2") == true)
        #expect(m.state.documents.editor?.body.text.hasPrefix("我的") == true)   // nothing typed is lost
    }

    @Test func takingTheirVersionDiscardsMine() throws {
        let m = try documentsModel(width: 80, height: 24)
        m.execute(CommandLine(name: "open", argument: draftId))
        type(m, "我的")
        let other = GongkaiService(workspace: service(m).workspace, actor: Actor(login: "chen.review", origin: "test"),
                                   today: { pinnedToday })
        var edit = DocumentEdit(try other.document(id: draftId))
        edit.title = "城关镇低保对象公示（修订）"
        _ = try other.updateDocument(edit)
        m.handle(.ctrl("s"))
        m.handle(.char("t"))
        let editor = try #require(m.state.documents.editor)
        #expect(editor.form.title == "城关镇低保对象公示（修订）" && !editor.isModified && editor.conflict == nil)
        #expect(!editor.body.text.contains("我的"))
    }

    @Test func aSubmittedDocumentOpensReadOnly() throws {
        let m = try documentsModel(width: 80, height: 24)
        m.execute(CommandLine(name: "open", argument: "D2026-0002"))   // in review
        type(m, "改")
        #expect(m.state.documents.editor?.readOnly == true && m.state.documents.editor?.isModified == false)
        #expect(m.state.message?.text.contains("只读") == true)
        m.handle(.ctrl("e"))
        m.handle(.escape)
        #expect(m.state.documents.editor == nil)
    }

    @Test func searchListsHitsWithHighlightedTermsAndOpensOne() throws {
        let m = try documentsModel(width: 80, height: 24)
        m.handle(.char("2"))
        m.handle(.char("/"))
        #expect(m.state.commandLine?.text == "doc-search ")
        type(m, "教育")
        m.handle(.enter)
        let view = try #require(m.state.documents.search)
        #expect(view.hits.first?.id == "D2026-0002")
        let frame = AppView.render(m.state)
        let lines = frame.grid.textLines()
        let row = try #require(lines.firstIndex { $0.contains("县义务教育阶段") })
        let x = try #require(Self.column(of: "教育", in: lines[row]))
        #expect(frame.grid[x, row].style == .warning && frame.grid[x - 2, row].style != .warning)
        m.handle(.enter)
        #expect(m.state.documents.editor?.id == "D2026-0002" && m.state.documents.search == nil)
    }

    /// More hits than the list holds: the title says how many match in all and that the first 50
    /// are listed (the count from the index, not the list's length); a search within the limit
    /// says only how many. Chinese golden, English wording checked.
    @Test func searchSaysTheTrueCountAndThatOnlyTheFirstAreListed() throws {
        let m = try demoModel(width: 80, height: 24) { ws in
            let s = GongkaiService(workspace: ws, actor: Actor(login: "li.ming", origin: "test"), today: { pinnedToday })
            for i in 1...57 {
                _ = try s.addDocument(NewDocument(title: "鹦鹉保护宣传材料第\(i)期", type: .general,
                                                  disclosure: DocumentDisclosure(attribute: .proactive), unit: "county-office",
                                                  formed: d(String(format: "2026-%02d-%02d", 1 + i % 9, 1 + i % 28)),
                                                  body: "本期介绍鹦鹉的保护要点。"))
            }
        }
        m.handle(.char("2"))
        m.execute(CommandLine(name: "doc-search", argument: "鹦鹉"))
        let view = try #require(m.state.documents.search)
        #expect(view.hits.count == 50 && view.total == 57)
        let lines = screen(m)
        expectGolden(lines, "documents-search-80x24")
        #expect(lines[1].contains("文件检索「鹦鹉」 共 57 件，显示前 50 件"))
        #expect(m.state.message?.text == "检索“鹦鹉”：共 57 件，显示前 50 件")
        let english = UILanguage.$current.withValue(.en) { screen(m) }
        #expect(english[1].contains("Document search \"鹦鹉\"  57 found, first 50 shown"), "\(english[1])")
        m.handle(.escape)
        m.execute(CommandLine(name: "doc-search", argument: "第57期"))
        #expect(m.state.documents.search?.total == 1)
        #expect(screen(m)[1].contains("文件检索「第57期」 共 1 件  Enter"))
    }

    /// The display column where `needle` starts in a screen line.
    static func column(of needle: String, in line: String) -> Int? {
        guard let r = line.range(of: needle) else { return nil }
        return TextWidth.of(String(line[..<r.lowerBound]))
    }

    @Test func draftsAreJournaledAndOfferedAfterACrash() throws {
        requireUTF8Locale()
        let dir = try Self.temporaryDirectory()
        let path = dir + "/workspace.sqlite"
        try seededWorkspaceFile(at: path, demo: true, by: "li.ming", on: pinnedToday)
        let (ws, _) = try Workspace.open(at: path)
        let s = GongkaiService(workspace: ws, actor: Actor(login: "li.ming", origin: "test"), today: { pinnedToday })
        let files = LocalOfficerFiles(draftDirectory: dir + "/state", workingDirectory: dir)
        let m = AppModel(width: 80, height: 24, data: ServiceDataSource(service: s, files: files), workspaceDisplay: path)
        m.execute(CommandLine(name: "open", argument: draftId))
        m.handle(.ctrl("e"))
        type(m, "断线前输入的文字")
        // Every key is in the journal before its frame is drawn: no idle moment is needed.
        let journal = dir + "/state/" + DraftKind.workspaceKey(path) + ".doc-draft-li.ming.json"
        let appended = try String(contentsOfFile: journal, encoding: .utf8)
        #expect(appended.split(separator: "\n").count > 1)
        #expect(!FileManager.default.fileExists(atPath: path + ".doc-draft-li.ming.json"))
        let attrs = try FileManager.default.attributesOfItem(atPath: journal)
        #expect((attrs[.posixPermissions] as? NSNumber)?.intValue == 0o600)
        #expect(DocumentDraftJournal(name: DraftKind.documentEdit.fileName(workspace: path, login: "li.ming"), files: files)
            .load()?.edit.body.hasSuffix("断线前输入的文字") == true)
        // Idle: the journal is compacted to the one whole entry.
        m.idle()
        #expect(try String(contentsOfFile: journal, encoding: .utf8).split(separator: "\n").count == 1)
        // A new session (the old one was killed): the draft is offered, r recovers it.
        let again = AppModel(width: 80, height: 24, data: ServiceDataSource(service: s, files: files), workspaceDisplay: path)
        #expect(again.state.documents.recovery?.edit.id == draftId)
        #expect(screen(again).contains { $0.contains("恢复未保存的草稿") })
        again.handle(.char("r"))
        let editor = try #require(again.state.documents.editor)
        #expect(editor.body.text.hasSuffix("断线前输入的文字") && editor.isModified)
        again.handle(.ctrl("s"))
        #expect(try s.document(id: draftId).body.hasSuffix("断线前输入的文字"))
        #expect(!FileManager.default.fileExists(atPath: journal))
    }

    @Test func theExternalEditorGetsTheBodyAndItIsReadBack() throws {
        let result = ExternalEditor.edit("旧的正文", command: "sed -i s/旧/新/")
        #expect(result.text == "新的正文" && result.error == nil)
        let failed = ExternalEditor.edit("正文", command: "false")
        #expect(failed.text == nil && failed.error != nil)
        let m = try documentsModel(width: 80, height: 24)
        m.handle(.char("2"))
        m.execute(CommandLine(name: "edit-external"))
        guard case .runEditor(let body)? = m.pendingEffects.last else {
            Issue.record("edit-external asked for no editor: \(m.pendingEffects)")
            return
        }
        DocumentEditorController.externalEditFinished(body + "\n外部编辑器加的一段。", error: nil, model: m)
        #expect(m.state.documents.editor?.body.text.hasSuffix("外部编辑器加的一段。") == true)
        #expect(m.state.documents.editor?.isModified == true)
    }

    static func temporaryDirectory() throws -> String {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("gongkai-doc-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        return dir
    }
}

@Suite("文件编辑器 Editor details")
struct DocumentEditorDetailTests {
    /// wcwidth needs the UTF-8 locale before any width is measured (tests run in parallel).
    init() { requireUTF8Locale() }

    @Test func undoingEveryChangeLeavesNothingToSave() throws {
        let m = try documentsModel(width: 80, height: 24)
        m.execute(CommandLine(name: "open", argument: draftId))
        type(m, "多余")
        #expect(m.state.documents.editor?.isModified == true)
        m.idle()
        m.handle(.ctrl("z"))
        #expect(m.state.documents.editor?.isModified == false && m.state.unsavedChanges == 0)
        m.handle(.escape)
        #expect(m.state.documents.editor == nil && m.state.message?.text == "已退出编辑")
    }

    @Test func theAttributeNoteAndForARegisteredTypeTheValidityAreEdited() throws {
        let m = try documentsModel(width: 80, height: 24)
        m.execute(CommandLine(name: "open", argument: draftId))
        #expect(!screen(m).contains { $0.contains("有效期至") })
        m.handle(.tab); m.handle(.tab); m.handle(.tab)   // 类型
        #expect(m.state.documents.editor?.focus == .field(.type))
        m.handle(.left)                                  // 一般信息 → 其他政策文件
        m.handle(.left)                                  // → 行政规范性文件
        #expect(m.state.documents.editor?.form.type == .normative)
        #expect(screen(m).contains { $0.contains("有效期至") })
        m.handle(.tab); m.handle(.tab)                   // 公开属性 → 说明
        #expect(m.state.documents.editor?.focus == .field(.note))
        type(m, "全文公开")
        m.handle(.tab); m.handle(.tab)                   // 成文日期 → 有效期至
        #expect(m.state.documents.editor?.focus == .field(.validUntil))
        type(m, "2029-11-30")
        m.handle(.ctrl("s"))
        let d = try service(m).document(id: draftId)
        #expect(d.type == .normative && d.attributeNote == "全文公开" && d.validUntil == CivilDate(iso: "2029-11-30"))
        m.handle(.ctrl("u"))
        type(m, "明年")
        m.handle(.ctrl("s"))
        #expect(m.state.message?.text.contains("有效期至") == true && m.state.message?.isError == true)
    }

    @Test func findInTheBodyMovesTheCaretAndHighlights() throws {
        let m = try documentsModel(width: 80, height: 24)
        m.execute(CommandLine(name: "open", argument: draftId))
        m.handle(.ctrl("f"))
        type(m, "低保")
        m.handle(.enter)
        let frame = AppView.render(m.state)
        let row = try #require(frame.grid.textLines().firstIndex { $0.contains("纳入低保对象") })
        let x = try #require(DocumentsPaneTests.column(of: "低保", in: frame.grid.textLines()[row]))
        #expect(frame.cursor?.x == x && frame.cursor?.y == row)
        #expect(frame.grid[x, row].style == .warning)
    }
}

@Suite("括号粘贴 Bracketed paste outside the editor")
struct BracketedPasteTests {
    /// wcwidth needs the UTF-8 locale before any width is measured (tests run in parallel).
    init() { requireUTF8Locale() }

    @Test func aPasteIntoAFormIsTypedWithoutItsLineBreaksAndInAListIsIgnored() throws {
        let m = try demoModel(width: 100, height: 30)
        m.handle(.char("4"))
        m.handle(.char("a"))
        #expect(m.state.applications.form != nil)
        m.handle(EditorInput.pasteBegin)
        for k: Key in [.char("张"), .char("三"), .enter, .char("李"), .char("四")] { m.handle(EditorInput.key(k)) }
        m.handle(EditorInput.pasteEnd)
        #expect(m.state.applications.form != nil)
        #expect(screen(m).contains { $0.contains("张三 李四") })
        m.handle(.escape)
        // In a list, a pasted "q" or "j" is not a command.
        m.handle(EditorInput.pasteBegin)
        for k: Key in [.char("j"), .char("q"), .enter] { m.handle(EditorInput.key(k)) }
        m.handle(EditorInput.pasteEnd)
        #expect(!m.asksToQuit && !m.state.confirmingQuit && m.state.lists[.applications]?.selected == 0)
        #expect(m.state.message?.text.contains("已忽略粘贴") == true)
    }
}

@Suite("文件正文中的转义 Escapes in a document body")
struct DocumentBodyEscapeTests {
    /// wcwidth needs the UTF-8 locale before any width is measured (tests run in parallel).
    init() { requireUTF8Locale() }

    @Test func aHostileBodyIsShownAsPlaceholdersInTheEditor() throws {
        let hostile = "正文\u{1B}]2;pwned\u{07}\u{1B}]52;c;ZXZpbA==\u{07}\u{1B}c\u{1B}[6n\u{9B}2J结束"
        let m = try demoModel(width: 120, height: 40) { ws in
            try ws.writer.write { db in
                try db.execute(sql: "UPDATE document SET body = ? WHERE title LIKE '城关镇2026年第三季度低保%'", arguments: [hostile])
            }
        }
        let source = m.data as! ServiceDataSource
        let id = try #require(try source.service.documents(offset: 0, limit: 100).first { $0.title.hasPrefix("城关镇2026年第三季度低保") }?.id)
        m.execute(CommandLine(name: "open", argument: id))
        #expect(m.state.documents.editor?.id == id)
        let grid = AppView.render(m.state).grid
        #expect(grid.textLines().contains { $0.contains("正文␛]2;pwned␇␛]52;c;ZXZpbA==␇␛c␛[6n␦2J结束") })
        for cell in grid.cells {
            #expect(!cell.text.unicodeScalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) })
        }
    }
}
