import Foundation
import Testing
@testable import GongkaiCore
@testable import GongkaiStore
@testable import GongkaiTUI

/// A model over the demo workspace for `login` (wang.cg: 城关镇's clerk; li.ming: the county office's admin).
private func model(as login: String, width: Int = 80, height: Int = 24) throws -> AppModel {
    requireUTF8Locale()
    let ws = try seededWorkspace()
    let service = GongkaiService(workspace: ws, actor: Actor(login: login, origin: "test"), today: { pinnedToday })
    return AppModel(width: width, height: height, data: ServiceDataSource(service: service),
                    workspaceDisplay: "~/.local/share/gongkai/workspace.sqlite")
}

private func service(_ m: AppModel) -> GongkaiService { (m.data as! ServiceDataSource).service }

private func type(_ m: AppModel, _ text: String) {
    for c in text { m.handle(.char(c)) }
}

private func field(_ m: AppModel, _ key: String) -> String? {
    m.state.documents.newDraft?.form.fields.first { $0.key == key }?.value
}

@Suite("新建文件 New document in the TUI")
struct NewDocumentTests {
    init() { requireUTF8Locale() }

    @Test func aInDocumentsOpensTheFormOnTheClerksOwnUnitAt80x24() throws {
        let m = try model(as: "wang.cg")
        m.handle(.char("2"))
        m.handle(.char("a"))
        let draft = try #require(m.state.documents.newDraft)
        #expect(field(m, "unit") == "城关镇")
        // A township clerk adds only for their own township; the columns are the township's catalog.
        #expect(draft.form.fields[0].kind.options == ["城关镇"])
        #expect(!draft.columnPaths.isEmpty && draft.columnPaths.allSatisfy { $0.hasPrefix("部门乡镇信息公开/城关镇/") })
        #expect(field(m, "attribute") == "未定" && field(m, "formed") == "2026-11-27")
        expectGolden(screen(m), "new-document-form-80x24")
    }

    @Test func typeAheadPicksTheColumnByName() throws {
        let m = try model(as: "wang.cg")
        m.execute(CommandLine(name: "new"))
        m.handle(.tab)                       // 目录栏目
        type(m, "工作")
        #expect(field(m, "column") == "工作动态")
        #expect(m.state.documents.newDraft?.selectedPath == "部门乡镇信息公开/城关镇/工作动态")
        // Typing a name no column carries changes nothing; Backspace takes back what was typed.
        m.handle(.backspace)
        type(m, "预")
        #expect(field(m, "column") == "预算决算")
    }

    @Test func theColumnSelectedInTheCatalogIsTheDefault() throws {
        let m = try model(as: "wang.cg")
        let tree = try service(m).catalogTree()
        let columns = NewDocumentChoices.columns(of: tree)
        let work = try #require(columns.first { $0.path == "部门乡镇信息公开/城关镇/工作动态" })
        m.selectCatalogNode(work.id)
        m.execute(CommandLine(name: "new"))
        #expect(m.state.documents.newDraft?.selectedPath == work.path)
    }

    @Test func aTownshipsColumnChosenByTheCountyOfficeBringsItsUnit() throws {
        let m = try model(as: "li.ming")
        let columns = NewDocumentChoices.columns(of: try service(m).catalogTree())
        let work = try #require(columns.first { $0.path == "部门乡镇信息公开/城关镇/工作动态" })
        m.selectCatalogNode(work.id)
        m.execute(CommandLine(name: "new"))
        #expect(field(m, "unit") == "城关镇" && m.state.documents.newDraft?.selectedPath == work.path)
        // A clerk of another unit is not given 城关镇: the column falls back to their own catalog.
        let clerk = try model(as: "zhao.edu")
        clerk.selectCatalogNode(work.id)
        clerk.execute(CommandLine(name: "new"))
        #expect(field(clerk, "unit") == "县教育局")
        #expect(clerk.state.documents.newDraft?.selectedPath?.hasPrefix("部门乡镇信息公开/县教育局/") == true)
    }

