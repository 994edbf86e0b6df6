// A minimal WordprocessingML package (ECMA-376 part 1, section 17): [Content_Types].xml,
// _rels/.rels, word/document.xml, word/styles.xml and word/_rels/document.xml.rels — enough for
// Word, WPS and LibreOffice to open a letter of plain paragraphs on A4.
import Foundation

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

/// 文书的 Word 文件 — paragraphs on an A4 page with 公文 margins (GB/T 9704: 上 37 mm, 下 35 mm,
/// 左 28 mm, 右 26 mm).
public struct DOCXDocument: Sendable, Equatable {
    public static let bodyFont = "仿宋_GB2312"
    public static let titleFont = "宋体"

    public var paragraphs: [DOCXParagraph]
    /// dc:title in docProps/core.xml.
    public var title: String

    public init(paragraphs: [DOCXParagraph], title: String = "") {
        self.paragraphs = paragraphs
        self.title = title
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
            xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>\(OOXMLPackage.escapeXML(title))</dc:title></cp:coreProperties>
            """
    }

    /// word/document.xml — every text node escaped; spaces kept (xml:space="preserve").
    public var documentXML: String {
        var body = ""
        for p in paragraphs {
            body += "<w:p><w:pPr>"
            if p.spaceAfter > 0 { body += "<w:spacing w:after=\"\(Int(p.spaceAfter * 20))\"/>" }
            if p.firstLineChars > 0 { body += "<w:ind w:firstLineChars=\"\(p.firstLineChars * 100)\"/>" }
            body += "<w:jc w:val=\"\(p.alignment.jc)\"/></w:pPr>"
            let font = OOXMLPackage.escapeXML(p.eastAsianFont)
            let halfPoints = Int((p.size * 2).rounded())
            for run in p.runs where !run.text.isEmpty {
                body += "<w:r><w:rPr><w:rFonts w:eastAsia=\"\(font)\" w:hint=\"eastAsia\"/>"
                if run.bold { body += "<w:b/><w:bCs/>" }
                body += "<w:sz w:val=\"\(halfPoints)\"/><w:szCs w:val=\"\(halfPoints)\"/></w:rPr>"
                body += "<w:t xml:space=\"preserve\">\(OOXMLPackage.escapeXML(run.text))</w:t></w:r>"
            }
            body += "</w:p>"
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
