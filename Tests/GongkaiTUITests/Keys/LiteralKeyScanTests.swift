import Foundation
import Testing
@testable import GongkaiTUI

/// 无字面按键 — no view matches a literal key: every key of every view is a binding of the keymap
/// (scoped to its ViewID, listed by `?` and `gongkai keys`, rebindable under `[keys.VIEW]`).
/// The scan reads the TUI's sources outside the keymap and the decoders and fails on a key
/// compared (`key == .enter`), switched on (`case .up:`), matched (`if case .escape = key`,
/// `case .key(.ctrl("l"))`) or on a literal character key (`.char("a")` in a match). What is
/// left are the editing keys of a text field, listed below with the reason.
@Suite("按键 No literal keys in the views")
struct LiteralKeyScanTests {
    static let tuiSources = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Sources/GongkaiTUI")

    /// Folders that are the keymap itself: `Keys/` (the keymap, the key names, the decoder, the
    /// one-line editing keys of `LineEditing`), `Backend/` (curses key codes to `Key`), `Editor/`
    /// (the body editor: its key → command table is `EditorKeymap`, rebound under `[keys.editor]`,
    /// and its model switches on `EditorCommand`s whose names are those of keys: `.pageUp`).
    static let keymapFolders = ["Keys", "Backend", "Editor"]

    /// The editing keys a text field still takes itself (not commands: what Backspace, Delete,
    /// Home/End and C-a/C-e/C-h/C-u do to the text and the caret), by file and a piece
    /// of the line. Each entry must still match something, so the list cannot go stale.
    static let fieldEditingKeys: [(file: String, fragment: String, why: String)] = [
        ("Panes/Applications/ApplicationForm.swift", "case .backspace, .ctrl(\"h\"):", "Backspace deletes (a picker: its type-ahead)"),
        ("Panes/Applications/ApplicationForm.swift", "case .home, .ctrl(\"a\")", "caret to the start"),
        ("Panes/Applications/ApplicationForm.swift", "case .end, .ctrl(\"e\")", "caret to the end"),
        ("Panes/Applications/ApplicationForm.swift", "case .delete:", "Delete deletes after the caret"),
        ("Panes/Applications/ApplicationForm.swift", "case .ctrl(\"u\"):", "C-u deletes to the start"),
        ("Report/NarrativeEditor.swift", "case .backspace where column == 0", "Backspace at a line's start joins it to the line above"),
        ("Report/NarrativeEditor.swift", "case .delete where", "Delete at a line's end joins the next line"),
        ("Report/NarrativeEditor.swift", "case .left where column == 0", "Left at a line's start goes to the end of the line above"),
        ("Report/NarrativeEditor.swift", "case .right where", "Right at a line's end goes to the start of the next line"),
    ]

    static let keyCases = ["up", "down", "left", "right", "home", "end", "pageUp", "pageDown", "tab", "backTab",
                           "enter", "escape", "backspace", "delete", "function", "ctrl", "modified"]

    /// The literal key matches of one source: (line number, the line) for each line that
    /// compares a key with a named one, or whose `case` pattern (before any `where`) names a key.
    static func literalKeyMatches(in source: String) -> [(line: Int, text: String)] {
        let names = keyCases.joined(separator: "|")
        // An implicit member (`.enter`, not `sheet.modified`) naming a key; `.ctrl(let c)` binds, it names nothing.
        let member = #"(?<![\w)\]?!])\.(\#(names))\b(?!\s*\(\s*let\b)|(?<![\w)\]?!])\.(char|ctrl)\(\s*""#
        let compared = try! NSRegularExpression(pattern: #"\b(key|k|input)\s*[!=]=\s*"# + "(" + member + ")")
        let inInput = try! NSRegularExpression(pattern: #"\.key\(\s*("# + member + ")")
        // The pattern of a `case` (a switch's, `if case`, `guard case`): up to `where` or the label's colon.
        let casePattern = try! NSRegularExpression(pattern: #"^\s*(\}\s*else\s*)?((if|guard)\s+)?case\s+((?:"[^"]*"|[^":])*?)(\swhere\s|:|$)"#)
        let named = try! NSRegularExpression(pattern: member)
        func matches(_ r: NSRegularExpression, _ s: String) -> Bool {
            r.firstMatch(in: s, range: NSRange(s.startIndex..., in: s)) != nil
        }
        var found: [(Int, String)] = []
        for (i, raw) in source.components(separatedBy: "\n").enumerated() {
            // Outside comments (a `//` inside a string literal is rare enough in this code).
            let code = raw.range(of: "//").map { String(raw[..<$0.lowerBound]) } ?? raw
            var hit = matches(compared, code) || matches(inInput, code)
            if !hit, let m = casePattern.firstMatch(in: code, range: NSRange(code.startIndex..., in: code)),
               let r = Range(m.range(at: 4), in: code) {
                hit = matches(named, String(code[r]))
            }
            if hit { found.append((i + 1, raw.trimmingCharacters(in: .whitespaces))) }
        }
        return found
    }

    static func swiftFiles() throws -> [URL] {
        guard let e = FileManager.default.enumerator(at: tuiSources, includingPropertiesForKeys: nil) else {
            throw CocoaError(.fileNoSuchFile)
        }
        return e.compactMap { $0 as? URL }.filter { $0.pathExtension == "swift" }
    }

    @Test func theScannerFindsEveryKindOfLiteralMatch() {
        let sample = """
            if key == .enter { go() }
            if line.isEmpty, key == .backspace || key == .ctrl("h") { close() }
            switch key {
            case .up: row -= 1
            case .char("q"): quit()
            case .backspace where column == 0, .ctrl("h") where column == 0: join()
            case .char(let c): type(c)
            case .command(.moveUp): up()
            case .choiceNext: return apply(.right)
            case .cancel where sheet.modified: ask()
            case _ where motion == .down: scroll()
            }
            if case .escape = key { leave() }
            case .key(.ctrl("l")): repaint()
            // case .enter: in a comment
            handle(.char(" "))
            if motion == .down { scroll() }
            """
        let lines = Self.literalKeyMatches(in: sample).map(\.line)
        #expect(lines == [1, 2, 4, 5, 6, 13, 14])
    }

    @Test func noViewMatchesALiteralKey() throws {
        let files = try Self.swiftFiles()
        #expect(files.count > 100, "the TUI's sources are found")
        var offenders: [String] = []
        var allowedUsed = Set<Int>()
        for url in files {
            let file = url.path.replacingOccurrences(of: Self.tuiSources.path + "/", with: "")
            if Self.keymapFolders.contains(where: { file.hasPrefix($0 + "/") }) { continue }
            let source = try String(contentsOf: url, encoding: .utf8)
            for match in Self.literalKeyMatches(in: source) {
                if let i = Self.fieldEditingKeys.firstIndex(where: { $0.file == file && match.text.contains($0.fragment) }) {
                    allowedUsed.insert(i)
                    continue
                }
                offenders.append("\(file):\(match.line): \(match.text)")
            }
        }
        #expect(offenders.isEmpty, """
            Literal keys in views (bind the key in the view's `bindings` to a named command and run \
            the command in `perform`):
            \(offenders.joined(separator: "\n"))
            """)
        let stale = Self.fieldEditingKeys.indices.filter { !allowedUsed.contains($0) }.map { Self.fieldEditingKeys[$0] }
        #expect(stale.isEmpty, "field editing keys listed that no longer occur: \(stale.map { "\($0.file): \($0.fragment)" })")
    }
}
