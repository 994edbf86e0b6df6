import GongkaiCore

/// 表格日期 — the dates offices type in Excel/WPS: ISO `2026-03-05`, `2026-3-5`, `2026/3/5`,
/// `2026.3.5`, `2026年3月5日`, each optionally followed by a time (`2026/3/5 0:00`), and Excel's
/// serial day numbers (a date cell read from a workbook: 46086 = 2026-03-05).
public enum ExchangeDate {
    public static func parse(_ raw: String) -> CivilDate? {
        plainISO(raw) ?? general(raw)
    }

    /// Every accepted form (`ImportDateTests` keeps `plainISO` equal to it).
    static func general(_ raw: String) -> CivilDate? {
        var text = raw.trimmingCharacters(in: .whitespaces)
        if let space = text.firstIndex(where: { $0 == " " || $0 == "T" }) { text = String(text[..<space]) }
        if text.hasSuffix(ExchangeInputWords.daySuffix) { text.removeLast() }
        if let serial = Int(text), (20_000...80_000).contains(serial) {
            // Excel's day 1 is 1900-01-01 counting the fictitious 1900-02-29: day 0 is 1899-12-30.
            return CivilDate(year: 1899, month: 12, day: 30)?.adding(days: serial)
        }
        let parts = text.split(whereSeparator: { ExchangeInputWords.dateSeparators.contains($0) }).map(String.init)
        guard parts.count == 3, parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCII) && Int($0) != nil }),
              parts[0].count == 4, parts[1].count <= 2, parts[2].count <= 2,
              let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]) else { return nil }
        return CivilDate(year: y, month: m, day: d)
    }

    /// `2025-03-05` exactly (nearly every date cell of a ledger): read straight from its ten bytes,
    /// the same date the general reading above gives (an import reads thousands; Docs/性能.md).
    static func plainISO(_ text: String) -> CivilDate? {
        var digits = 0, fields = (0, 0, 0), index = 0
        guard text.utf8.count == 10 else { return nil }
        for byte in text.utf8 {
            switch index {
            case 4, 7:
                guard byte == UInt8(ascii: "-") else { return nil }
            default:
                guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
                digits = digits * 10 + Int(byte - UInt8(ascii: "0"))
                if index == 3 { fields.0 = digits; digits = 0 }
                if index == 6 { fields.1 = digits; digits = 0 }
                if index == 9 { fields.2 = digits }
            }
            index += 1
        }
        return CivilDate(year: fields.0, month: fields.1, day: fields.2)
    }
}