    @Test func theCountyOfficeChoosesTheUnitAndTheColumnsFollow() throws {
        let m = try model(as: "li.ming")
        m.execute(try #require(CommandLine(parsing: "新建")))
        #expect(field(m, "unit") == "县人民政府办公室")
        let countyColumns = try #require(m.state.documents.newDraft?.columnPaths)
        // The county's catalog and the county office's own columns, no other unit's.
        #expect(countyColumns.contains { !$0.hasPrefix("部门乡镇信息公开/") })
        #expect(countyColumns.contains { $0.hasPrefix("部门乡镇信息公开/县人民政府办公室/") })
        #expect(countyColumns.allSatisfy { !$0.hasPrefix("部门乡镇信息公开/") || $0.hasPrefix("部门乡镇信息公开/县人民政府办公室/") })
        type(m, "城关")
        #expect(field(m, "unit") == "城关镇")
        #expect(m.state.documents.newDraft?.columnPaths.allSatisfy { $0.hasPrefix("部门乡镇信息公开/城关镇/") } == true)
    }

    @Test func chineseTitleAndBodySavedAddTheDraftThroughTheService() throws {
        let m = try model(as: "wang.cg")
        m.handle(.char("2"))
        let before = m.state.lists[.documents]!.count
        m.handle(.char("a"))
        m.handle(.tab)
        type(m, "工作")
        m.handle(.ctrl("s"))                  // the form is done: the editor opens on the title
        let editor = try #require(m.state.documents.editor)
        #expect(editor.focus == .field(.title) && editor.opened.isUnsaved && m.state.documents.newDraft == nil)
        #expect(screen(m)[1].contains("新建文件") && screen(m)[1].contains("城关镇"))
        type(m, "城关镇冬季供暖工作安排")
        m.handle(.backTab)                    // to the body
        type(m, "一、供暖时间：2026年12月1日起。")
        #expect(m.state.unsavedChanges == 1)
        m.handle(.ctrl("s"))
        let saved = try #require(m.state.documents.editor)
        #expect(!saved.opened.isUnsaved && saved.id.hasPrefix("D2026-") && !saved.isModified)
        let stored = try service(m).document(id: saved.id)
        #expect(stored.title == "城关镇冬季供暖工作安排" && stored.body == "一、供暖时间：2026年12月1日起。")
        #expect(stored.unitId == "chengguan" && stored.category == "部门乡镇信息公开/城关镇/工作动态")
        #expect(stored.attribute == nil && stored.state == .draft && stored.formed == pinnedToday)
        #expect(m.state.message?.text.contains("已登记 \(saved.id)") == true)
        // The list has it, selected: the next key acts on the document just written.
        #expect(m.state.lists[.documents]!.count == before + 1)
        let list = m.state.lists[.documents]!
        #expect(list.row(at: list.selected)?.id == saved.id)
        // A second save updates the same document.
        type(m, "二")
        m.handle(.ctrl("s"))
        #expect(try service(m).document(id: saved.id).body.hasSuffix("二") && m.state.lists[.documents]!.count == before + 1)
    }

    @Test func anEmptyTitleIsRefusedAndNothingIsAdded() throws {
        let m = try model(as: "wang.cg")
        m.handle(.char("2"))
        let before = m.state.lists[.documents]!.count
        m.handle(.char("a"))
        m.handle(.enter); m.handle(.enter); m.handle(.enter); m.handle(.enter); m.handle(.enter)
        #expect(m.state.documents.editor?.opened.isUnsaved == true)
        m.handle(.backTab)
        type(m, "正文")
        m.handle(.ctrl("s"))
        #expect(m.state.message?.isError == true && m.state.documents.editor?.opened.isUnsaved == true)
        #expect(try service(m).documentCount(filter: .all) == before)
    }

    @Test func aBadDateKeepsTheFormOpenAndSaysWhy() throws {
        let m = try model(as: "wang.cg")
        m.execute(CommandLine(name: "new"))
        for _ in 0..<4 { m.handle(.tab) }
        m.handle(.ctrl("u"))
        type(m, "2026-13-01")
        m.handle(.ctrl("s"))
        #expect(m.state.documents.newDraft != nil && m.state.documents.editor == nil)
        #expect(m.state.message?.isError == true && m.state.message?.text.contains("2026-13-01") == true)
    }

    @Test func escAsksOnlyWhenSomethingWasChosen() throws {
        let m = try model(as: "wang.cg")
        m.execute(CommandLine(name: "new"))
        m.handle(.escape)
        #expect(m.state.documents.newDraft == nil && m.state.confirmation == nil)
        m.execute(CommandLine(name: "new"))
        m.handle(.tab)
        m.handle(.right)
        m.handle(.escape)
        #expect(m.state.confirmation != nil && m.state.documents.newDraft != nil)
        #expect(screen(m)[23].contains("新建文件表单有未保存的输入") && screen(m)[23].contains("y 放弃"))
        m.handle(.char("n"))                  // any other key: keep editing, nothing lost
        #expect(m.state.documents.newDraft != nil && m.state.confirmation == nil)
        #expect(m.state.message?.text.contains("继续编辑") == true)
        #expect(m.state.unsavedChanges == 1)  // F10 / :quit ask first too
        m.execute(CommandLine(name: "quit"))
        #expect(m.state.confirmingQuit && !m.asksToQuit)
        m.handle(.char("n"))
        m.handle(.escape)
        m.handle(.char("y"))
        #expect(m.state.documents.newDraft == nil && m.state.message?.text.contains("已放弃") == true)
        #expect(m.state.unsavedChanges == 0)
    }

    @Test func aPastedYDoesNotAnswerTheQuestion() throws {
        let m = try model(as: "wang.cg")
        m.execute(CommandLine(name: "new"))
        m.handle(.tab)
        m.handle(.right)
        m.handle(.escape)
        m.handle(EditorInput.pasteBegin)
        m.handle(EditorInput.key(.char("y")))
        m.handle(EditorInput.pasteEnd)
        #expect(m.state.confirmation != nil && m.state.documents.newDraft != nil)
    }
}
