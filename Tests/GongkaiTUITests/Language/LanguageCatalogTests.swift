import Foundation
import Testing
@testable import GongkaiCore
@testable import GongkaiTUI

/// 界面文字目录 — both languages are complete: every phrase has Chinese and English, English has no
/// Chinese characters, the placeholders agree, and no UI text bypasses the catalog.
@Suite("语言 Language catalog")
struct LanguageCatalogTests {
    static let sources = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Sources")
    static let tuiSources = sources.appendingPathComponent("GongkaiTUI")

    /// The phrase catalogs: the TUI's `TUIText`, the store's `StoreText`, the domain rules'
    /// `CoreText`, the command line's `CLIText`, import/export's `ExchangeText`, the letters'
    /// `LettersText` and the service's `ServiceText` (each `Name+Area.swift`), in its module's `Language/` folder.
    static let catalogFolders = ["GongkaiTUI", "GongkaiStore", "GongkaiCore", "gongkai", "GongkaiExchange",
                                 "GongkaiLetters", "GongkaiServer"].map {
        sources.appendingPathComponent($0).appendingPathComponent("Language")
    }

    /// Files of GongkaiCore, GongkaiStore and GongkaiLetters whose texts for people come from the
    /// catalogs: they hold no CJK literal of their own. The rest of those modules holds Chinese
    /// that is not interface text and is not scanned: domain codes' `chineseName` (their
    /// `englishName` sits beside it), the statutory annual-report tables and the letters' text,
    /// templates and variable labels (Chinese in both languages), demo and seed data, words the
    /// parsers accept (文号 brackets, 标题 column names), words stored in the workspace (step comments).
    static let translatedFiles = [
        "GongkaiCore/Access/AccessPolicy.swift",
        "GongkaiCore/Applications/DeadlineClock.swift",
        "GongkaiCore/Applications/DeadlineError.swift",
        "GongkaiCore/Registers/DutyEntry.swift",
        "GongkaiCore/Registers/Consultation.swift",
        "GongkaiCore/Registers/Inspection.swift",
        "GongkaiCore/Interpretations/SyncCheck.swift",
        "GongkaiStore/Applications/ApplicationDetail+Text.swift",
        "GongkaiStore/Service/ServiceError.swift",
        "GongkaiStore/Service/ReviewQueue.swift",
        "GongkaiStore/Interpretations/InterpretationReviewItems.swift",
        "GongkaiStore/Letters/LetterRecord.swift",
        "GongkaiStore/Documents/GongkaiService+Documents.swift",
        "GongkaiStore/Documents/GongkaiService+DocumentWorkflow.swift",
        "GongkaiStore/Documents/GongkaiService+DocumentRegister.swift",
        "GongkaiStore/Interpretations/GongkaiService+Interpretations.swift",
        "GongkaiStore/Interpretations/GongkaiService+SyncCheck.swift",
        "GongkaiStore/Duties/GongkaiService+Duties.swift",
        "GongkaiStore/Consultations/GongkaiService+Consultations.swift",
        "GongkaiStore/Inspections/GongkaiService+Inspections.swift",
        "GongkaiStore/Report/GongkaiService+ReportInputs.swift",
        "GongkaiStore/Report/ReviewCaseInput.swift",
        "GongkaiStore/Calendar/GongkaiService+Calendar.swift",
        "GongkaiStore/Demo/GongkaiService+DemoGenerate.swift",
        "GongkaiStore/Applications/ApplicationImport.swift",
        "GongkaiStore/Service/ImportBatch.swift",
        "GongkaiStore/Maintenance/WorkspaceCheck.swift",
        "GongkaiStore/Maintenance/SearchReindex.swift",
        "GongkaiStore/Catalog/CatalogServiceError.swift",
        "GongkaiStore/Catalog/CatalogChanges.swift",
        "GongkaiCore/Catalog/CatalogError.swift",
        "GongkaiCore/Catalog/CatalogCheck.swift",
        "GongkaiCore/Text/UTF8Text.swift",
        "GongkaiLetters/LetterError.swift",
        "GongkaiLetters/LetterTemplates.swift",
    ].map { sources.appendingPathComponent($0) }

    static let cliSources = sources.appendingPathComponent("gongkai")
    static let exchangeSources = sources.appendingPathComponent("GongkaiExchange")
    /// The workspace service (`V`, V+Area.swift) is scanned whole outside its `Language/` folder.
    static let serverSources = sources.appendingPathComponent("GongkaiServer")

