// A minimal WordprocessingML package (ECMA-376 part 1, section 17): [Content_Types].xml,
// _rels/.rels, word/document.xml, word/styles.xml and word/_rels/document.xml.rels — enough for
// Word, WPS and LibreOffice to open a letter of plain paragraphs on A4.
import Foundation
import GongkaiCore

/// 段落对齐.
public enum DOCXAlignment: String, Sendable, Equatable {
    case left
    case center
    case right
    case both

    var jc: String { self == .left ? "left" : rawValue }
}

/// One run of text with its own weight (a paragraph is one or more runs).
public struct DOCXRun: Sendable, Equatable {
    public var text: String
    public var bold: Bool
    public init(_ text: String, bold: Bool = false) {
        self.text = text
        self.bold = bold
    }
}

/// One paragraph: runs, alignment, size in points, and the East Asian font.
public struct DOCXParagraph: Sendable, Equatable {
    public var runs: [DOCXRun]
    public var alignment: DOCXAlignment
    /// Font size in points (三号 = 16, 二号 = 22).
    public var size: Double
    /// East Asian font name (w:rFonts w:eastAsia), e.g. 仿宋_GB2312 or 宋体.
    public var eastAsianFont: String
    /// 首行缩进 in characters (公文 body: 2).
    public var firstLineChars: Int
    /// Space after the paragraph, in points.
    public var spaceAfter: Double

    public init(runs: [DOCXRun], alignment: DOCXAlignment = .left, size: Double = 16,
                eastAsianFont: String = DOCXDocument.bodyFont, firstLineChars: Int = 0, spaceAfter: Double = 0) {
        self.runs = runs
        self.alignment = alignment
        self.size = size
        self.eastAsianFont = eastAsianFont
        self.firstLineChars = firstLineChars
        self.spaceAfter = spaceAfter
    }

    public init(_ text: String, alignment: DOCXAlignment = .left, bold: Bool = false, size: Double = 16,
                eastAsianFont: String = DOCXDocument.bodyFont, firstLineChars: Int = 0) {
        self.init(runs: [DOCXRun(text, bold: bold)], alignment: alignment, size: size,
                  eastAsianFont: eastAsianFont, firstLineChars: firstLineChars)
    }

    /// The text of the paragraph (tests and digests of content).
    public var text: String { runs.map(\.text).joined() }
}

/// 表格单元格 — one cell of a `DOCXTable` grid. A cell merged across columns is one cell with
/// `gridSpan` > 1; a cell merged down rows is a `.restart` cell with `.continuation` cells below it
/// in the same grid column (how WordprocessingML writes vertical merges).
public struct DOCXTableCell: Sendable, Equatable {
    public enum VerticalMerge: String, Sendable, Equatable {
        case restart
        case continuation
    }

    public var paragraph: DOCXParagraph
    public var gridSpan: Int
    public var verticalMerge: VerticalMerge?

    public init(_ paragraph: DOCXParagraph, gridSpan: Int = 1, verticalMerge: VerticalMerge? = nil) {
        self.paragraph = paragraph
        self.gridSpan = max(1, gridSpan)
        self.verticalMerge = verticalMerge
    }

    /// The continuation of a vertical merge (its text is the restart cell's).
    public static func continuation(gridSpan: Int = 1) -> DOCXTableCell {
        DOCXTableCell(DOCXParagraph(""), gridSpan: gridSpan, verticalMerge: .continuation)
    }
}

/// 表格 — a bordered table of rows of cells on the page's full width; `columnWidths` in
/// twentieths of a point (their count is the grid's column count).
public struct DOCXTable: Sendable, Equatable {
    public var columnWidths: [Int]
    public var rows: [[DOCXTableCell]]

    public init(columnWidths: [Int], rows: [[DOCXTableCell]]) {
        self.columnWidths = columnWidths
        self.rows = rows
    }

    /// Every row covers the grid exactly (the spans add up to the column count).
    public var isRectangular: Bool {
        rows.allSatisfy { $0.reduce(0) { $0 + $1.gridSpan } == columnWidths.count }
    }
}

/// 文档块 — a paragraph or a table, in page order.
public enum DOCXBlock: Sendable, Equatable {
    case paragraph(DOCXParagraph)
    case table(DOCXTable)
}

/// 文书的 Word 文件 — paragraphs (and tables) on an A4 page with 公文 margins (GB/T 9704: 上 37 mm, 下 35 mm,
/// 左 28 mm, 右 26 mm).
public struct DOCXDocument: Sendable, Equatable {
    public static let bodyFont = "仿宋_GB2312"
    public static let titleFont = "宋体"

    /// The body in page order.
    public var blocks: [DOCXBlock]
    /// dc:title in docProps/core.xml.
    public var title: String

    public init(paragraphs: [DOCXParagraph], title: String = "") {
        self.blocks = paragraphs.map { .paragraph($0) }
        self.title = title
    }

    public init(blocks: [DOCXBlock], title: String = "") {
        self.blocks = blocks
        self.title = title
    }

    /// The paragraphs outside tables (setting it replaces the whole body).
    public var paragraphs: [DOCXParagraph] {
        get { blocks.compactMap { if case .paragraph(let p) = $0 { return p } else { return nil } } }
        set { blocks = newValue.map { .paragraph($0) } }
    }

    /// The tables, in page order.
    public var tables: [DOCXTable] {
        blocks.compactMap { if case .table(let t) = $0 { return t } else { return nil } }
    }

