import Foundation
import TOMLKit

/// 用户设置 — `$XDG_CONFIG_HOME/gongkai/config.toml` (or `~/.config/gongkai/config.toml`):
///
/// ```toml
/// theme = "high-contrast"
/// [keys]                 # key = "command", like tig and aerc
/// "C-n" = "move-down"
/// "F5" = "redraw"
/// [keys.applications]    # only in one pane (catalog, documents, interpretations, applications,
///                        # or in quotes: [keys."申请"])
/// "R" = "reply"
/// ```
///
/// A wrong file never stops the workstation: the problems (with the line, where TOML can tell)
/// are shown on the message line and the defaults are used.
public struct UserConfig: Sendable {
    public var theme: String?
    public var bindings: [Keymap.Binding] = []
    public var problems: [String] = []

    public init() {}

    public static func defaultPath(environment: [String: String]) -> String? {
        if let xdg = environment["XDG_CONFIG_HOME"], xdg.hasPrefix("/") { return xdg + "/gongkai/config.toml" }
        guard let home = environment["HOME"], !home.isEmpty else { return nil }
        return home + "/.config/gongkai/config.toml"
    }

    /// Reads the file at `path`; a missing file is the defaults, silently.
    public static func load(path: String?) -> UserConfig {
        guard let path, let data = FileManager.default.contents(atPath: path) else { return UserConfig() }
        return parse(String(decoding: data, as: UTF8.self), file: path)
    }

    public static func parse(_ text: String, file: String) -> UserConfig {
        var config = UserConfig()
        let table: TOMLTable
        do {
            table = try TOMLTable(string: text)
        } catch let e as TOMLParseError {
            config.problems.append(L.Config.syntaxError.text(["\(file)", "\(e.source.begin.line)", "\(e.description)"]))
            return config
        } catch {
            config.problems.append(L.Config.readError.text(["\(file)", "\(error)"]))
            return config
        }
        for key in table.keys where !["theme", "keys"].contains(key) {
            config.problems.append(L.Config.unknownKey.text(["\(file)", "\(key)"]))
        }
        if let theme = table["theme"] {
            if let s = theme.string { config.theme = s } else {
                config.problems.append(L.Config.themeNotText.text(["\(file)"]))
            }
        }
        if let keys = table["keys"]?.table {
            for name in keys.keys {
                if let scopeTable = keys[name]?.table {
                    guard let pane = PaneKind(argument: name) else {
                        config.problems.append(L.Config.keysNotPane.text(["\(file)", "\(name)"]))
                        continue
                    }
                    for keyName in scopeTable.keys { config.bind(keyName, scopeTable[keyName], scope: pane, file: file) }
                } else {
                    config.bind(name, keys[name], scope: nil, file: file)
                }
            }
        }
        return config
    }

    mutating func bind(_ keyName: String, _ value: (any TOMLValueConvertible)?, scope: PaneKind?, file: String) {
        guard let key = Key(name: keyName) else {
            problems.append(L.Config.notKeyName.text(["\(file)", "\(keyName)"]))
            return
        }
        guard let command = value?.string, let parsed = CommandLine(parsing: command),
              Commands.spec(parsed.name) != nil else {
            problems.append(L.Config.notCommand.text(["\(file)", "\(keyName)", "\(value?.string ?? "")"]))
            return
        }
        bindings.append(Keymap.Binding(key: key, command: command, scope: scope))
    }

    /// The standard keymap with the user's bindings applied over it.
    public func keymap(base: Keymap = .standard) -> Keymap {
        var map = base
        for b in bindings { map.bind(b.key, to: b.command, in: b.scope) }
        return map
    }
}
