import Foundation
import GongkaiCore
import TOMLKit

/// 用户设置 — `$XDG_CONFIG_HOME/gongkai/config.toml` (or `~/.config/gongkai/config.toml`):
///
/// ```toml
/// theme = "high-contrast"
/// language = "en"        # zh (default) or en; without it LC_ALL / LC_MESSAGES / LANG decide
/// due-soon-days = 5      # amber in the 申请 pane from 5 working days left (default 3)
/// mouse = true           # click to switch panes, wheel to scroll (default false)
/// bars = "ascii"         # statistics bars as # instead of block characters
/// server = "/run/gongkai/gongkai.sock"   # use the workspace service (Docs/管理员指南.md)
/// [keys]                 # key = "command", like tig and aerc
/// "C-n" = "move-down"
/// "F5" = "redraw"
/// [keys.applications]    # only in one view: a pane (catalog, documents, interpretations,
///                        # applications, or in quotes: [keys."申请"]) or an overlay (inbox,
/// "R" = "reply"          # report, stats, register, history, help, app-form …; `gongkai keys`)
/// ```
///
/// A wrong file never stops the workstation: the problems (with the line, where TOML can tell)
/// are shown on the message line and the defaults are used.
public struct UserConfig: Sendable {
    public var theme: String?
    /// `language = "zh" | "en"`; nil when the file does not say (then the environment decides).
    public var language: UILanguage?
    /// The officer's display settings (`due-soon-days`).
    public var display = DisplaySettings()
    /// `mouse = true`: clicks switch panes and the wheel scrolls (default off, so the terminal's
    /// own selection and copy keep working).
    public var mouse = false
    /// 统计图的条形 — `bars = "ascii"` when the terminal draws block elements double width.
    public var bars: BarChart.Glyphs = .blocks
    public var bindings: [Keymap.Binding] = []
    /// Where each global binding was written (" line 3"), for the problems said about it.
    var bindingLines: [Key: String] = [:]
    /// 工作区服务 — `server = "/run/gongkai/gongkai.sock"`: every `gongkai` becomes a client of
    /// that service (also set by /etc/gongkai/config.toml or GONGKAI_SERVER).
    public var server: String?
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
            config.problems.append(TUIText.Config.syntaxError.text(["\(file)", "\(e.source.begin.line)", "\(e.description)"]))
            return config
        } catch {
            config.problems.append(TUIText.Config.readError.text(["\(file)", "\(error)"]))
            return config
        }
        func at(_ key: String) -> String { lineOf(key, in: text).map { TUIText.Config.lineNumber.text(["\($0)"]) } ?? "" }
        for key in table.keys where !known.contains(key) {
            if workspaceRules.contains(key) {
                config.problems.append(TUIText.Config.workspaceRule.text(["\(file)", at(key), key]))
            } else {
                config.problems.append(TUIText.Config.unknownKey.text(["\(file)", at(key), "\(key)"]))
            }
        }
        if let value = table["language"] {
            if let name = value.string, let lang = UILanguage(name: name) { config.language = lang } else {
                config.problems.append(TUIText.Config.badLanguage.text(["\(file)", at("language")]))
            }
        }
        if let value = table["due-soon-days"] {
            if let n = value.int, (0...DisplaySettings.maxDueSoonDays).contains(n) { config.display.dueSoonDays = n } else {
                config.problems.append(TUIText.Config.badDueSoon.text(["\(file)", at("due-soon-days"),
                                                                 "\(DisplaySettings.maxDueSoonDays)",
                                                                 "\(DisplaySettings.standardDueSoonDays)"]))
            }
        }
        if let value = table["mouse"] {
            if let b = value.bool { config.mouse = b } else {
                config.problems.append(TUIText.Config.badMouse.text(["\(file)", at("mouse")]))
            }
        }
        if let theme = table["theme"] {
            if let s = theme.string { config.theme = s } else {
                config.problems.append(TUIText.Config.themeNotText.text(["\(file)"]))
            }
        }
        if let server = table["server"] {
            if let s = server.string { config.server = s } else {
                config.problems.append(TUIText.Config.serverNotText.text(["\(file)", at("server")]))
            }
        }
        if let bars = table["bars"] {
            if let g = bars.string.flatMap(BarChart.Glyphs.init(rawValue:)) { config.bars = g } else {
                config.problems.append(TUIText.Config.badBars.text(["\(file)", at("bars")]))
            }
        }
        if let keys = table["keys"]?.table {
            var global: [String] = []
            for name in keys.keys {
                guard let scopeTable = keys[name]?.table else {
                    global.append(name)
                    continue
                }
                guard let view = ViewID(argument: name) else {
                    let at = headerLine("keys." + name, in: text).map { TUIText.Config.lineNumber.text(["\($0)"]) } ?? ""
                    config.problems.append(TUIText.Config.keysNotPane.text(["\(file)\(at)", "\(name)",
                                                                            ViewID.allCases.map(\.rawValue).joined(separator: " ")]))
                    continue
                }
                config.bindTable(scopeTable, names: scopeTable.keys, scope: view, section: "keys." + name, file: file, text: text)
            }
            config.bindTable(keys, names: global, scope: nil, section: "keys", file: file, text: text)
            config.reportShadowed(file: file, text: text)
        }
        return config
    }

    /// The settings an officer may write.
    static let known: Set<String> = ["theme", "keys", "language", "due-soon-days", "mouse", "bars", "server"]
    /// Settings that are workspace rules, not personal ones: the staleness period of a column
    /// (the column's own period, `gongkai catalog`) and the allowed interpretation lag (C6, set by
    /// an administrator with `gongkai interp settings`, audited). A personal file must not change
    /// them, so the file is told so instead of being silently obeyed.
    static let workspaceRules: Set<String> = ["stale-days", "interpretation-lag-days"]

    /// The 1-based line where `key` is set at the top level, if it can be found.
    static func lineOf(_ key: String, in text: String) -> Int? {
        for (i, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let t = line.trimmingCharacters(in: .whitespaces)
            if t.hasPrefix("[") { return nil }
            for k in [key, "\"\(key)\""] where t.hasPrefix(k) {
                let rest = t.dropFirst(k.count).trimmingCharacters(in: .whitespaces)
                if rest.hasPrefix("=") { return i + 1 }
            }
        }
        return nil
    }

    /// Binds the keys `names` of one `[keys…]` table; two names of the same key (`BTab` and
    /// `S-Tab`) are reported, the later one wins.
    mutating func bindTable(_ table: TOMLTable, names: [String], scope: ViewID?, section: String, file: String, text: String) {
        var seen: [Key: String] = [:]
        for keyName in names {
            let at = Self.line(of: keyName, inTable: section, text: text).map { TUIText.Config.lineNumber.text(["\($0)"]) } ?? ""
            guard let key = Key(name: keyName) else {
                problems.append(TUIText.Config.notKeyName.text(["\(file)\(at)", "\(keyName)"]))
                continue
            }
            if let other = seen[key] {
                problems.append(TUIText.Config.keyTwice.text(["\(file)\(at)", section, other, keyName]))
            }
            seen[key] = keyName
            guard let command = table[keyName]?.string, let parsed = CommandLine(parsing: command),
                  Commands.spec(parsed.name) != nil else {
                problems.append(TUIText.Config.notCommand.text(["\(file)\(at)", "\(keyName)", "\(table[keyName]?.string ?? "")"]))
                continue
            }
            if scope == .editor, let conflict = Self.editorConflict(key: key, keyName: keyName, command: parsed, at: "\(file)\(at)") {
                problems.append(conflict)
                continue
            }
            bindings.append(Keymap.Binding(key: key, command: command, scope: scope))
            if scope == nil { bindingLines[key] = at }
        }
    }

    /// What is wrong with binding `key` to `command` in the body editor: a key that is typed
    /// into the text, or a command the editor does not run (its own, moving between the fields,
    /// saving, and the global ones it lets through). Nil: nothing.
    static func editorConflict(key: Key, keyName: String, command: CommandLine, at place: String) -> String? {
        if key.isTyping { return TUIText.Config.editorTypes.text([place, keyName]) }
        let editorCommands = Set(DocumentEditorView.bindings.filter { $0.scope == .editor }.map(\.command))
            .union(EditorCommand.allCases.map(\.rawValue)).union(ViewStack.modalPasses)
        if !editorCommands.contains(command.name) {
            return TUIText.Config.notEditorCommand.text([place, keyName, command.text])
        }
        return nil
    }

    /// A global rebinding of a key that a view binds itself does not reach that view (the view's
    /// own binding wins): said at load, so the officer knows to write it under `[keys.<view>]`.
    /// The body editor is left out: its keys are an editor's, no global key is meant to reach it.
    mutating func reportShadowed(file: String, text: String) {
        for b in bindings where b.scope == nil {
            let views = Keymap.standard.bindings.compactMap { d -> ViewID? in
                guard let v = d.scope, v != .editor, d.key == b.key, d.command != b.command,
                      !bindings.contains(where: { $0.scope == v && $0.key == b.key }) else { return nil }
                return v
            }
            guard !views.isEmpty else { continue }
            var names: [String] = []
            for v in views where !names.contains(v.rawValue) { names.append(v.rawValue) }
            problems.append(TUIText.Config.shadowed.text(["\(file)\(bindingLines[b.key] ?? "")", b.key.name,
                                                          names.joined(separator: " ")]))
        }
    }

    /// The 1-based line of `[table]`, if it can be found.
    static func headerLine(_ table: String, in text: String) -> Int? {
        for (i, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated()
        where tableName(of: line) == table { return i + 1 }
        return nil
    }

    /// `keys.inbox` for a header line `[keys.inbox]` or `[keys."申请"]`; nil for other lines.
    static func tableName(of line: Substring) -> String? {
        let t = line.trimmingCharacters(in: .whitespaces)
        guard t.hasPrefix("["), let end = t.firstIndex(of: "]") else { return nil }
        return t[t.index(after: t.startIndex)..<end].replacingOccurrences(of: "\"", with: "")
            .split(separator: ".").map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: ".")
    }

    /// The 1-based line where `key` is set inside `[table]`, if it can be found.
    static func line(of key: String, inTable table: String, text: String) -> Int? {
        var current: String?
        for (i, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if let name = tableName(of: line) { current = name; continue }
            guard current == table else { continue }
            let t = line.trimmingCharacters(in: .whitespaces)
            for k in [key, "\"\(key)\"", "'\(key)'"] where t.hasPrefix(k) {
                if t.dropFirst(k.count).trimmingCharacters(in: .whitespaces).hasPrefix("=") { return i + 1 }
            }
        }
        return nil
    }

    /// The standard keymap with the user's bindings applied over it.
    public func keymap(base: Keymap = .standard) -> Keymap {
        var map = base
        for b in bindings { map.bind(b.key, to: b.command, in: b.scope) }
        return map
    }
}
