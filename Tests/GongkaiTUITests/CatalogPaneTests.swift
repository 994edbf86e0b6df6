import Foundation
import GRDB
import GongkaiTestSupport
import Testing
@testable import GongkaiCore
@testable import GongkaiStore
@testable import GongkaiTUI

/// Types text key by key, as an input method delivers committed characters.
private func type(_ m: AppModel, _ text: String) {
    for c in text { m.handle(.char(c)) }
}

/// The name of the column under the 目录 pane's cursor.
func selectedName(_ m: AppModel) -> String? { m.selectedCatalogRow?.name }

@Suite("目录窗格 Catalog pane", .serialized)
struct CatalogPaneTests {
    /// wcwidth needs the UTF-8 locale before any width is measured (tests run in parallel).
    init() { requireUTF8Locale() }

    @Test func treeGoldensWithCJKNamesAt120And80Columns() throws {
        let wide = try demoModel(width: 120, height: 40)
        wide.handle(.char("/"))
        type(wide, "教育")
        wide.handle(.enter)                 // reveals 法定主动公开内容/基层政府信息公开/教育信息
        wide.handle(.enter)                 // opens it: the 文件 pane is filtered
        expectGolden(screen(wide), "catalog-tree-120x40")

        let narrow = try demoModel(width: 80, height: 24)
        narrow.handle(.char("j")); narrow.handle(.char("j")); narrow.handle(.char("j")); narrow.handle(.char("j"))
        narrow.handle(.char("l"))           // 法定主动公开内容
        type(narrow, "其他")                 // type-to-jump
        narrow.handle(.right)
        expectGolden(screen(narrow), "catalog-tree-80x24")
        narrow.handle(.char("a"))
        type(narrow, "六稳六保政策汇编")
        expectGolden(screen(narrow), "catalog-add-form-80x24")
        // The caret (and an input method's candidate window) follows the typed text.
        let frame = AppView.render(narrow.state)
        let formLine = frame.grid.line(frame.cursor!.y)
        #expect(formLine.contains("名称：六稳六保政策汇编"))
    }

    @Test func expandAndCollapseWithEnterHLAndArrows() throws {
        let m = try demoModel(width: 120, height: 40)
        #expect(m.state.lists[.catalog]!.count == 8)
        #expect(screen(m)[3].contains("    政府信息公开指南"))
        m.handle(.char("G"))                // 部门乡镇信息公开
        m.handle(.char("l"))
        #expect(m.state.lists[.catalog]!.count == 8 + 9)
        m.handle(.right)                    // already open: into the first unit
        #expect(selectedName(m) == "县人民政府办公室")
        m.handle(.enter)                    // opens the unit
        #expect(m.state.lists[.catalog]!.count == 8 + 9 + 19)
        m.handle(.char("j"))
        #expect(selectedName(m) == "政府信息公开指南")
        m.handle(.char("h"))                // a leaf: back to its parent
        #expect(selectedName(m) == "县人民政府办公室")
        m.handle(.left)                     // collapse it
        #expect(m.state.lists[.catalog]!.count == 8 + 9)
        m.handle(.char("h")); m.handle(.char("h"))
        #expect(selectedName(m) == "部门乡镇信息公开")
        #expect(m.state.lists[.catalog]!.count == 8)
        #expect(screen(m).contains { $0.contains("[+] 部门乡镇信息公开") })
    }

