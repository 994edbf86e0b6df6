/// 文书的中性结构 — what a rendered template means, before it becomes Markdown, HTML or DOCX:
/// paragraphs with a layout role, each made of runs of template text and case data.
///
/// Template markup (one paragraph per line; see Docs/告知书与答复书.md):
/// - `# 标题` — the title, centred and bold;
/// - `## 文字` — a centred line (the letter's number);
/// - `>> 文字` — a right-aligned line (落款单位、日期);
/// - `<< 文字` — a line flush left with no indent (称呼 “张三：”, lists);
/// - any other line — a body paragraph, first line indented two characters;
/// - an empty line — vertical space (several count as one).
/// The markers count only in the template's own text: case data can never start a title.
public struct LetterDocument: Hashable, Sendable {
    public enum Role: String, Hashable, Sendable {
        case title, centered, right, flush, body, blank
    }

    public struct Run: Hashable, Sendable {
        public var text: String
        /// True for text that came from the case (applicant, content, notes …).
        public var fromCase: Bool
    }

    public struct Paragraph: Hashable, Sendable {
        public var role: Role
        public var runs: [Run]
        public var text: String { runs.map(\.text).joined() }
    }

    public var paragraphs: [Paragraph]

    /// The title (the first `# ` line), for file metadata.
    public var title: String { paragraphs.first { $0.role == .title }?.text ?? "" }

    /// The whole text, one paragraph a line (tests, previews).
    public var plainText: String { paragraphs.map(\.text).joined(separator: "\n") }

    /// Reads rendered template output.
    public init(rendered: String) {
        var out: [Paragraph] = []
        for rawLine in rendered.split(separator: "\n", omittingEmptySubsequences: false) {
            var line = Substring(rawLine)
            if line.hasSuffix("\r") { line = line.dropLast() }
            let trimmedStart = line.drop { $0 == " " || $0 == "\u{3000}" || $0 == "\t" }
            var role = Role.body
            var rest = trimmedStart
            for (marker, r) in [("# ", Role.title), ("## ", .centered), (">> ", .right), ("<< ", .flush)]
            where trimmedStart.hasPrefix(marker) {
                role = r
                rest = trimmedStart.dropFirst(marker.count)
            }
            let runs = Self.runs(rest)
            if runs.allSatisfy({ $0.text.trimmingCharacters(in: .whitespaces).isEmpty }) {
                if role == .body, let last = out.last, last.role != .blank { out.append(Paragraph(role: .blank, runs: [])) }
                continue
            }
            out.append(Paragraph(role: role, runs: runs))
        }
        while out.first?.role == .blank { out.removeFirst() }
        while out.last?.role == .blank { out.removeLast() }
        paragraphs = out
    }

    /// Splits a line at the case-data marks.
    static func runs(_ line: Substring) -> [Run] {
        var runs: [Run] = []
        var current = ""
        var inCase = false
        func flush() {
            if !current.isEmpty { runs.append(Run(text: current, fromCase: inCase)) }
            current = ""
        }
        for c in line {
            if c == LetterText.open { flush(); inCase = true; continue }
            if c == LetterText.close { flush(); inCase = false; continue }
            current.append(c)
        }
        flush()
        // Trailing spaces of the template line mean nothing on paper.
        if let last = runs.indices.last, !runs[last].fromCase {
            runs[last].text = String(runs[last].text.reversed().drop { $0 == " " }.reversed())
            if runs[last].text.isEmpty { runs.removeLast() }
        }
        return runs
    }
}
