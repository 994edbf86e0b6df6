import Foundation
import GongkaiCore
import GongkaiOffice

/// 输出格式 — Markdown, printable HTML, or a Word document.
public enum LetterFormat: String, Sendable, CaseIterable, Codable {
    case md
    case html
    case docx

    public var fileExtension: String { rawValue }

    /// The file's bytes for `document`.
    public func data(_ document: LetterDocument) throws -> Data {
        switch self {
        case .md: return Data(LetterMarkdown.render(document).utf8)
        case .html: return Data(LetterHTML.render(document).utf8)
        case .docx: return try LetterDOCX.document(document).data()
        }
    }
}

/// Markdown: case data and template text are both escaped, so nothing the applicant wrote can
/// become a heading, a link, an HTML tag or an entity.
public enum LetterMarkdown {
    public static func render(_ doc: LetterDocument) -> String {
        var blocks: [String] = []
        for p in doc.paragraphs {
            let text = MarkupEscaper.escape(p.text, for: .markdown)
            switch p.role {
            case .blank: continue
            case .title: blocks.append("# " + text)
            case .centered: blocks.append("**" + text + "**")
            case .right, .flush, .body: blocks.append(text)
            }
        }
        return blocks.joined(separator: "\n\n") + "\n"
    }
}

/// Printable HTML: A4 page, 仿宋 body and 宋体 title, centred title, right-aligned signature; every
/// character of text escaped.
public enum LetterHTML {
    static let style = """
        @page { size: A4; margin: 37mm 26mm 35mm 28mm; }
        body { font-family: "仿宋_GB2312", "FangSong_GB2312", "仿宋", "FangSong", "STFangsong", "宋体", "SimSun", serif;
               font-size: 16pt; line-height: 28pt; max-width: 156mm; margin: 2em auto; color: #000; }
        h1 { font-family: "方正小标宋简体", "宋体", "SimSun", "Songti SC", serif; font-size: 22pt; line-height: 32pt;
             text-align: center; font-weight: bold; margin: 0 0 12pt; }
        p { margin: 0; text-indent: 2em; text-align: justify; }
        p.center { text-align: center; text-indent: 0; }
        p.right { text-align: right; text-indent: 0; }
        p.flush { text-indent: 0; }
        p.blank { height: 28pt; }
        @media print { body { margin: 0; max-width: none; } }
        """

    public static func render(_ doc: LetterDocument) -> String {
        var body = ""
        for p in doc.paragraphs {
            let text = MarkupEscaper.escape(p.text, for: .htmlText)
            switch p.role {
            case .title: body += "<h1>\(text)</h1>\n"
            case .centered: body += "<p class=\"center\">\(text)</p>\n"
            case .right: body += "<p class=\"right\">\(text)</p>\n"
            case .flush: body += "<p class=\"flush\">\(text)</p>\n"
            case .body: body += "<p>\(text)</p>\n"
            case .blank: body += "<p class=\"blank\"></p>\n"
            }
        }
        return """
            <!DOCTYPE html>
            <html lang="zh-CN">
            <head>
            <meta charset="utf-8">
            <title>\(MarkupEscaper.escape(doc.title, for: .htmlText))</title>
            <style>
            \(style)
            </style>
            </head>
            <body>
            \(body)</body>
            </html>

            """
    }
}

/// Word: the same paragraphs through GongkaiOffice's DOCX writer (title 二号 宋体 bold centred,
/// body 三号 仿宋_GB2312 indented two characters, signature right-aligned).
public enum LetterDOCX {
    public static func document(_ doc: LetterDocument) -> DOCXDocument {
        let paragraphs = doc.paragraphs.map { p -> DOCXParagraph in
            let runs = p.runs.map { DOCXRun($0.text, bold: p.role == .title) }
            switch p.role {
            case .title:
                return DOCXParagraph(runs: runs, alignment: .center, size: 22, eastAsianFont: DOCXDocument.titleFont,
                                     spaceAfter: 12)
            case .centered: return DOCXParagraph(runs: runs, alignment: .center)
            case .right: return DOCXParagraph(runs: runs, alignment: .right)
            case .flush: return DOCXParagraph(runs: runs, alignment: .left)
            case .body: return DOCXParagraph(runs: runs, alignment: .both, firstLineChars: 2)
            case .blank: return DOCXParagraph(runs: [], alignment: .left)
            }
        }
        return DOCXDocument(paragraphs: paragraphs, title: doc.title)
    }
}
