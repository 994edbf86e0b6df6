import Foundation
import Testing
@testable import GongkaiTUI

@Suite("配色与设置 Themes and config")
struct ThemeAndConfigTests {
    /// wcwidth needs the UTF-8 locale before any width is measured (tests run in parallel).
    init() { requireUTF8Locale() }

    static let themesDir = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Themes").path
    let library = ThemeLibrary(directories: [Self.themesDir])

    @Test func theShippedThemesParseAndNeedWhatTheyClaim() throws {
        #expect(Set(library.available()).isSuperset(of: ["default", "basic", "high-contrast", "mono"]))
        #expect(try library.load("default").colorsNeeded == 256)
        #expect(try library.load("basic").colorsNeeded == 8)
        #expect(try library.load("high-contrast").colorsNeeded == 256)   // bright colours are 8–15
        #expect(try library.load("mono").colorsNeeded == 0)
        #expect(try library.load("mono") == ThemeSpec(name: "mono", description: "单色", looks: ThemeSpec.monochrome.looks))
    }

    @Test(arguments: ["default", "basic", "high-contrast", "mono"])
    func selectionFocusAndUrgencyStayDistinguishable(name: String) throws {
        let t = try library.load(name)
        #expect(t.look(.selection) != t.look(.normal))
        #expect(t.look(.paneTitleFocused) != t.look(.paneTitle))
        #expect(t.look(.tabActive) != t.look(.tabInactive))
        #expect(t.look(.urgent) != t.look(.normal) && t.look(.warning) != t.look(.normal))
        #expect(t.look(.urgent) != t.look(.warning))
        // With colours stripped (a monochrome terminal) the attributes alone still differ.
        #expect(t.look(.selection).attributes != t.look(.normal).attributes || name != "mono")
    }

    /// The list marker `>` is plain where the theme says nothing else (no attribute switch when a
    /// list scrolls, issue 20); high-contrast keeps it highlighted, as any theme may.
    @Test(arguments: ["default", "basic", "high-contrast", "mono"])
    func theListMarkerIsPlainUnlessTheThemeHighlightsIt(name: String) throws {
        let t = try library.load(name)
        #expect(t.looks[.selectionMarker] != nil, "\(name) names the role")
        #expect((t.look(.selectionMarker) == ThemeSpec.Look()) == (name != "high-contrast"))
        let custom = try ThemeSpec.parse("name = \"x\"\n[roles.selectionMarker]\nattrs = [\"reverse\", \"bold\"]\n", file: "x.toml")
        #expect(custom.look(.selectionMarker).attributes == [.reverse, .bold])
    }

