import Foundation
import GRDB
import Testing
@testable import GongkaiCore
@testable import GongkaiStore

private func d(_ s: String) -> CivilDate { CivilDate(iso: s)! }

/// The applications of StatisticsTests.applications() entered through the service (县教育局
/// `edu`; the last two in 河西乡 `hexi`), plus interpretations and filed documents written as rows.
private struct StatisticsFixture {
    let report: ReportFixture

    init() throws {
        // ReportFixture gives the units and officers; its own applications are removed first.
        report = try ReportFixture()
        try report.ws.writer.write { db in
            try db.execute(sql: "DELETE FROM applicationEvent")
            try db.execute(sql: "DELETE FROM application")
        }
        let s = report.service
        func add(_ received: String, _ unit: String = "edu", _ events: [ApplicationEvent]) throws {
            let id = try report.add(received, .naturalPerson, unit: unit)
            for e in events { _ = try s.recordEvent(applicationId: id, e) }
        }
        let apps = StatisticsTestsData.applications
        for (i, a) in apps.enumerated() {
            try add(a.received.iso, i >= apps.count - 2 ? "hexi" : "edu", a.events)
        }
        try report.ws.writer.write { db in
            let roots = try String.fetchAll(db, sql: "SELECT id FROM catalogNode WHERE parentId IS NULL ORDER BY \"order\"")
            let child = try String.fetchOne(db, sql: "SELECT id FROM catalogNode WHERE parentId = ? LIMIT 1", arguments: [roots[4]])!
            func doc(_ id: String, unit: String, published: String?, nodes: [String]) throws {
                try db.execute(sql: """
                    INSERT INTO document (id, title, type, state, unitId, formed, published, createdAt, updatedAt)
                    VALUES (?, '文件', 'general', ?, ?, '2025-01-01', ?, 'x', 'x')
                    """, arguments: [id, published == nil ? "draft" : "published", unit, published])
                for n in nodes { try db.execute(sql: "INSERT INTO documentCatalog (documentId, nodeId) VALUES (?, ?)", arguments: [id, n]) }
            }
            try doc("D1", unit: "edu", published: "2025-01-01", nodes: [roots[3]])
            try doc("D2", unit: "edu", published: "2025-12-31", nodes: [roots[4], child])   // one column, twice
            try doc("D3", unit: "hexi", published: "2025-06-30", nodes: [child])
            try doc("D4", unit: "edu", published: "2025-07-01", nodes: [])
            try doc("D5", unit: "edu", published: "2024-12-31", nodes: [roots[3]])
            try doc("D6", unit: "edu", published: nil, nodes: [roots[3]])
            func interp(_ id: String, unit: String, forms: String, published: String?) throws {
                try db.execute(sql: """
                    INSERT INTO interpretation (id, documentId, unitId, forms, state, created, published, createdAt, updatedAt)
                    VALUES (?, 'D1', ?, ?, ?, '2025-01-01', ?, 'x', 'x')
                    """, arguments: [id, unit, forms, published == nil ? "draft" : "published", published])
            }
            try interp("I1", unit: "edu", forms: "text,graphic", published: "2025-01-01")
            try interp("I2", unit: "edu", forms: "graphic", published: "2025-05-01")
            try interp("I3", unit: "hexi", forms: "video", published: "2025-05-01")
            try interp("I4", unit: "edu", forms: "qa", published: nil)
            try interp("I5", unit: "edu", forms: "press-qa", published: "2026-01-02")
        }
    }
}

