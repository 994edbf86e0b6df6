import Foundation
import Testing

/// 引用 — what the code cites, a reader of the repository can open: no source names an issue by its
/// number (the issue tracker is not in the repository) or the domain notes outside it
/// (`DOMAIN.md`); the rules the code relies on are cited in `Docs/` (Docs/领域规则.md,
/// Docs/CONVENTIONS.md, Docs/性能.md …).
@Suite struct SourceReferenceTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    /// Every Swift and C source under Sources/ (a missing folder throws).
    static func sourceFiles() throws -> [URL] {
        let sources = root.appendingPathComponent("Sources")
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: sources.path, isDirectory: &isDirectory), isDirectory.boolValue,
              let e = FileManager.default.enumerator(at: sources, includingPropertiesForKeys: nil) else {
            throw LayeringError(description: "no source folder \(sources.path)")
        }
        return e.compactMap { $0 as? URL }.filter { ["swift", "c", "h"].contains($0.pathExtension) }
    }

    /// The lines of `source` that cite an issue by number or DOMAIN.md.
    static func citations(in source: String) -> [Int] {
        let pattern = try! NSRegularExpression(pattern: #"\bissues?\s*#?\d+|#\d+\s+issue|DOMAIN\.md"#, options: [.caseInsensitive])
        return source.components(separatedBy: "\n").enumerated().compactMap { i, line in
            pattern.firstMatch(in: line, range: NSRange(line.startIndex..., in: line)) != nil ? i + 1 : nil
        }
    }

    @Test func theScanFindsEachKindOfCitation() {
        let sample = """
            /// the report (issue 20): one GROUP BY
            // see Issue #7
            /// the rules of DOMAIN.md
            /// the rules of Docs/领域规则.md; issues are filed by officers
            let issues = 3
            """
        #expect(Self.citations(in: sample) == [1, 2, 3])
    }

    @Test func noSourceCitesAnIssueNumberOrDomainNotes() throws {
        let files = try Self.sourceFiles()
        #expect(files.count > 300, "the sources are found")
        var found: [String] = []
        for url in files {
            let text = try String(contentsOf: url, encoding: .utf8)
            for line in Self.citations(in: text) {
                found.append(url.path.replacingOccurrences(of: Self.root.path + "/", with: "") + ":\(line)")
            }
        }
        #expect(found.isEmpty, "cite Docs/ instead: \(found)")
    }
}
