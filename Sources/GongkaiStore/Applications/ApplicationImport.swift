import Foundation
import GRDB
import GongkaiCore

/// 导入的申请 — one line of an existing 依申请公开登记台账 (Excel/WPS), already parsed and checked
/// field by field by the exchange layer: the application as `gongkai app add` registers it, and
/// its events (a reply with its outcome when the ledger has one), as `gongkai app reply` records them.
public struct ImportedApplication: Codable, Sendable, Hashable {
    /// 文件中的行号 — the physical line of the record in its file (for messages).
    public var line: Int
    public var application: NewApplication
    /// 办理记录 in date order, e.g. `[.reply(date, outcome:)]`.
    public var events: [ApplicationEvent]

    public init(line: Int, application: NewApplication, events: [ApplicationEvent] = []) {
        self.line = line
        self.application = application
        self.events = events
    }
}

extension GongkaiService {
    /// 导入申请台账 — registers every record of a file in ONE transaction through `change`, or none:
    /// each record is checked as `addApplication` and `recordEvent` check it (required fields,
    /// receipt not in the future, the unit exists and the officer may work for it, every event
    /// accepted by `DeadlineClock.validate`); any refusal throws `ImportRefusal` listing every bad
    /// line, and nothing is written. Ids are allocated as `A<year of receipt>-<sequence>`.
    ///
    /// Audit: one `application.import` entry per record (item = the new id; the file and line, no
    /// personal data) plus the batch entry `import.applications` (file, count, ids).
    /// `defaultUnit` (id or name) is the unit of records without one; nil: the officer's unit.
    /// `dryRun` checks everything and allocates the ids, then rolls back.
    public func importApplications(_ records: [ImportedApplication], file: String, defaultUnit: String? = nil,
                                   dryRun: Bool = false,
                                   progress: (Int, Int) -> Void = { _, _ in }) throws -> ImportResult {
        let today = self.today(), stamp = now(), actor = self.actor
        do {
            return try change(.importApplications, item: nil) { db in
                let policy = try self.policy(db)
                let calendar = try Self.workdayCalendar(db)
                let rules = try Self.applicationRuleSettings(db)
                var problems: [ImportProblem] = []
                var units = ImportUnitResolver(db: db, policy: policy, defaultUnit: defaultUnit)
                func unitId(_ text: String?, line: Int) -> String? { units.unitId(text, line: line, problems: &problems) }
                // First pass: check every record, collecting every problem.
                var checked: [(ImportedApplication, String)] = []
                for record in records {
                    let a = record.application, line = record.line
                    let before = problems.count
                    // The input policy and the bounds, as at the door (the exchange layer has
                    // already checked each cell with its column; this keeps other callers honest).
                    if let found = RequestInputCheck.problem(a, today: today)
                        ?? record.events.lazy.compactMap({ RequestInputCheck.problem($0, field: "events", today: today) }).first {
                        problems.append(ImportProblem(line: line, field: RequestInputCheck.leaf(found.field), message: found.error.message))
                        continue
                    }
                    if a.applicantName.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
                        problems.append(ImportProblem(line: line, field: "applicantName", message: StoreText.Import.missingApplicant.text()))
                    }
                    if a.content.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
                        problems.append(ImportProblem(line: line, field: "content", message: StoreText.Import.missingContent.text()))
                    }
                    if a.received > today {
                        problems.append(ImportProblem(line: line, field: "received",
                                                      message: ServiceError.receivedInFuture(received: a.received, today: today).message))
                    }
                    var accepted: [ApplicationEvent] = []
                    for event in record.events {
                        do {
                            try DeadlineClock.validate(received: a.received, existing: accepted, new: event,
                                                       calendar: calendar, today: today)
                            // The case-history rules hold for imported ledgers too (C8, C9).
                            if let refusal = CaseHistoryGuard.check(received: a.received, existing: accepted, new: event,
                                                                    calendar: calendar, settings: rules) {
                                throw ServiceError.caseHistory(refusal)
                            }
                            accepted.append(event)
                        } catch let error as DeadlineError {
                            problems.append(ImportProblem(line: line, field: event.kind == .reply ? "replyDate" : "events",
                                                          message: error.message))
                        } catch let error as ServiceError {
                            problems.append(ImportProblem(line: line, field: event.kind == .reply ? "outcome" : "events",
                                                          message: error.message))
                        } catch {
                            problems.append(ImportProblem(line: line, field: "events", message: "\(error)"))
                        }
                    }
                    let unit = unitId(a.unit, line: line)
                    if problems.count == before, let unit { checked.append((record, unit)) }
                }
                guard problems.isEmpty else { throw ImportRefusal(problems: problems) }

                // Second pass: insert, allocating ids year by year — one prepared statement per table
                // bound per row, the clock columns computed from the events already parsed (issue 20).
                var next: [Int: Int] = [:]
                var ids: [String] = []
                let insert = try db.cachedStatement(sql: """
                    INSERT INTO application (id, applicantType, applicantName, applicantIdNumber, applicantContact,
                                             channel, received, content, formWanted, unitId, createdAt, updatedAt,
                                             phase, sortRank, sortDue, refreshOn, replied, outcome, withdrawn)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """)
                for (i, (record, unit)) in checked.enumerated() {
                    let a = record.application
                    let year = a.received.year, prefix = "A\(year)-"
                    if next[year] == nil {
                        next[year] = (try Int.fetchOne(db, sql: """
                            SELECT MAX(CAST(substr(id, ?) AS INTEGER)) FROM application WHERE id LIKE ?
                            """, arguments: [prefix.count + 1, prefix + "%"]) ?? 0) + 1
                    }
                    let id = prefix + String(format: "%04d", next[year]!)
                    next[year]! += 1
                    let c = ApplicationClockCache.columns(received: a.received, events: record.events,
                                                          calendar: calendar, today: today)
                    try insert.execute(arguments: [
                        id, a.applicantType.rawValue, a.applicantName.trimmingCharacters(in: .whitespacesAndNewlines),
                        Self.blankToNil(a.idNumber), Self.blankToNil(a.contact), a.channel.rawValue,
                        a.received.iso, a.content.trimmingCharacters(in: .whitespacesAndNewlines),
                        Self.blankToNil(a.formWanted), unit, stamp, stamp,
                        c.phase.rawValue, c.sortRank, c.sortDue?.iso, c.refreshOn?.iso, c.replied?.iso,
                        c.outcome?.rawValue, c.withdrawn?.iso])
                    try ApplicationClockCache.insertFirst(db, id: id, events: record.events, actor: actor.login, at: stamp)
                    // Personal data stays out of the audit text, as for `application.add`.
                    try AuditLog.append(db, actor: actor, action: .applicationImport, item: id,
                                        after: AuditLog.json(ImportAudit(file: file, line: record.line, received: a.received.iso,
                                                                         unitId: unit, events: record.events.map(\.kind.rawValue))))
                    ids.append(id)
                    progress(i + 1, checked.count)
                }
                let result = ImportResult(kind: "applications", file: file, count: ids.count, ids: ids, dryRun: dryRun)
                if dryRun { throw DryRunRollback(result: result) }
                return (result, ChangeRecord(after: AuditLog.json(["file": file, "count": String(ids.count),
                                                                   "ids": ids.joined(separator: ",")])))
            }
        } catch let rollback as DryRunRollback {
            return rollback.result
        }
    }

    /// The per-record audit entry of an import.
    struct ImportAudit: Encodable {
        var file: String
        var line: Int
        var received: String? = nil
        var unitId: String
        var events: [String]? = nil
        var state: String? = nil
    }
}
