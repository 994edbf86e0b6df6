import Testing
@testable import GongkaiCore
@testable import GongkaiStore
@testable import GongkaiTUI

/// 提示里的按键 — messages that tell the officer which key to press name the key as bound (the
/// live keymap, `KeyHints`): with `?` rebound to another command, an unknown command points to
/// F1, the other key that opens the help.
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
}
