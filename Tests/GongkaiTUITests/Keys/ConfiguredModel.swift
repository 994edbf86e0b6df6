import Foundation
import Testing
@testable import GongkaiCore
@testable import GongkaiStore
@testable import GongkaiTUI

/// An app model over the demo workspace for `login`, with the keys of `config` (a config.toml
/// text, which must load without problems).
func configuredModel(_ config: String, as login: String = "li.ming", width: Int = 80, height: Int = 24) throws -> AppModel {
    requireUTF8Locale()
    let parsed = UserConfig.parse(config, file: "config.toml")
    #expect(parsed.problems.isEmpty, "\(parsed.problems)")
    let ws = try seededWorkspace(demo: true)
    let service = GongkaiService(workspace: ws, actor: Actor(login: login, origin: "test"), today: { pinnedToday })
    return AppModel(width: width, height: height, data: ServiceDataSource(service: service), keymap: parsed.keymap(),
                    workspaceDisplay: "~/.local/share/gongkai/workspace.sqlite")
}
