import Foundation
import GongkaiCore
import TOMLKit

/// 用户设置 — `$XDG_CONFIG_HOME/gongkai/config.toml` (or `~/.config/gongkai/config.toml`):
///
/// ```toml
/// theme = "high-contrast"
/// mouse = true           # click to focus a pane, wheel to scroll (off by default)
/// bars = "ascii"         # statistics bars as # instead of block characters
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
    /// 鼠标 — click focuses a pane, the wheel scrolls (off by default).
    public var mouse: Bool = false
    /// 统计图的条形 — `bars = "ascii"` when the terminal draws block elements double width.
    public var bars: BarChart.Glyphs = .blocks
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
            config.problems.append("设置文件 \(file) 第 \(e.source.begin.line) 行：\(e.description)；已使用默认设置")
            return config
        } catch {
            config.problems.append("设置文件 \(file)：\(error)；已使用默认设置")
            return config
        }
        for key in table.keys where !["theme", "keys", "mouse", "bars"].contains(key) {
            config.problems.append("设置文件 \(file)：不认识的设置 \(key)（可用：theme、mouse、bars、[keys]）")
        }
        if let theme = table["theme"] {
            if let s = theme.string { config.theme = s } else {
                config.problems.append("设置文件 \(file)：theme 应为文字，如 theme = \"mono\"")
            }
        }
        if let mouse = table["mouse"] {
            if let b = mouse.bool { config.mouse = b } else {
                config.problems.append("设置文件 \(file)：mouse 应为 true 或 false")
            }
        }
        if let bars = table["bars"] {
            if let g = bars.string.flatMap(BarChart.Glyphs.init(rawValue:)) { config.bars = g } else {
                config.problems.append("设置文件 \(file)：bars 应为 \"blocks\" 或 \"ascii\"")
            }
        }
        if let keys = table["keys"]?.table {
            for name in keys.keys {
                if let scopeTable = keys[name]?.table {
                    guard let pane = PaneKind(argument: name) else {
                        config.problems.append("设置文件 \(file)：[keys.\(name)] 不是窗格（catalog/documents/interpretations/applications 或 目录/文件/解读/申请）")
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
            problems.append("设置文件 \(file)：[keys] 中的 \(keyName) 不是按键名（如 j、C-d、S-Tab、F5、Space）")
            return
        }
        guard let command = value?.string, let parsed = CommandLine(parsing: command),
              Commands.spec(parsed.name) != nil else {
            problems.append("设置文件 \(file)：按键 \(keyName) 绑定的“\(value?.string ?? "")”不是命令（:help 列出全部命令）")
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
