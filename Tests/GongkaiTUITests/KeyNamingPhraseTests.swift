import Testing
@testable import GongkaiCore
@testable import GongkaiStore
@testable import GongkaiTUI

/// 提示里的按键 — messages that tell the officer which key to press name the key as bound (the
/// live keymap, `KeyHints`): with `?` rebound to another command, an unknown command points to
/// F1, the other key that opens the help; an empty pane, a consultation's detail, the reader of
/// an item without a reading of its own and a document draft's resume hint follow a rebinding too.
@Suite("提示里的按键 Keys named in messages")
struct KeyNamingPhraseTests {
    func model(_ keymap: Keymap) throws -> AppModel {
        requireUTF8Locale()
        let ws = try seededWorkspace(demo: true)
        let service = GongkaiService(workspace: ws, actor: Actor(login: "li.ming", origin: "test"), today: { pinnedToday })
        return AppModel(width: 120, height: 40, data: ServiceDataSource(service: service), keymap: keymap,
                        workspaceDisplay: "w")
    }

    func command(_ m: AppModel, _ line: String) {
        m.handle(.char(":"))
        for c in line { m.handle(.char(c)) }
        m.handle(.enter)
    }

    @Test func anUnknownCommandPointsToTheHelpKeyAsBound() throws {
        let standard = try model(.standard)
        command(standard, "nosuchcommand")
        #expect(standard.state.message?.text == "未知命令：nosuchcommand（按 ? 查看全部命令）")
        var keymap = Keymap.standard
        keymap.bind(.char("?"), to: "redraw")
        let rebound = try model(keymap)
        command(rebound, "nosuchcommand")
        #expect(rebound.state.message?.text == "未知命令：nosuchcommand（按 F1 查看全部命令）")
    }

    @Test func anEmptyPaneNamesItsNewKeyAsBound() throws {
        requireUTF8Locale()
        func hints(_ keymap: Keymap) throws -> (String?, String?) {
            let ws = try seededWorkspace(demo: false)
            let service = GongkaiService(workspace: ws, actor: Actor(login: "li.ming", origin: "test"), today: { pinnedToday })
            let m = AppModel(width: 120, height: 40, data: ServiceDataSource(service: service), keymap: keymap, workspaceDisplay: "w")
            return (m.state.emptyHints[.documents], m.state.emptyHints[.applications])
        }
        let standard = try hints(.standard)
        #expect(standard.0 == "还没有文件。按 a 新建文件。")
        #expect(standard.1 == "还没有政府信息公开申请。按 a 登记。")
        var keymap = Keymap.standard
        keymap.bind(.char("a"), to: "redraw", in: .documents)
        keymap.bind(.char("n"), to: "new", in: .documents)
        keymap.bind(.char("a"), to: "redraw", in: .applications)
        keymap.bind(.char("N"), to: "app-new", in: .applications)
        let rebound = try hints(keymap)
        #expect(rebound.0 == "还没有文件。按 n 新建文件。")
        #expect(rebound.1 == "还没有政府信息公开申请。按 N 登记。")
    }

    @Test func aConsultationsDetailNamesTheCloseKeyAsBound() throws {
        var keymap = Keymap.standard
        keymap.bind(.char("c"), to: "redraw", in: .register)
        keymap.bind(.char("x"), to: "register-close", in: .register)
        for (map, key) in [(Keymap.standard, "c"), (keymap, "x")] {
            let m = try model(map)
            command(m, "consult")
            let open = try #require(m.state.register?.items.first { $0.detail.contains { $0.hasPrefix("办结：按") } })
            #expect(open.detail.contains { $0.hasPrefix("办结：按 \(key)（命令行 gongkai consult close ") }, "\(open.detail)")
        }
    }

    @Test func theReadersSummaryAndTheDraftHintNameTheirKeysAsBound() throws {
        requireUTF8Locale()
        let item = ReviewItem(kind: .staleColumn, id: "N-1", title: "机构职能", due: nil, reason: "90 天未更新", overdue: false)
        var keymap = Keymap.standard
        keymap.bind(.char("o"), to: "redraw", in: .reader)
        keymap.bind(.char("O"), to: "reader-goto", in: .reader)
        keymap.bind(.char("r"), to: "redraw", in: .recovery)
        keymap.bind(.char("R"), to: "redraw", in: .recovery)
        keymap.bind(.char("y"), to: "draft-restore", in: .recovery)
        #expect(ReaderContent.summary(item, keymap: .standard).last?.text == "按 o 到所在视图办理。")
        #expect(ReaderContent.summary(item, keymap: keymap).last?.text == "按 O 到所在视图办理。")
        #expect(DraftKind.documentEdit.whereToResume() == "启动工作台时按 r 恢复")
        #expect(DraftKind.documentEdit.whereToResume(keymap: keymap) == "启动工作台时按 y 恢复")
    }
}
