import Foundation

/// 配色库 — finds theme files by name: the user's `$XDG_CONFIG_HOME/gongkai/themes/`, the system's
/// `/usr/local/share/gongkai/themes` and `/usr/share/gongkai/themes`, and the package's own
/// `Themes/` beside a development build; then the shipped themes compiled in (`BuiltInThemes`), so
/// an installed binary has colour with no folder at all. A file found first overrides its built-in copy.
public struct ThemeLibrary: Sendable {
    public var directories: [String]

    public init(directories: [String]) { self.directories = directories }

    public static func standard(environment: [String: String], executable: String) -> ThemeLibrary {
        var dirs: [String] = []
        if let xdg = environment["XDG_CONFIG_HOME"], xdg.hasPrefix("/") {
            dirs.append(xdg + "/gongkai/themes")
        } else if let home = environment["HOME"], !home.isEmpty {
            dirs.append(home + "/.config/gongkai/themes")
        }
        dirs += ["/usr/local/share/gongkai/themes", "/usr/share/gongkai/themes"]
        // A development build: <package>/.build/<triple>/<config>/gongkai → <package>/Themes.
        let exe = URL(fileURLWithPath: executable).resolvingSymlinksInPath()
        var dir = exe.deletingLastPathComponent()
        for _ in 0..<4 {
            let candidate = dir.appendingPathComponent("Themes").path
            if FileManager.default.fileExists(atPath: candidate + "/default.toml") { dirs.append(candidate); break }
            dir = dir.deletingLastPathComponent()
        }
        return ThemeLibrary(directories: dirs)
    }

    /// Names of the themes that can be found.
    public func available() -> [String] {
        var names: Set<String> = Set(BuiltInThemes.files.keys).union(["mono"])
        for d in directories {
            for f in (try? FileManager.default.contentsOfDirectory(atPath: d)) ?? [] where f.hasSuffix(".toml") {
                names.insert(String(f.dropLast(5)))
            }
        }
        return names.sorted()
    }

    /// Loads theme `name`; throws a ParseError naming the file and line when the file is wrong,
    /// or a message listing what exists when there is no such theme.
    public func load(_ name: String) throws -> ThemeSpec {
        guard !name.contains("/") else { throw ThemeSpec.ParseError(file: name, line: nil, message: TUIText.Config.themeNameSlash.text()) }
        for d in directories {
            let path = d + "/" + name + ".toml"
            if let data = FileManager.default.contents(atPath: path) {
                return try ThemeSpec.parse(String(decoding: data, as: UTF8.self), file: path)
            }
        }
        if let text = BuiltInThemes.files[name] {
            return try ThemeSpec.parse(text, file: TUIText.Config.builtInThemeFile.text(["\(name)"]))
        }
        if name == "mono" { return .monochrome }
        throw ThemeSpec.ParseError(file: name, line: nil, message: TUIText.Config.themeNotFound.text(["\(name)", "\(available().joined(separator: TUIText.Common.listSeparator.text()))"]))
    }

    /// The theme to use: the requested one, stepped down to what the terminal can show
    /// (no 256-colour codes on an 8-colour terminal), `mono` under NO_COLOR or without colours.
    public func resolve(requested: String, terminalColors: Int, noColor: Bool) -> (theme: ThemeSpec, notice: String?) {
        if noColor || terminalColors < 8 { return (.monochrome, nil) }
        do {
            var theme = try load(requested)
            if theme.colorsNeeded > terminalColors {
                let fallback = (try? load("basic")) ?? .monochrome
                theme = fallback.colorsNeeded <= terminalColors ? fallback : .monochrome
                return (theme, TUIText.Config.themeColorsFallback.text(["\(terminalColors)", "\(theme.name)"]))
            }
            return (theme, nil)
        } catch {
            let fallback = (try? load("basic")).flatMap { $0.colorsNeeded <= terminalColors ? $0 : nil } ?? .monochrome
            return (fallback, TUIText.Config.themeFallback.text(["\(error)", "\(fallback.name)"]))
        }
    }
}
