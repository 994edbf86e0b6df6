/// 表格文件（CSV） — the report's tables as CSV that WPS and Excel open in Chinese: UTF-8 with a
/// byte-order mark (without it both guess GBK and show mojibake), CRLF line ends, RFC 4180 quoting.
public enum ReportCSV {
    /// U+FEFF, written first so spreadsheet programs recognise UTF-8.
    public static let byteOrderMark = "\u{FEFF}"

    /// The rows as CSV text, BOM first.
    public static func text(_ rows: [[String]]) -> String {
        byteOrderMark + rows.map { $0.map(field).joined(separator: ",") + "\r\n" }.joined()
    }

    /// One field, quoted when it holds a comma, a quote, a line break or leading/trailing space;
    /// quotes doubled. A field starting with = + - @ is prefixed with ' so that a spreadsheet never
    /// runs typed text as a formula (CSV injection).
    static func field(_ s: String) -> String {
        var v = s
        if let first = v.first, "=+-@".contains(first), Int(v) == nil { v = "'" + v }
        let needsQuotes = v.contains { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }
            || v.first == " " || v.last == " "
        return needsQuotes ? "\"" + v.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : v
    }
}