    /// GongkaiExchange is scanned whole (outside `Language/`) but for its data outputs, which are
    /// Chinese in both languages: the data-file headers (the export headers are the import
    /// headers), the exported tables, and the published site — for the Chinese public
    /// (集中统一发布), so its pages and Mustache templates are Chinese-only by design. A file with
    /// `text` nil is exempt whole; otherwise only literals containing `text`.
    static let exchangeChineseAllowed: [(file: String, text: String?)] = [
        // The ledgers' standard headers and the other headers they accept.
        ("Core/LedgerField.swift", nil),
        // Exported tables: titles, headers and cells (是, 、) as the files carry them.
        ("Export/ExportKind.swift", nil),
        ("Export/RegisterTables.swift", nil),
        ("Export/ExportFormat.swift", "行。"),
        // The published site: its page titles, its templates, its search script and its default name.
        ("Publish/SiteBuilder.swift", nil),
        ("Publish/SiteTemplates+Defaults.swift", nil),
        ("Publish/SearchIndex.swift", nil),
        ("Publish/Publisher.swift", "政府信息公开"),
    ]

    /// Chinese the command line prints in both languages, by file and a piece of the literal:
    /// statutory or data outputs, not interface text.
    static let cliChineseAllowed: [(file: String, text: String)] = [
        // The published site's default name (the site is Chinese by law, 集中统一发布).
        ("Commands/PublishCommand.swift", "政府信息公开"),
        // `report figures` prints the figures under table 二's statutory row labels.
        ("Commands/Report/ReportFiguresCommand.swift", "年表二填报数字"),
        // A section of the annual report's Markdown, which is the statutory text.
        ("Commands/Report/ReportAnnual.swift", "## 数据问题"),
    ]