/// The same records as GongkaiCoreTests' StatisticsTests.applications().
enum StatisticsTestsData {
    static var applications: [StatisticsInput.Application] {
        func reply(_ s: String) -> ApplicationEvent { .reply(d(s), outcome: .granted) }
        return [
            .init(received: d("2025-01-31"), events: [reply("2025-02-05")]),
            .init(received: d("2025-02-01"), events: [reply("2025-03-20")]),
            .init(received: d("2025-09-26"), events: [reply("2025-10-30")]),
            .init(received: d("2025-09-26"), events: [reply("2025-10-31")]),
            .init(received: d("2025-09-26"), events: [.extend(d("2025-10-20"), days: 5, approver: "王主任"), reply("2025-11-05")]),
            .init(received: d("2025-09-26"), events: [.extend(d("2025-10-20"), days: 5, approver: "王主任"), reply("2025-11-07")]),
            .init(received: d("2024-12-02"), events: [reply("2025-01-10")]),
            .init(received: d("2025-06-02"), events: [.withdraw(d("2025-06-10"))]),
            .init(received: d("2025-12-31"), events: []),
            .init(received: d("2025-11-03"), events: []),
            .init(received: d("2025-12-20"), events: []),
        ]
    }
}

@Suite("统计服务 Statistics service")
struct StatisticsServiceTests {
    @Test func countyOfficeSeesEveryUnitAndTheSQLAgreesWithTheClock() throws {
        let f = try StatisticsFixture()
        let s = try f.report.service.yearStatistics(year: 2025)
        #expect(s.unitId == nil)
        #expect(s.months.map(\.received) == [1, 1, 0, 0, 0, 1, 0, 0, 4, 0, 1, 2])
        #expect(s.months.map(\.answered) == [1, 1, 1, 0, 0, 0, 0, 0, 0, 2, 2, 0])
        #expect(s.overdue == OverdueRate(answered: 7, answeredLate: 4, openOverdue: 1))
        // The reference computation from the same records gives the same figures.
        let reference = YearStatistics.compute(year: 2025, today: d("2026-11-27"), applications: StatisticsTestsData.applications,
                                               interpretations: [], documents: [], calendar: .builtIn)
        #expect(s.months == reference.months && s.overdue == reference.overdue)
        #expect(s.provisionalYears.isEmpty)
        #expect(s.interpretationsPublished == 3)
        #expect(s.byForm == [.init(form: .graphic, count: 2), .init(form: .text, count: 1), .init(form: .video, count: 1)])
        #expect(s.documentsPublished == 4)
        #expect(s.byArea.map(\.count) == [2, 1, 1])
        #expect(s.byArea.last?.nodeId == nil && s.byArea.last?.name == "未归目录")
        let y24 = try f.report.service.yearStatistics(year: 2024)
        #expect(y24.overdue == OverdueRate(answered: 0, answeredLate: 0, openOverdue: 1))
        #expect(y24.months.map(\.received).reduce(0, +) == 1)
    }

    @Test func unitOfficersSeeTheirOwnUnitOnly() throws {
        let f = try StatisticsFixture()
        let clerk = f.report.acting(as: "zhao.edu")
        let own = try clerk.yearStatistics(year: 2025)
        #expect(own.unitId == "edu" && own.unitName == "县教育局")
        #expect(own.overdue == OverdueRate(answered: 7, answeredLate: 4, openOverdue: 0))
        #expect(own.totalReceived == 8)
        #expect(own.interpretationsPublished == 2 && own.documentsPublished == 3)
        #expect(try clerk.yearStatistics(year: 2025, unit: "县教育局") == own)
        expectRefused(.otherUnit) { try clerk.yearStatistics(year: 2025, unit: "hexi") }
        expectRefused(.otherUnit) { try clerk.yearStatistics(year: 2025, unit: "全县") }
        // The county office may pick any unit.
        let hexi = try f.report.service.yearStatistics(year: 2025, unit: "河西乡")
        #expect(hexi.overdue == OverdueRate(answered: 0, answeredLate: 0, openOverdue: 1))
        #expect(hexi.overdue.rate == 1.0)
        #expect(hexi.byForm == [.init(form: .video, count: 1)])
        expectRefused(.unitNotResolved) { try f.report.service.yearStatistics(year: 2025, unit: "没有这个单位") }
        expectRefused(.invalidValue) { try f.report.service.yearStatistics(year: 1999) }
    }
}
