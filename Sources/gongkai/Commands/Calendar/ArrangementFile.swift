import Foundation
import GongkaiCore
import TOMLKit

/// 节假日安排文件 — reads the administrator's TOML or JSON file into a validated arrangement
/// (HolidayArrangement.validated; Docs/领域规则.md §4). JSON when the file starts with `{`.
enum ArrangementFile {
    static func parse(_ data: Data, fileName: String) throws -> HolidayArrangement {
        let text: String
        do {
            text = try UTF8Text.decode([UInt8](data))
        } catch {
            throw CLIError(CLIText.Common.labelled.text([fileName, "\(error)"]))
        }
        do {
            if text.trimmingCharacters(in: .whitespacesAndNewlines).hasPrefix("{") {
                return try HolidayArrangement.fromJSON(data)
            }
            return try parseTOML(text)
        } catch let e as ArrangementError {
            throw CLIError(CLIText.Common.labelled.text([fileName, e.message]))
        }
    }

    static func parseTOML(_ text: String) throws -> HolidayArrangement {
        let table: TOMLTable
        do {
            table = try TOMLTable(string: text)
        } catch let e as TOMLParseError {
            throw CLIError(CLIText.Calendar.tomlError.text(["\(e.source.begin.line)", e.description]))
        }
        guard let year = table["year"]?.int else { throw CLIError(CLIText.Calendar.missingYear.text()) }
        guard let notice = table["notice"]?.string else { throw CLIError(CLIText.Calendar.missingNotice.text()) }
        guard let noticeDate = table["noticeDate"].flatMap(dateText) else {
            throw CLIError(CLIText.Calendar.missingNoticeDate.text())
        }
        guard let off = table["daysOff"]?.array else { throw CLIError(CLIText.Calendar.missingDaysOff.text()) }
        let makeUp = table["makeUpWorkdays"]?.array
        func strings(_ array: TOMLArray?, _ key: String) throws -> [String] {
            guard let array else { return [] }
            return try array.map { value in
                guard let s = dateText(value) else { throw CLIError(CLIText.Calendar.notADate.text([key, "\(value)"])) }
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
