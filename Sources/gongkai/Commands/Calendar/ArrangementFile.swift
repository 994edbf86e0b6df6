import Foundation
import GongkaiCore
import TOMLKit

/// 节假日安排文件 — reads the administrator's TOML or JSON file into a validated arrangement
/// (HolidayArrangement.validated; DOMAIN.md section 4). JSON when the file starts with `{`.
enum ArrangementFile {
    static func parse(_ data: Data, fileName: String) throws -> HolidayArrangement {
        let text: String
        do {
            text = try UTF8Text.decode([UInt8](data))
        } catch {
            throw CLIError("\(fileName)：\(error)")
        }
        do {
            if text.trimmingCharacters(in: .whitespacesAndNewlines).hasPrefix("{") {
                return try HolidayArrangement.fromJSON(data)
            }
            return try parseTOML(text)
        } catch let e as ArrangementError {
            throw CLIError("\(fileName)：\(e.message)")
        }
    }

    static func parseTOML(_ text: String) throws -> HolidayArrangement {
        let table: TOMLTable
        do {
            table = try TOMLTable(string: text)
        } catch let e as TOMLParseError {
            throw CLIError("TOML 格式错误（第 \(e.source.begin.line) 行）：\(e.description)")
        }
        guard let year = table["year"]?.int else { throw CLIError("安排文件缺少整数字段 year（如 year = 2027）") }
        guard let notice = table["notice"]?.string else { throw CLIError("安排文件缺少字段 notice（通知标题）") }
        guard let noticeDate = table["noticeDate"].flatMap(dateText) else {
            throw CLIError("安排文件缺少字段 noticeDate（通知发布日期 YYYY-MM-DD）")
        }
        guard let off = table["daysOff"]?.array else { throw CLIError("安排文件缺少数组 daysOff（放假日期）") }
        let makeUp = table["makeUpWorkdays"]?.array
        func strings(_ array: TOMLArray?, _ key: String) throws -> [String] {
            guard let array else { return [] }
            return try array.map { value in
                guard let s = dateText(value) else { throw CLIError("\(key) 中的“\(value)”不是日期或日期区间") }
                return s
            }
        }
        return try HolidayArrangement.validated(year: year, notice: notice, noticeDate: noticeDate,
                                                daysOff: try strings(off, "daysOff"),
                                                makeUpWorkdays: try strings(makeUp, "makeUpWorkdays"))
    }

    /// A quoted string, or a TOML local date (`noticeDate = 2026-11-10`) written back as ISO.
    static func dateText(_ value: any TOMLValueConvertible) -> String? {
        if let s = value.string { return s }
        if let d = value.date, let c = CivilDate(year: d.year, month: d.month, day: d.day) { return c.iso }
        return nil
    }
}