    /// The .docx bytes. The same document always gives the same bytes (the zip dates are fixed),
    /// so the digest recorded on the timeline identifies the content.
    public func data() throws -> Data {
        try OOXMLPackage.archive([
            OOXMLPart(path: "[Content_Types].xml", xml: Self.contentTypes),
            OOXMLPart(path: "_rels/.rels", xml: Self.packageRels),
            OOXMLPart(path: "word/document.xml", xml: documentXML),
            OOXMLPart(path: "word/_rels/document.xml.rels", xml: Self.documentRels),
            OOXMLPart(path: "word/styles.xml", xml: Self.styles),
            OOXMLPart(path: "docProps/core.xml", xml: coreXML),
        ])
    }

    static let xmlHeader = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
    static let wNS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

    static let contentTypes = xmlHeader + """
        <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
        <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
        <Default Extension="xml" ContentType="application/xml"/>\
        <Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>\
        <Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>\
        <Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>\
        </Types>
        """

    static let packageRels = xmlHeader + """
        <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
        <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>\
        <Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>\
        </Relationships>
        """

    static let documentRels = xmlHeader + """
        <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
        <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>\
        </Relationships>
        """

    static let styles = xmlHeader + """
        <w:styles xmlns:w="\(wNS)">\
        <w:docDefaults><w:rPrDefault><w:rPr>\
        <w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="\(bodyFont)" w:cs="Times New Roman"/>\
        <w:sz w:val="32"/><w:szCs w:val="32"/><w:lang w:val="en-US" w:eastAsia="zh-CN"/>\
        </w:rPr></w:rPrDefault>\
        <w:pPrDefault><w:pPr><w:spacing w:line="560" w:lineRule="exact"/></w:pPr></w:pPrDefault></w:docDefaults>\
        <w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>\
        </w:styles>
        """

    var coreXML: String {
        Self.xmlHeader + """
            <cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" \
            xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>\(MarkupEscaper.escape(title, for: .xml))</dc:title></cp:coreProperties>
            """
    }

    /// One paragraph's XML; `compact` drops the fixed line spacing (table cells).
    static func paragraphXML(_ p: DOCXParagraph, compact: Bool = false) -> String {
        var body = "<w:p><w:pPr>"
        if compact { body += "<w:spacing w:after=\"0\" w:line=\"240\" w:lineRule=\"auto\"/>" }
        else if p.spaceAfter > 0 { body += "<w:spacing w:after=\"\(Int(p.spaceAfter * 20))\"/>" }
        if p.firstLineChars > 0 { body += "<w:ind w:firstLineChars=\"\(p.firstLineChars * 100)\"/>" }
        body += "<w:jc w:val=\"\(p.alignment.jc)\"/></w:pPr>"
        let font = MarkupEscaper.escape(p.eastAsianFont, for: .xml)
        let halfPoints = Int((p.size * 2).rounded())
        for run in p.runs where !run.text.isEmpty {
            body += "<w:r><w:rPr><w:rFonts w:eastAsia=\"\(font)\" w:hint=\"eastAsia\"/>"
            if run.bold { body += "<w:b/><w:bCs/>" }
            body += "<w:sz w:val=\"\(halfPoints)\"/><w:szCs w:val=\"\(halfPoints)\"/></w:rPr>"
            body += "<w:t xml:space=\"preserve\">\(MarkupEscaper.escape(run.text, for: .xml))</w:t></w:r>"
        }
        return body + "</w:p>"
    }

    /// One table's XML: single borders, fixed grid, merges as gridSpan / vMerge.
    static func tableXML(_ t: DOCXTable) -> String {
        var x = "<w:tbl><w:tblPr><w:tblW w:w=\"\(t.columnWidths.reduce(0, +))\" w:type=\"dxa\"/>"
        x += "<w:jc w:val=\"center\"/><w:tblBorders>"
        for edge in ["top", "left", "bottom", "right", "insideH", "insideV"] {
            x += "<w:\(edge) w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"000000\"/>"
        }
        x += "</w:tblBorders><w:tblLayout w:type=\"fixed\"/></w:tblPr><w:tblGrid>"
        for w in t.columnWidths { x += "<w:gridCol w:w=\"\(w)\"/>" }
        x += "</w:tblGrid>"
        for row in t.rows {
            x += "<w:tr>"
            var column = 0
            for cell in row {
                let width = t.columnWidths[min(column, t.columnWidths.count - 1)..<min(column + cell.gridSpan, t.columnWidths.count)].reduce(0, +)
                x += "<w:tc><w:tcPr><w:tcW w:w=\"\(width)\" w:type=\"dxa\"/>"
                if cell.gridSpan > 1 { x += "<w:gridSpan w:val=\"\(cell.gridSpan)\"/>" }
                switch cell.verticalMerge {
                case .restart: x += "<w:vMerge w:val=\"restart\"/>"
                case .continuation: x += "<w:vMerge/>"
                case nil: break
                }
                x += "<w:vAlign w:val=\"center\"/></w:tcPr>" + paragraphXML(cell.paragraph, compact: true) + "</w:tc>"
                column += cell.gridSpan
            }
            x += "</w:tr>"
        }
        return x + "</w:tbl>"
    }

    /// word/document.xml — every text node escaped; spaces kept (xml:space="preserve").
    public var documentXML: String {
        var body = ""
        for block in blocks {
            switch block {
            case .paragraph(let p): body += Self.paragraphXML(p)
            case .table(let t): body += Self.tableXML(t) + "<w:p/>"
            }
        }
        // A4 (210 × 297 mm) in twentieths of a point; 公文 margins.
        body += """
            <w:sectPr><w:pgSz w:w="11906" w:h="16838"/>\
            <w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1588" w:header="851" w:footer="992" w:gutter="0"/>\
            </w:sectPr>
            """
        return Self.xmlHeader + "<w:document xmlns:w=\"\(Self.wNS)\"><w:body>" + body + "</w:body></w:document>"
    }
}