    @Test func openingAColumnFiltersTheDocumentsPaneAndXClearsIt() throws {
        let m = try demoModel(width: 120, height: 40)
        m.handle(.char("j")); m.handle(.char("j")); m.handle(.char("j"))   // 政府文件
        m.handle(.enter)
        #expect(m.state.catalog.documentFilter?.nodeID == "c04")
        #expect(m.state.lists[.documents]!.count == 3)
        let lines = screen(m)
        #expect(lines[1].contains("2 文件  [1/3]  筛选：政府文件（x 清除）"))
        #expect(!lines.contains { $0.contains("县财政局2026年部门预算公开说明") })
        m.handle(.char("2"))
        m.handle(.char("x"))
        #expect(m.state.catalog.documentFilter == nil)
        #expect(m.state.lists[.documents]!.count == 10)
        #expect(!screen(m)[1].contains("筛选"))
        // A column below an opened branch is included in it.
        m.handle(.char("1"))
        m.handle(.char("j"))                                           // 法定主动公开内容
        m.handle(.char("f"))
        #expect(m.state.lists[.documents]!.count == 8)
        // Retiring the filtered column lifts the filter.
        type(m, "政府文件")
        m.handle(.enter)
        #expect(m.state.lists[.documents]!.count == 3)
        m.handle(.char("D")); m.handle(.char("y"))
        #expect(m.state.catalog.documentFilter == nil && m.state.lists[.documents]!.count == 10)
        // An empty column says so.
        m.handle(.char("g")); m.handle(.enter)
        #expect(screen(m).contains { $0.contains("栏目“政府信息公开指南”及其下级栏目没有文件") })
    }

    @Test func searchWithSlashAndNextPrevious() throws {
        let m = try demoModel(width: 120, height: 40)
        m.handle(.char("/"))
        type(m, "预算决算")
        #expect(AppView.render(m.state).grid.line(39).hasPrefix("/预算决算"))
        m.handle(.enter)
        #expect(m.selectedCatalogRow?.path == "法定主动公开内容/基层政府信息公开/预算决算")
        m.handle(.char("n"))
        #expect(m.selectedCatalogRow?.path == "部门乡镇信息公开/县人民政府办公室/预算决算")
        m.handle(.char("N"))
        #expect(m.selectedCatalogRow?.path == "法定主动公开内容/基层政府信息公开/预算决算")
        m.handle(.char("N"))                // wraps backwards to the last unit's column
        #expect(m.selectedCatalogRow?.path == "部门乡镇信息公开/东山镇/预算决算")
        m.handle(.char("/"))
        type(m, "没有这个")
        m.handle(.enter)
        #expect(m.state.message?.isError == true)
        // The : prompt reaches the same command.
        m.handle(.char(":"))
        type(m, "catalog-search 涉企")
        m.handle(.enter)
        #expect(selectedName(m) == "涉企优惠政策")
    }

    @Test func typeToJumpWithChineseCharacters() throws {
        let m = try demoModel(width: 120, height: 40)
        type(m, "依申")
        #expect(selectedName(m) == "依申请公开")
        m.handle(.char("j"))                // a bound key ends the jump
        type(m, "城关")
        #expect(m.selectedCatalogRow?.path == "部门乡镇信息公开/城关镇")
    }