    /// The Swift files under `dir`; a missing or empty folder is an error (a moved folder must not
    /// make the scan pass by scanning nothing).
    static func swiftFiles(under dir: URL) throws -> [URL] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: dir.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw SourceFolderMissing(path: dir.path)
        }
        let e = FileManager.default.enumerator(at: dir, includingPropertiesForKeys: nil)
        let files = (e?.allObjects as? [URL] ?? []).filter { $0.pathExtension == "swift" }.sorted { $0.path < $1.path }
        guard !files.isEmpty else { throw SourceFolderMissing(path: dir.path) }
        return files
    }

    struct SourceFolderMissing: Error, CustomStringConvertible {
        let path: String
        var description: String { "no Swift sources under \(path)" }
    }

    @Test func theFileListerFailsOnAMissingFolder() throws {
        let missing = Self.tuiSources.appendingPathComponent("NoSuchFolder")
        #expect(throws: SourceFolderMissing.self) { try Self.swiftFiles(under: missing) }
        #expect(try !Self.swiftFiles(under: Self.tuiSources).isEmpty)
    }

    /// Han ideographs, CJK punctuation and full-width forms.
    static func hasCJK(_ s: String) -> Bool {
        s.unicodeScalars.contains {
            (0x3000...0x303F).contains($0.value) || (0x3400...0x9FFF).contains($0.value)
                || (0xFF00...0xFFEF).contains($0.value) || (0xF900...0xFAFF).contains($0.value)
        }
    }

    static func placeholders(_ s: String) -> Set<String> {
        var out = Set<String>()
        var rest = Substring(s)
        while let open = rest.firstIndex(of: "{") {
            let after = rest[rest.index(after: open)...]
            guard let close = after.firstIndex(of: "}") else { break }
            let inner = after[..<close]
            if !inner.isEmpty, inner.allSatisfy(\.isNumber) { out.insert("{\(inner)}") }
            rest = after[after.index(after: close)...]
        }
        return out
    }

    /// The string literals of a Swift source line by line, outside `//` comments (doc comments
    /// included). Handles escapes and `\( … )` interpolations with nested literals.
    /// `before` holds the code just before the opening quote (to tell an argument's label).
    static func literals(in source: String) -> [(line: Int, text: String, before: String)] {
        var out: [(Int, String, String)] = []
        let chars = Array(source)
        var i = 0, line = 1
        func before(_ at: Int) -> String { String(chars[max(0, at - 40)..<at]) }
        func readString() -> String {
            // chars[i] == "\""
            i += 1
            var text = ""
            while i < chars.count, chars[i] != "\"" {
                if chars[i] == "\\", i + 1 < chars.count {
                    if chars[i + 1] == "(" {
                        i += 2
                        var depth = 1
                        while i < chars.count, depth > 0 {
                            if chars[i] == "\"" {
                                let start = i
                                let inner = readString()
                                out.append((line, inner, before(start)))
                                continue
                            }
                            if chars[i] == "(" { depth += 1 }
                            if chars[i] == ")" { depth -= 1 }
                            i += 1
                        }
                        text += "{}"
                        continue
                    }
                    text.append(chars[i]); text.append(chars[i + 1]); i += 2; continue
                }
                if chars[i] == "\n" { line += 1 }
                text.append(chars[i]); i += 1
            }
            i += 1
            return text
        }
        while i < chars.count {
            let c = chars[i]
            if c == "\n" { line += 1; i += 1; continue }
            if c == "/", i + 1 < chars.count, chars[i + 1] == "/" {
                while i < chars.count, chars[i] != "\n" { i += 1 }
                continue
            }
            if c == "/", i + 1 < chars.count, chars[i + 1] == "*" {
                i += 2
                while i + 1 < chars.count, !(chars[i] == "*" && chars[i + 1] == "/") {
                    if chars[i] == "\n" { line += 1 }
                    i += 1
                }
                i += 2
                continue
            }
            if c == "\"" {
                let start = line, at = i
                if i + 2 < chars.count, chars[i + 1] == "\"", chars[i + 2] == "\"" {
                    // A multi-line literal: take it whole.
                    i += 3
                    var text = ""
                    while i + 2 < chars.count, !(chars[i] == "\"" && chars[i + 1] == "\"" && chars[i + 2] == "\"") {
                        if chars[i] == "\n" { line += 1 }
                        text.append(chars[i]); i += 1
                    }
                    i += 3
                    out.append((start, text, before(at)))
                    continue
                }
                let text = readString()
                out.append((start, text, before(at)))
                continue
            }
            i += 1
        }
        return out
    }

    /// `Phrase("…", "…")` in the catalog files, with their file and line.
    static func phrases() throws -> [(file: String, line: Int, zh: String, en: String)] {
        var out: [(String, Int, String, String)] = []
        for url in try catalogFolders.flatMap(swiftFiles(under:)) {
            let source = try String(contentsOf: url, encoding: .utf8)
            for (n, line) in source.components(separatedBy: "\n").enumerated() where line.contains("Phrase(\"")
                && !line.trimmingCharacters(in: .whitespaces).hasPrefix("//") {
                let lits = literals(in: line).map(\.text)
                guard lits.count == 2 else {
                    Issue.record("\(url.lastPathComponent):\(n + 1): a phrase must be Phrase(\"中文\", \"English\") on one line")
                    continue
                }
                out.append((url.lastPathComponent, n + 1, lits[0], lits[1]))
            }
        }
        return out
    }

    @Test func everyPhraseHasBothLanguagesAndTheSamePlaceholders() throws {
        let all = try Self.phrases()
        #expect(all.count > 300, "the catalog should hold the TUI's phrases, found \(all.count)")
        // Each module's catalog is read (a moved folder would silently drop its phrases).
        for prefix in ["TUIText+", "StoreText+", "CoreText+", "CLIText+", "ExchangeText+", "LettersText+", "ServiceText+"] {
            #expect(all.contains { $0.file.hasPrefix(prefix) }, "no phrases found in \(prefix)*.swift")
        }
        for p in all {
            let at = "\(p.file):\(p.line)"
            #expect(!p.zh.isEmpty, "\(at): Chinese text is empty")
            #expect(!p.en.trimmingCharacters(in: .whitespaces).isEmpty, "\(at): English text is empty")
            #expect(!Self.hasCJK(p.en), "\(at): English text has Chinese characters: \(p.en)")
            #expect(Self.placeholders(p.zh) == Self.placeholders(p.en),
                    "\(at): placeholders differ: \(p.zh) / \(p.en)")
        }
    }

    /// The Chinese interface carries no English glosses (“缺少事项名称（name is required）”):
    /// the English text is the other language's, not a parenthesis inside the Chinese one.
    @Test func noChinesePhraseCarriesAnEnglishGloss() throws {
        let gloss = try Regex(#"[（(][A-Za-z][A-Za-z0-9{} ,'.;:-]* [A-Za-z0-9{} ,'.;:-]*[）)]"#)
        // Technical identifiers in brackets are not glosses: “（sha256 {2}）”, “（uid {4}）”.
        let technical = try Regex(#"^[（(](sha256|uid) "#)
        for p in try Self.phrases() {
            let found = p.zh.matches(of: gloss).filter { String(p.zh[$0.range]).firstMatch(of: technical) == nil }
            #expect(found.isEmpty, "\(p.file):\(p.line): English gloss in Chinese text: \(p.zh)")
        }
        #expect("缺少事项名称（name is required）".firstMatch(of: gloss) != nil)   // the scan finds one
        #expect("须先登记“{2}”环节。（the {2} step is not recorded）".firstMatch(of: gloss) != nil)   // with a placeholder
        #expect("再次补正告知（a second notice; the law asks for one）".firstMatch(of: gloss) != nil)
        #expect("补正期限（条例第三十条）（C5）".firstMatch(of: gloss) == nil)
    }

    @Test func theScannerFindsWhatItMustFind() {
        // The checks above and below are only as good as the literal scanner: prove it on a sample.
        let sample = """
            let a = "中文"  // "注释里的" is a comment
            /// "文档注释" too
            let b = "x \\(f("内")) y"
            let c = Phrase("有 {1} 件", "{1} items")
            throw CLIError("出错了")
            """
        let lits = Self.literals(in: sample)
        #expect(lits.map(\.text).contains("中文"))
        #expect(lits.map(\.text).contains("内"))
        #expect(!lits.map(\.text).contains { $0.contains("注释") })
        #expect(lits.first { $0.text == "内" }?.line == 3)
        #expect(Self.placeholders("有 {1} 件，{2}") == ["{1}", "{2}"])
        #expect(Self.hasCJK("，") && Self.hasCJK("汉") && !Self.hasCJK("Due in 3 working days"))
        #expect(lits.map(\.text).contains("出错了"))
    }

    @Test func noUITextBypassesTheCatalog() throws {
        var offenders: [String] = []
        for url in try Self.swiftFiles(under: Self.tuiSources) where !url.path.contains("/Language/") {
            var source = try String(contentsOf: url, encoding: .utf8)
            // Command aliases are words typed at the `:` prompt (`:退出`), not text shown.
            while let r = source.range(of: "aliases: [") {
                let end = source[r.upperBound...].firstIndex(of: "]") ?? source.endIndex
                let lines = source[r.lowerBound..<end].filter { $0 == "\n" }.count
                source.replaceSubrange(r.lowerBound..<end, with: "ALIASES" + String(repeating: "\n", count: lines))
            }
            for lit in Self.literals(in: source) where Self.hasCJK(lit.text) {
                offenders.append("\(url.path.replacingOccurrences(of: Self.tuiSources.path + "/", with: "")):\(lit.line): \(lit.text)")
            }
        }
        for url in Self.translatedFiles {
            let source = try String(contentsOf: url, encoding: .utf8)
            for lit in Self.literals(in: source) where Self.hasCJK(lit.text) {
                offenders.append("\(url.path.replacingOccurrences(of: Self.sources.path + "/", with: "")):\(lit.line): \(lit.text)")
            }
        }
        for url in try Self.swiftFiles(under: Self.cliSources) where !url.path.contains("/Language/") {
            let file = url.path.replacingOccurrences(of: Self.cliSources.path + "/", with: "")
            let source = try String(contentsOf: url, encoding: .utf8)
            // `--help` texts too: they are CLIText.Help phrases, so a Chinese `help:` literal is an offender.
            for lit in Self.literals(in: source) where Self.hasCJK(lit.text) {
                if Self.cliChineseAllowed.contains(where: { $0.file == file && lit.text.contains($0.text) }) { continue }
                offenders.append("gongkai/\(file):\(lit.line): \(lit.text)")
            }
        }
        for url in try Self.swiftFiles(under: Self.exchangeSources) where !url.path.contains("/Language/") {
            let file = url.path.replacingOccurrences(of: Self.exchangeSources.path + "/", with: "")
            let source = try String(contentsOf: url, encoding: .utf8)
            for lit in Self.literals(in: source) where Self.hasCJK(lit.text) {
                if Self.exchangeChineseAllowed.contains(where: { $0.file == file && ($0.text.map(lit.text.contains) ?? true) }) {
                    continue
                }
                offenders.append("GongkaiExchange/\(file):\(lit.line): \(lit.text)")
            }
        }
        for url in try Self.swiftFiles(under: Self.serverSources) where !url.path.contains("/Language/") {
            let source = try String(contentsOf: url, encoding: .utf8)
            for lit in Self.literals(in: source) where Self.hasCJK(lit.text) {
                offenders.append("GongkaiServer/\(url.lastPathComponent):\(lit.line): \(lit.text)")
            }
        }
        let report = "Chinese text outside the Language folders (put it in TUIText+/StoreText+/CoreText+/CLIText+/ExchangeText+/LettersText+/ServiceText+Area.swift):\n"
            + offenders.joined(separator: "\n")
        #expect(offenders.isEmpty, "\(report)")
    }

    @Test func phrasesFollowTheTaskLanguage() {
        #expect(TUIText.Panes.applications.text() == "申请")
        UILanguage.$current.withValue(.en) {
            #expect(TUIText.Panes.applications.text() == "Requests")
            #expect(PaneKind.applications.title == "Requests")
            #expect(DocumentState.inReview.displayName == "In review")
            #expect(Commands.spec("quit")?.summary == "Quit (asks first if there are unsaved changes)")
        }
        #expect(DocumentState.inReview.displayName == "待审核")
        // Either language's pane name is accepted as input whatever is in force.
        #expect(PaneKind(argument: "Requests") == .applications)
        #expect(PaneKind(argument: "申请") == .applications)
    }
}
