import Foundation
import GRDB
import GongkaiCore

/// 申请台账行 — one application as the ledger export writes it (for officers: internal). The
/// applicant's name is unmasked: only the handling unit and the county office read these rows
/// (UnitScope), who see it unmasked anyway. 身份证件号码 and 联系方式 are not part of the ledger.
public struct ApplicationLedgerLine: Codable, Sendable, Hashable {
    public var id: String
    public var applicantType: ApplicantType
    public var applicantName: String
    public var channel: ReceiptChannel
    public var received: CivilDate
    public var content: String
    public var formWanted: String?
    public var unitId: String
    public var unitName: String
    public var state: ApplicationState
    public var due: CivilDate?
    public var replyDate: CivilDate?
    public var outcome: ApplicationOutcome?
    /// 撤回日期 — when the applicant withdrew.
    public var withdrawn: CivilDate?
}

extension GongkaiService {
    /// 申请台账 — every application the officer sees (own unit, or all for the county office),
    /// received in `year` when given, of `unit` when given; by receipt date.
    public func applicationLedger(year: Int? = nil, unit: String? = nil) throws -> [ApplicationLedgerLine] {
        try checkInput(year, field: "year")
        let today = self.today()
        return try read { db, access in
            let scope = access.scope
            let calendar = try Self.workdayCalendar(db)
            var clauses = [scope.sql("a.unitId")]
            var args = scope.arguments
            if let year { clauses.append("a.received BETWEEN ? AND ?"); args += ["\(year)-01-01", "\(year)-12-31"] }
            if let unit = Self.blankToNil(unit) { clauses.append("a.unitId = ?"); args += [try Self.resolveUnit(db, unit)] }
            let rows = try Row.fetchAll(db, sql: """
                SELECT a.*, u.name AS unitName FROM application a JOIN unit u ON u.id = a.unitId
                WHERE \(clauses.joined(separator: " AND ")) ORDER BY a.received, a.id
                """, arguments: args)
            var out: [ApplicationLedgerLine] = []
            out.reserveCapacity(rows.count)
            for chunk in stride(from: 0, to: rows.count, by: 500) {
                let part = Array(rows[chunk..<min(chunk + 500, rows.count)])
                let summaries = try part.map(Self.applicationSummary)
                let events = try ApplicationClockCache.events(db, ids: summaries.map(\.id))
                for (row, s) in zip(part, summaries) {
                    let c = DeadlineClock.evaluate(received: s.received, events: events[s.id] ?? [], today: today,
                                                   calendar: calendar)
                    out.append(ApplicationLedgerLine(id: s.id, applicantType: s.applicantType, applicantName: row["applicantName"],
                                                     channel: s.channel, received: s.received, content: s.content,
                                                     formWanted: row["formWanted"], unitId: s.unitId, unitName: s.unitName,
                                                     state: c.state, due: c.due, replyDate: c.replyDate, outcome: c.outcome,
                                                     withdrawn: c.withdrawnDate))
                }
            }
            return out
        }
    }

    /// 文件台账 — every document the officer sees, formed in `year` when given, of `unit` when
    /// given, oldest first, with body and all fields (the documents export).
    public func documentLedger(year: Int? = nil, unit: String? = nil) throws -> [DocumentDetail] {
        try checkInput(year, field: "year")
        let today = self.today()
        return try read { db, access in
            let scope = access.scope
            let calendar = try Self.workdayCalendar(db)
            var clauses = [scope.sql("d.unitId")]
            var args = scope.arguments
            if let year { clauses.append("d.formed BETWEEN ? AND ?"); args += ["\(year)-01-01", "\(year)-12-31"] }
            if let unit = Self.blankToNil(unit) { clauses.append("d.unitId = ?"); args += [try Self.resolveUnit(db, unit)] }
            return try Row.fetchAll(db, sql: """
                SELECT d.*, u.name AS unitName FROM document d JOIN unit u ON u.id = d.unitId
                WHERE \(clauses.joined(separator: " AND ")) ORDER BY d.formed, d.id
                """, arguments: args).map { try Self.documentDetail($0, today: today, calendar: calendar) }
        }
    }
}