    @Test func adminFormsAddRenameMoveAndRetireThroughTheService() throws {
        var workspace: Workspace?
        var seeded: Int64 = 0
        let m = try demoModel(width: 120, height: 40) { ws in
            workspace = ws
            seeded = try ws.writer.read { db in try Int64.fetchOne(db, sql: "SELECT MAX(id) FROM auditLog") ?? 0 }
        }
        type(m, "教育信息")
        m.handle(.char("a"))
        type(m, "招生入学")
        m.handle(.enter)
        #expect(m.state.catalog.form == nil)
        #expect(m.selectedCatalogRow?.path == "法定主动公开内容/基层政府信息公开/教育信息/招生入学")
        #expect(m.state.message?.text == "已新增栏目：法定主动公开内容/基层政府信息公开/教育信息/招生入学")

        // A refused rename keeps the form and what was typed, with the reason.
        m.handle(.char("h"))                // to 教育信息
        m.handle(.char("r"))
        m.handle(.ctrl("u"))
        type(m, "扶贫开发")
        m.handle(.enter)
        #expect(m.state.catalog.form?.error?.contains("已有同名栏目“扶贫开发”") == true)
        #expect(m.state.catalog.form?.fields.first?.text == "扶贫开发")
        #expect(screen(m).contains { $0.contains("已有同名栏目“扶贫开发”") })
        m.handle(.escape)                   // typed input: asks first
        #expect(m.state.confirmation?.step == .discard(.catalogForm) && m.state.catalog.form != nil)
        m.handle(.char("y"))
        #expect(m.state.catalog.form == nil && selectedName(m) == "教育信息")

        // Move: the field starts with the parent's path.
        m.handle(.char("j"))                // 招生入学
        m.handle(.char("m"))
        #expect(m.state.catalog.form?.fields.first?.text == "法定主动公开内容/基层政府信息公开/教育信息")
        m.handle(.ctrl("u"))
        type(m, "政府文件")
        m.handle(.enter)
        #expect(m.selectedCatalogRow?.path == "政府文件/招生入学")

        // Reorder with J/K among siblings.
        type(m, "机关简介")
        m.handle(.char("K"))
        #expect(m.selectedCatalogRow?.path == "法定主动公开内容/机关简介")
        #expect(m.state.catalog.visibleRow(m.state.lists[.catalog]!.selected - 1)?.name == "法定主动公开内容")

        // Retire asks first; the column stays for history (z shows it).
        m.handle(.char("D"))
        #expect(screen(m).contains { $0.contains("停用栏目 “法定主动公开内容/机关简介”") })
        m.handle(.char("y"))
        let shown = { m.state.catalog.visible.map { m.state.catalog.rows[$0].path } }
        #expect(!shown().contains("法定主动公开内容/机关简介"))
        m.handle(.char("z"))
        #expect(screen(m).contains { $0.contains("机关简介（已停用）") })

        let actions = try #require(workspace).writer.read { db in
            try String.fetchAll(db, sql: "SELECT action FROM auditLog WHERE id > ? ORDER BY id", arguments: [seeded])
        }
        #expect(actions == ["catalog.add", "catalog.move", "catalog.reorder", "catalog.retire"])
    }

    @Test func onlyTheRowsOnScreenAreBuilt() throws {
        let m = try demoModel(width: 120, height: 40)
        // Open everything under 部门乡镇信息公开: 9 units × their columns.
        m.handle(.char("G")); m.handle(.char("l"))
        let units = m.state.catalog.rows.filter { $0.parentId == CatalogSeed.unitsCategoryID }
        #expect(units.count == 9)
        for unit in units { m.state.catalog.setExpanded(unit.id, true) }
        m.syncCatalogList(selecting: nil)
        let list = m.state.lists[.catalog]!
        #expect(list.count > 150)
        #expect(list.window.count <= m.state.layout.bodyHeight(of: .catalog))
        m.handle(.char("G"))
        #expect(m.state.lists[.catalog]!.window.last?.cells.first?.contains("依申请公开") == true)
    }
}

@Suite("目录表单 Catalog form")
struct CatalogFormTests {
    /// wcwidth needs the UTF-8 locale before any width is measured (tests run in parallel).
    init() { requireUTF8Locale() }

    @Test func editingKeysAndChineseTextAndOnlyConfirmationsTakeY() {
        var form = CatalogForm(kind: .add, title: "上级：政府文件", targetID: "c04", fields: [CatalogForm.Field(label: "名称")])
        for c in "yes规范性文件" { #expect(form.handle(.char(c)) == .editing) }
        #expect(form.fields[0].text == "yes规范性文件")
        #expect(form.handle(.home) == .editing)
        for _ in 0..<3 { _ = form.handle(.delete) }
        #expect(form.fields[0].text == "规范性文件" && form.fields[0].caret == 0)
        _ = form.handle(.end); _ = form.handle(.backspace); _ = form.handle(.left); _ = form.handle(.char("性"))
        #expect(form.fields[0].text == "规范性性文")
        _ = form.handle(.ctrl("u"))
        #expect(form.fields[0].text == "文" && form.value() == "文")
        // Enter and Esc are the form's bindings (submit, cancel), which the form performs.
        #expect(form.perform(.submit) == .submit)
        #expect(form.perform(.cancel) == .cancel)

        // Backspace is the form's erase-back binding: it deletes, and on an empty search line leaves.
        _ = form.handle(.end)
        #expect(form.perform(.eraseBack) == .editing && form.value().isEmpty && form.touched)
        #expect(form.perform(.eraseBack) == .editing)
        var search = CatalogForm(kind: .search, title: "", targetID: nil, fields: [CatalogForm.Field(label: "")])
        #expect(search.handle(.backspace) == .editing)
        #expect(search.perform(.eraseBack) == .cancel)
        #expect(Keymap.standard.command(for: .backspace, in: [.catalogForm], global: false)?.name == "erase-back")
    }
}

@Suite("命令名 Command names")
struct CommandNameTests {
    /// wcwidth needs the UTF-8 locale before any width is measured (tests run in parallel).
    init() { requireUTF8Locale() }

