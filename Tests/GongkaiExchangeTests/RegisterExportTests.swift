import Foundation
import Testing
@testable import GongkaiCore
@testable import GongkaiExchange
@testable import GongkaiOffice
@testable import GongkaiStore

/// 登记簿导出 — `gongkai export duties|consultations|inspections` (issue 13 with issue 12).
@Suite("登记簿导出 Register exports")
struct RegisterExportTests {
    static let registerKinds: [ExportKind] = [.duties, .consultations, .inspections]

    /// Demo data plus: a cancelled 县教育局 entry, an inspection of 城关镇 entered by its clerk.
    func service() throws -> GongkaiService {
        let s = try demoService()
        try s.updateDuty(id: "QZ0002", UpdateDutyRequest(cancel: true, date: day("2026-11-20"), reason: "法律修改"))
        _ = try acting("wang.cg", on: s).addInspection(AddInspectionRequest(
            date: day("2026-11-25"), inspector: "王芳", channelKind: .newMedia, channel: "城关镇微信公众号",
            failed: [.antiVirus], problems: "后台电脑病毒库过期"))
        return s
    }

    @Test(arguments: RegisterExportTests.registerKinds, ExportFormat.allCases)
    func eachRegisterExportsInEachFormat(_ kind: ExportKind, _ format: ExportFormat) throws {
        let s = try service()
        let table = try kind.table(s)
        #expect(!table.rows.isEmpty)
        #expect(table.rows.allSatisfy { $0.count == table.columns.count })
        let data = try format.data(table)
        switch format {
        case .xlsx:
            // The workbook reopens with the same cells (our reader drops trailing empty cells).
            let rows = try XLSXReader.rows(of: data)
            #expect(rows.first == table.columns.map(\.header))
            #expect(Array(rows.dropFirst()) == table.rows.map { row in
                var r = row
                while let last = r.last, last.isEmpty { r.removeLast() }
                return r
            })
        case .csv:
            let text = String(decoding: data, as: UTF8.self)
            #expect(text.hasPrefix("\u{FEFF}" + table.columns.map(\.header).joined(separator: ",") + "\r\n"))
            for row in table.rows { #expect(text.contains(row[1]), "\(row)") }
        case .json:
            let objects = try #require(try JSONSerialization.jsonObject(with: data) as? [[String: String]])
            #expect(objects.count == table.rows.count)
            #expect(objects.first.map { Set($0.keys) } == Set(table.columns.map(\.key)))
        case .md:
            let text = String(decoding: data, as: UTF8.self)
            #expect(text.hasPrefix("# " + table.title) && text.contains("共 \(table.rows.count) 行。"))
        }
    }

    @Test func theDutiesExportIsTheCurrentListOnly() throws {
        let s = try service()
        let table = try ExportKind.duties.table(s)
        let state = try #require(table.columns.firstIndex { $0.key == "state" })
        let stateDate = try #require(table.columns.firstIndex { $0.key == "stateDate" })
        let ids = table.rows.map { $0[1] }
        #expect(!ids.contains("QZ0002"))                                  // cancelled
        #expect(ids == (try s.currentDutyLists()).flatMap(\.entries).map(\.id))
        #expect(Set(table.rows.map { $0[state] }) == ["现行", "调整"])
        let adjusted = try #require(table.rows.first { $0[1] == "QZ0003" })
        #expect(adjusted[stateDate] == "2026-10-28")
        #expect(table.rows.map { $0[0] } == (1...table.rows.count).map(String.init))   // 序号
        #expect(table.title == "权责清单（截至 2026-11-27）")
        // The whole list (cancelled included) is the same table over every record.
        let everything = ExportTable.duties(try s.duties())
        #expect(everything.columns == table.columns)
        #expect(everything.rows.contains { $0[1] == "QZ0002" && $0[10] == "取消" && $0[11] == "2026-11-20" })
        // --year does not change the current list.
        #expect(try ExportKind.duties.table(s, ExportOptions(year: 2020)).rows == table.rows)
    }

    @Test func aTownshipClerkExportsOnlyItsOwnRegisters() throws {
        let s = try service()
        let clerk = acting("wang.cg", on: s)
        for kind in Self.registerKinds {
            let mine = try kind.table(clerk)
            let unit = try #require(mine.columns.firstIndex { $0.key == "unit" })
            #expect(!mine.rows.isEmpty, "\(kind)")
            #expect(mine.rows.allSatisfy { $0[unit] == "城关镇" }, "\(kind)")
            #expect(try kind.table(s).rows.count > mine.rows.count, "\(kind)")
            let denied = #expect(throws: AccessDenied.self, "\(kind)") { try kind.table(clerk, ExportOptions(unit: "edu")) }
            #expect(denied?.rule == .otherUnit, "\(kind): \(String(describing: denied))")
        }
        // The county office narrows with --unit.
        let edu = try ExportKind.duties.table(s, ExportOptions(unit: "县教育局"))
        #expect(edu.rows.map { $0[1] } == ["QZ0001", "QZ0003"])
    }

    @Test func consultationsAndInspectionsFilterByYear() throws {
        let s = try service()
        let all = try ExportKind.consultations.table(s)
        #expect(all.rows.count == 3)
        #expect(try ExportKind.consultations.table(s, ExportOptions(year: 2025)).rows.isEmpty)
        #expect(try ExportKind.consultations.table(s, ExportOptions(year: 2026)).rows.count == 3)
        let closed = try #require(all.rows.first { $0[8] == "已办结" })
        #expect(closed[10].contains("新能源充电车位"))   // the internal export keeps the comment summary
        let inspections = try ExportKind.inspections.table(s)
        #expect(inspections.rows.map { $0[0] } == ["XJ2026-0001", "XJ2026-0004", "XJ2026-0003", "XJ2026-0002"])  // newest first
        let township = try #require(inspections.rows.first { $0[0] == "XJ2026-0004" })
        #expect(township[1] == "城关镇" && township[7] == "防病毒" && township[10] == "是")
        #expect(try ExportKind.inspections.table(s, ExportOptions(year: 2027)).rows.isEmpty)
    }
}
