// 读取电子表格 — the cell text of a workbook's first sheet (inline strings, shared strings and
// plain values), for tests that reopen what we wrote and for importing a ledger saved as .xlsx.
// Parsed with Foundation's XMLParser; formulas are not evaluated (their cached value is read).
import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Why a workbook could not be read. The importer (GongkaiExchange) words these in the
/// interface language; `description` is the Chinese reading.
public enum XLSXReaderError: Error, CustomStringConvertible {
    /// The bytes are not a zip package of a workbook (the reason from the zip reader).
    case notAWorkbook(String)
    /// A workbook with no worksheet.
    case noWorksheet
    public var description: String {
        switch self {
        case .notAWorkbook(let why): return "不是有效的 Excel 工作簿（.xlsx）：\(why)"
        case .noWorksheet: return "不是有效的 Excel 工作簿（.xlsx）：没有工作表"
        }
    }
}

public enum XLSXReader {
    /// The rows of the first worksheet, each padded to its last non-empty cell; row numbers
    /// without cells come back as empty rows so that index + 1 is the spreadsheet's row number.
    public static func rows(of data: Data) throws -> [[String]] {
        let parts: [String: Data]
        do { parts = try OOXMLPackage.parts(of: data) } catch { throw XLSXReaderError.notAWorkbook("\(error)") }
        guard let sheet = parts["xl/worksheets/sheet1.xml"]
                ?? parts.keys.filter({ $0.hasPrefix("xl/worksheets/") && $0.hasSuffix(".xml") }).sorted().first.flatMap({ parts[$0] })
        else { throw XLSXReaderError.noWorksheet }
        let shared = try parts["xl/sharedStrings.xml"].map(sharedStrings) ?? []
        let handler = SheetHandler(shared: shared)
        let parser = XMLParser(data: sheet)
        parser.delegate = handler
        guard parser.parse() else {
            throw XLSXReaderError.notAWorkbook(parser.parserError.map { "\($0)" } ?? "sheet XML")
        }
        return handler.rows
    }

    static func sharedStrings(_ data: Data) throws -> [String] {
        let handler = SharedStringsHandler()
        let parser = XMLParser(data: data)
        parser.delegate = handler
        guard parser.parse() else { throw XLSXReaderError.notAWorkbook("sharedStrings.xml") }
        return handler.strings
    }

    /// 0-based column index of a cell reference like `AB12`.
    static func columnIndex(_ reference: String) -> Int? {
        var n = 0, seen = false
        for s in reference.unicodeScalars {
            guard (65...90).contains(s.value) else { break }
            n = n * 26 + Int(s.value - 64)
            seen = true
        }
        return seen ? n - 1 : nil
    }

    final class SharedStringsHandler: NSObject, XMLParserDelegate {
        var strings: [String] = []
        private var current = "", inText = false
        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                    attributes: [String: String] = [:]) {
            if name == "si" { current = "" }
            if name == "t" { inText = true }
        }
        func parser(_ parser: XMLParser, foundCharacters string: String) { if inText { current += string } }
        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            if name == "t" { inText = false }
            if name == "si" { strings.append(current) }
        }
    }

    final class SheetHandler: NSObject, XMLParserDelegate {
        let shared: [String]
        var rows: [[String]] = []
        private var row: [String] = []
        private var rowNumber = 0
        private var column = 0
        private var type: String?
        private var text = ""
        private var collecting = false
        init(shared: [String]) { self.shared = shared }

        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                    attributes: [String: String] = [:]) {
            switch name {
            case "row":
                let number = attributes["r"].flatMap(Int.init) ?? rowNumber + 1
                while rows.count < number - 1 { rows.append([]) }
                rowNumber = number
                row = []
                column = 0
            case "c":
                column = attributes["r"].flatMap(XLSXReader.columnIndex) ?? row.count
                type = attributes["t"]
                text = ""
            case "t", "v":
                collecting = true
            default: break
            }
        }
        func parser(_ parser: XMLParser, foundCharacters string: String) { if collecting { text += string } }
        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            switch name {
            case "t", "v": collecting = false
            case "c":
                var value = text
                if type == "s", let i = Int(text), shared.indices.contains(i) { value = shared[i] }
                while row.count < column { row.append("") }
                if row.count == column { row.append(value) } else { row[column] = value }
            case "row":
                while let last = row.last, last.isEmpty { row.removeLast() }
                rows.append(row)
            default: break
            }
        }
    }
}
