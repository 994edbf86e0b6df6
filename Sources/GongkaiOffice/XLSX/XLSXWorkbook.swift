// 电子表格 — a real .xlsx workbook (SpreadsheetML, ECMA-376 part 1 section 18): one sheet per
// table, every cell an inline string (no formulas, so a value from outside can never run as one),
// the header row bold and frozen. Built with OOXMLPackage; read back with XLSXReader.
import Foundation
import GongkaiCore

/// One worksheet: its name (at most 31 characters, no `[]:*?/\`) and its rows, the first the header.
public struct XLSXSheet: Sendable, Equatable {
    public var name: String
    public var rows: [[String]]
    public init(name: String, rows: [[String]]) {
        self.name = name
        self.rows = rows
    }
}

public enum XLSXWorkbook {
    /// The bytes of a workbook holding `sheets` in order.
    public static func data(_ sheets: [XLSXSheet]) throws -> Data {
        let sheets = sheets.isEmpty ? [XLSXSheet(name: "Sheet1", rows: [])] : sheets
        var parts: [OOXMLPart] = []
        var overrides = ""
        for i in sheets.indices {
            overrides += "<Override PartName=\"/xl/worksheets/sheet\(i + 1).xml\" "
                + "ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
        }
        parts.append(OOXMLPart(path: "[Content_Types].xml", xml: """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
            <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
            <Default Extension="xml" ContentType="application/xml"/>\
            <Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>\
            <Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>\
            \(overrides)</Types>
            """))
        parts.append(OOXMLPart(path: "_rels/.rels", xml: """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
            <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>\
            </Relationships>
            """))
        var sheetList = "", rels = ""
        var used = Set<String>()
        for (i, sheet) in sheets.enumerated() {
            let name = uniqueName(sheetName(sheet.name, index: i + 1), used: &used)
            sheetList += "<sheet name=\"\(MarkupEscaper.escape(name, for: .xml))\" sheetId=\"\(i + 1)\" r:id=\"rId\(i + 1)\"/>"
            rels += "<Relationship Id=\"rId\(i + 1)\" "
                + "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" "
                + "Target=\"worksheets/sheet\(i + 1).xml\"/>"
        }
        rels += "<Relationship Id=\"rId\(sheets.count + 1)\" "
            + "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/>"
        parts.append(OOXMLPart(path: "xl/workbook.xml", xml: """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" \
            xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">\
            <sheets>\(sheetList)</sheets></workbook>
            """))
        parts.append(OOXMLPart(path: "xl/_rels/workbook.xml.rels", xml: """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\(rels)</Relationships>
            """))
        parts.append(OOXMLPart(path: "xl/styles.xml", xml: styles))
        for (i, sheet) in sheets.enumerated() {
            parts.append(OOXMLPart(path: "xl/worksheets/sheet\(i + 1).xml", xml: worksheet(sheet.rows)))
        }
        return try OOXMLPackage.archive(parts)
    }

    /// `A`, `B`, … `Z`, `AA` … for a 0-based column index.
    public static func columnName(_ index: Int) -> String {
        var n = index + 1, name = ""
        while n > 0 {
            let r = (n - 1) % 26
            name = String(UnicodeScalar(UInt8(65 + r))) + name
            n = (n - 1) / 26
        }
        return name
    }

    static func worksheet(_ rows: [[String]]) -> String {
        var xml = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
            """
        if rows.count > 1 {
            xml += "<sheetViews><sheetView workbookViewId=\"0\"><pane ySplit=\"1\" topLeftCell=\"A2\" "
                + "activePane=\"bottomLeft\" state=\"frozen\"/></sheetView></sheetViews>"
        }
        let width = rows.map(\.count).max() ?? 0
        if width > 0 {
            xml += "<cols>"
            for c in 0..<width {
                // About two cells per CJK character, capped: wide enough to read, not a whole body.
                let longest = rows.prefix(200).map { c < $0.count ? displayWidth($0[c]) : 0 }.max() ?? 8
                xml += "<col min=\"\(c + 1)\" max=\"\(c + 1)\" width=\"\(min(60, max(8, longest + 2)))\" customWidth=\"1\"/>"
            }
            xml += "</cols>"
        }
        xml += "<sheetData>"
        for (r, row) in rows.enumerated() {
            xml += "<row r=\"\(r + 1)\">"
            for (c, value) in row.enumerated() where !value.isEmpty {
                let style = r == 0 ? " s=\"1\"" : ""
                xml += "<c r=\"\(columnName(c))\(r + 1)\" t=\"inlineStr\"\(style)><is><t xml:space=\"preserve\">"
                    + MarkupEscaper.escape(value, for: .xml) + "</t></is></c>"
            }
            xml += "</row>"
        }
        return xml + "</sheetData></worksheet>"
    }

    static func displayWidth(_ s: String) -> Int {
        s.prefix(80).unicodeScalars.reduce(0) { $0 + ($1.value > 0x2E80 ? 2 : 1) }
    }

    /// Excel's rules for a sheet name: 1–31 characters, none of `[]:*?/\`.
    static func sheetName(_ raw: String, index: Int) -> String {
        let cleaned = String(raw.filter { !"[]:*?/\\".contains($0) }.prefix(31))
        return cleaned.trimmingCharacters(in: .whitespaces).isEmpty ? "Sheet\(index)" : cleaned
    }

    static func uniqueName(_ name: String, used: inout Set<String>) -> String {
        var candidate = name, n = 2
        while used.contains(candidate.lowercased()) {
            let suffix = "(\(n))"
            candidate = String(name.prefix(31 - suffix.count)) + suffix
            n += 1
        }
        used.insert(candidate.lowercased())
        return candidate
    }

    static let styles = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">\
        <fonts count="2"><font><sz val="11"/><name val="宋体"/></font><font><b/><sz val="11"/><name val="宋体"/></font></fonts>\
        <fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>\
        <borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>\
        <cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>\
        <cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>\
        <xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/></cellXfs>\
        <cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>\
        </styleSheet>
        """
}
