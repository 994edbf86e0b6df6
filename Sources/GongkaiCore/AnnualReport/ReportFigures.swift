import Foundation

/// 填报数字 — the table-二 figures that come from other systems and are entered by the officer for the
/// year: 第二十条第（五）项 行政许可, 第（六）项 行政处罚、行政强制 (本年处理决定数量), 第（八）项
/// 行政事业性收费 (本年收费金额，万元) — 国办公开办函〔2021〕30号 表二.
///
/// ★ Fee rule (the contract is silent): the amount is a `Decimal` in 万元 with **at most 4 decimal
/// places**, i.e. exact to the yuan (0.0001 万元 = 1 元). More places are refused, not rounded: an
/// entered figure is never changed silently. It is printed with exactly 4 places (`12.3400`), so the
/// printed figure shows its precision and columns line up. In JSON it is a number.
public struct ReportFigures: Hashable, Sendable, Codable {
    /// 行政许可 本年处理决定数量 — 第二十条第（五）项.
    public var licensingDecisions: Int
    /// 行政处罚 本年处理决定数量 — 第二十条第（六）项.
    public var penaltyDecisions: Int
    /// 行政强制 本年处理决定数量 — 第二十条第（六）项.
    public var compulsionDecisions: Int
    /// 行政事业性收费 本年收费金额（万元） — 第二十条第（八）项.
    public var feeAmount: Decimal

    public init(licensingDecisions: Int = 0, penaltyDecisions: Int = 0,
                compulsionDecisions: Int = 0, feeAmount: Decimal = 0) {
        self.licensingDecisions = licensingDecisions
        self.penaltyDecisions = penaltyDecisions
        self.compulsionDecisions = compulsionDecisions
        self.feeAmount = feeAmount
    }

    /// 金额小数位上限 — 万元 to 4 places = to the yuan.
    public static let feeDecimalPlaces = 4

    /// Every rule the figures break, in Chinese; empty when they are valid.
    public var validationErrors: [String] {
        var e: [String] = []
        for (name, v) in [("行政许可本年处理决定数量", licensingDecisions),
                          ("行政处罚本年处理决定数量", penaltyDecisions),
                          ("行政强制本年处理决定数量", compulsionDecisions)] where v < 0 {
            e.append("\(name)不能为负数（\(v)）")
        }
        if feeAmount < 0 { e.append("行政事业性收费本年收费金额不能为负数（\(feeAmount)）") }
        if ReportFigures.decimalPlaces(of: feeAmount) > ReportFigures.feeDecimalPlaces {
            e.append("行政事业性收费本年收费金额以万元为单位，最多 4 位小数（精确到元）：\(feeAmount)")
        }
        return e
    }

    /// Parses a count typed by the officer: a non-negative whole number (ASCII or full-width digits).
    public static func parseCount(_ text: String, field: String) throws -> Int {
        let t = normalise(text)
        guard !t.isEmpty, t.allSatisfy({ $0.isASCII && $0.isNumber }), let v = Int(t) else {
            throw ReportFiguresError(message: "\(field)应为非负整数：\(text)")
        }
        return v
    }

    /// Parses an amount in 万元 typed by the officer: non-negative, at most 4 decimal places.
    public static func parseAmount(_ text: String, field: String = "行政事业性收费本年收费金额（万元）") throws -> Decimal {
        let t = normalise(text)
        let parts = t.split(separator: ".", omittingEmptySubsequences: false)
        let digitsOnly = parts.allSatisfy { $0.allSatisfy { $0.isASCII && $0.isNumber } }
        guard !t.isEmpty, parts.count <= 2, digitsOnly, !parts[0].isEmpty,
              parts.count == 1 || !parts[1].isEmpty,
              let v = Decimal(string: t, locale: Locale(identifier: "en_US_POSIX")) else {
            throw ReportFiguresError(message: "\(field)应为非负数（万元）：\(text)")
        }
        if parts.count == 2 && parts[1].count > feeDecimalPlaces {
            throw ReportFiguresError(message: "\(field)以万元为单位，最多 4 位小数（精确到元）：\(text)")
        }
        return v
    }

    /// The amount as printed: exactly 4 decimal places, no grouping (`1234.5000`).
    public static func formatAmount(_ amount: Decimal) -> String {
        var v = amount, r = Decimal()
        NSDecimalRound(&r, &v, feeDecimalPlaces, .plain)
        let negative = r < 0
        var s = (negative ? -r : r).description
        if let dot = s.firstIndex(of: ".") {
            let places = s.distance(from: s.index(after: dot), to: s.endIndex)
            s += String(repeating: "0", count: max(0, feeDecimalPlaces - places))
        } else {
            s += "." + String(repeating: "0", count: feeDecimalPlaces)
        }
        return (negative ? "-" : "") + s
    }

    /// Decimal places actually used by `value` (trailing zeros do not count).
    static func decimalPlaces(of value: Decimal) -> Int {
        let s = value.description
        guard let dot = s.firstIndex(of: ".") else { return 0 }
        return s[s.index(after: dot)...].reversed().drop(while: { $0 == "0" }).count
    }

    /// Trims spaces and turns full-width digits and the full-width point (from Chinese input
    /// methods) into ASCII; removes thousands separators.
    private static func normalise(_ text: String) -> String {
        var out = ""
        for s in text.trimmingCharacters(in: .whitespaces).unicodeScalars {
            switch s.value {
            case 0xFF10...0xFF19: out.unicodeScalars.append(Unicode.Scalar(s.value - 0xFF10 + 0x30)!)
            case 0xFF0E: out.append(".")
            case 0x2C, 0xFF0C: continue
            default: out.unicodeScalars.append(s)
            }
        }
        return out
    }

    /// 汇总 — the figures of several units added up.
    public static func + (a: ReportFigures, b: ReportFigures) -> ReportFigures {
        ReportFigures(licensingDecisions: a.licensingDecisions + b.licensingDecisions,
                      penaltyDecisions: a.penaltyDecisions + b.penaltyDecisions,
                      compulsionDecisions: a.compulsionDecisions + b.compulsionDecisions,
                      feeAmount: a.feeAmount + b.feeAmount)
    }
}

/// 填报错误 — a figure typed by the officer that is not acceptable; `message` is Chinese.
public struct ReportFiguresError: Error, Hashable, Sendable, CustomStringConvertible {
    public var message: String
    public var description: String { message }
}