    /// An installed binary with no theme folder: the shipped themes are compiled in, the default
    /// one starts with no notice, and each built-in copy is exactly its file in `Themes/`.
    @Test func theShippedThemesAreBuiltInAndEqualToTheirFiles() throws {
        let none = ThemeLibrary(directories: [])
        let resolved = none.resolve(requested: "default", terminalColors: 256, noColor: false)
        #expect(resolved.theme.name == "default" && resolved.notice == nil)
        #expect(Set(none.available()) == ["default", "basic", "high-contrast", "mono"])
        let files = try FileManager.default.contentsOfDirectory(atPath: Self.themesDir).filter { $0.hasSuffix(".toml") }
        #expect(files.count == BuiltInThemes.files.count)
        for file in files {
            let text = try String(contentsOfFile: Self.themesDir + "/" + file, encoding: .utf8)
            #expect(BuiltInThemes.files[String(file.dropLast(5))] == text,
                    "Sources/GongkaiTUI/Config/BuiltInThemes.swift is out of step with Themes/\(file)")
            #expect(try none.load(String(file.dropLast(5))) == library.load(String(file.dropLast(5))))
        }
        // A file in a theme folder still overrides its built-in copy.
        let dir = NSTemporaryDirectory() + "gongkai-theme-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        try "name = \"default\"\ndescription = \"mine\"\n[roles.appTitle]\nfg = 1\n".write(toFile: dir + "/default.toml", atomically: true, encoding: .utf8)
        #expect(try ThemeLibrary(directories: [dir]).load("default").description == "mine")
    }

    @Test func theTerminalsColourCountIsRespected() {
        #expect(library.resolve(requested: "default", terminalColors: 256, noColor: false).theme.name == "default")
        let eight = library.resolve(requested: "default", terminalColors: 8, noColor: false)
        #expect(eight.theme.name == "basic" && eight.notice?.contains("8 色") == true)
        #expect(library.resolve(requested: "default", terminalColors: 256, noColor: true).theme.name == "mono")
        #expect(library.resolve(requested: "basic", terminalColors: 0, noColor: false).theme.name == "mono")
        let missing = library.resolve(requested: "nosuch", terminalColors: 256, noColor: false)
        #expect(missing.theme.name == "basic" && missing.notice?.contains("找不到配色 nosuch") == true)
    }

    @Test func aBrokenThemeFileIsNamedWithItsLine() throws {
        #expect(throws: ThemeSpec.ParseError.self) { try ThemeSpec.parse("name = \"x\"\n[roles.selection\nfg = 1", file: "x.toml") }
        do { _ = try ThemeSpec.parse("name = \"x\"\n[roles.selection\nfg = 1", file: "x.toml") } catch let e as ThemeSpec.ParseError {
            #expect(e.line == 2 && e.description.contains("x.toml 第 2 行"))
        }
        #expect(throws: ThemeSpec.ParseError.self) { try ThemeSpec.parse("name = \"x\"\n[roles.nosuchrole]\nfg = 1", file: "x.toml") }
        #expect(throws: ThemeSpec.ParseError.self) { try ThemeSpec.parse("name = \"x\"\n[roles.urgent]\nfg = \"purple\"", file: "x.toml") }
        #expect(throws: ThemeSpec.ParseError.self) { try ThemeSpec.parse("name = \"x\"\n[roles.urgent]\nattrs = [\"blink\"]", file: "x.toml") }
    }

    @Test func keyBindingsFromTheConfigFileApplyGloballyAndPerPane() {
        let config = UserConfig.parse("""
            theme = "mono"
            [keys]
            "C-n" = "move-down"
            "F5" = "pane 申请"
            [keys.applications]
            "R" = "reply"
            [keys."文件"]
            "j" = "bottom"
            """, file: "config.toml")
        #expect(config.problems.isEmpty)
        #expect(config.theme == "mono")
        let map = config.keymap()
        #expect(map.command(for: .ctrl("n"))?.name == "move-down")
        #expect(map.command(for: .function(5)) == CommandLine(name: "pane", argument: "申请"))
        #expect(map.command(for: .char("R"), in: .applications)?.name == "reply")
        #expect(map.command(for: .char("j"), in: .documents)?.name == "bottom")
        #expect(map.command(for: .char("j"), in: .catalog)?.name == "move-down")
        // The help is generated from the live keymap, so it shows the user's bindings.
        #expect(AppView.helpLines(keymap: map).contains { $0.hasPrefix("C-n") || $0.contains("C-n") })
    }

    @Test func aWrongConfigFileNamesTheLineAndTheDefaultsStillStart() {
        let broken = UserConfig.parse("theme = \"mono\"\n[keys\n\"j\" = \"x\"", file: "config.toml")
        #expect(broken.problems.count == 1 && broken.problems[0].contains("第 2 行"))
        #expect(broken.theme == nil && broken.bindings.isEmpty)
        let bad = UserConfig.parse("""
            colour = "red"
            [keys]
            "Ctrl+Q" = "quit"
            "z" = "frobnicate"
            [keys.nosuchpane]
            "a" = "quit"
            """, file: "config.toml")
        #expect(bad.problems.count == 4)
        #expect(bad.problems.contains { $0.contains("colour") })
        #expect(bad.problems.contains { $0.contains("Ctrl+Q") })
        #expect(bad.problems.contains { $0.contains("frobnicate") })
        #expect(bad.problems.contains { $0.contains("nosuchpane") })
        #expect(bad.keymap().command(for: .char("z")) == nil)
    }
}