    @Test func everyCommandNameAndAliasIsUniqueSoTheColonPromptIsUnambiguous() {
        let words = Commands.all.flatMap { [$0.name] + $0.aliases }
        let repeated = Dictionary(grouping: words, by: { $0 }).filter { $0.value.count > 1 }.keys.sorted()
        #expect(repeated.isEmpty, "repeated: \(repeated)")
        #expect(CommandLine(parsing: "目录筛选")?.name == "catalog-filter")
    }

    @Test func theCatalogPanesKeysShadowNoGlobalKey() {
        // e.g. i opens the review inbox and H the history everywhere, the 目录 pane included.
        let global = Set(Keymap.standard.bindings.filter { $0.scope == nil }.map(\.key))
        let shadowed = CatalogCommands.bindings.filter { global.contains($0.key) }.map(\.key.name)
        #expect(shadowed.isEmpty, "shadowed: \(shadowed)")
    }
}

@Suite("目录窗格权限 Catalog pane access")
struct CatalogPaneAccessTests {
    /// wcwidth needs the UTF-8 locale before any width is measured (tests run in parallel).
    init() { requireUTF8Locale() }

    @Test func aClerkBrowsesAndFiltersButIsToldUpFrontThatOnlyAdminsEdit() throws {
        requireUTF8Locale()
        let ws = try seededWorkspace(demo: true, by: "admin", on: pinnedToday)
        let clerk = GongkaiService(workspace: ws, actor: Actor(login: "wang.cg", origin: "test"), today: { pinnedToday })
        let m = AppModel(width: 120, height: 40, data: ServiceDataSource(service: clerk), workspaceDisplay: "~/w")
        m.handle(.char("j")); m.handle(.enter)              // 领导介绍: filtering works for everyone
        #expect(m.state.catalog.documentFilter?.nodeID == "c02")
        m.handle(.char("a"))
        #expect(m.state.catalog.form == nil)
        #expect(m.state.message?.isError == true)
        #expect(m.state.message?.text.contains("管理员") == true)
        m.handle(.char("D"))
        #expect(m.state.catalog.form == nil)
    }
}

/// County-scale counts in the catalog: a column under which 14,274 documents are filed shows all
/// five digits (the count columns fit the widest count on screen), and small counts keep the
/// four-cell layout.
@Suite("目录计数列 Catalog count columns")
struct CatalogCountColumnTests {
    @Test func countColumnsFitTheWidestCountOnScreen() {
        let row = ["部门乡镇信息公开", "", "14274", "30", "2", "2026-12-06"]
        let fitted = PaneColumn.fitted(CatalogPane.columns, to: [row])
        #expect(fitted[2].width == .fixed(5))
        #expect(fitted[1].width == .fixed(4) && fitted[3].width == .fixed(4))
        let small = PaneColumn.fitted(CatalogPane.columns, to: [["政府文件", "", "105", "1", "", "2026-11-24"]])
        #expect(small[1...4].allSatisfy { $0.width == .fixed(4) })
    }
}
