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
                // First pass: check every record, collecting every problem. Each history is checked
                // and its clock evaluated in one replay (`DeadlineClock.admit`; Docs/性能.md); the clock
                // gives the stored columns in the second pass.
                var checked: [(record: ImportedApplication, unit: String, name: String, content: String,
                               columns: ApplicationClockCache.Columns)] = []
                checked.reserveCapacity(records.count)
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
                    let name = a.applicantName.trimmedOfWhitespace, content = a.content.trimmedOfWhitespace
                    if name.isEmpty {
                        problems.append(ImportProblem(line: line, field: "applicantName", message: StoreText.Import.missingApplicant.text()))
                    }
                    if content.isEmpty {
                        problems.append(ImportProblem(line: line, field: "content", message: StoreText.Import.missingContent.text()))
                    }
                    if a.received > today {
                        problems.append(ImportProblem(line: line, field: "received",
                                                      message: ServiceError.receivedInFuture(received: a.received, today: today).message))
                    }
                    // The case-history rules hold for imported ledgers too (C8, C9).
                    let admission = DeadlineClock.admit(received: a.received, events: record.events, calendar: calendar,
                                                        today: today, settings: rules)
                    for (index, refusal) in admission.refusals {
                        let isReply = record.events[index].kind == .reply
                        switch refusal {
                        case .deadline(let error):
                            problems.append(ImportProblem(line: line, field: isReply ? "replyDate" : "events", message: error.message))
                        case .caseHistory(let refusal):
                            problems.append(ImportProblem(line: line, field: isReply ? "outcome" : "events",
                                                          message: ServiceError.caseHistory(refusal).message))
                        }
                    }
                    let unit = unitId(a.unit, line: line)
                    if problems.count == before, let unit, let status = admission.status {
                        checked.append((record, unit, name, content, ApplicationClockCache.columns(status)))
                    }
                }
                guard problems.isEmpty else { throw ImportRefusal(problems: problems) }

                // Second pass: insert, allocating ids year by year. The rows are bound one by one
                // into bare temporary tables and moved with one `INSERT … SELECT` per table
                // (`StagedInsert`); the clock columns come from the events already parsed (Docs/性能.md).
                var next: [Int: Int] = [:]
                var ids: [String] = []
                let applications = try StagedInsert(db, into: "application", columns: [
                    "id", "applicantType", "applicantName", "applicantIdNumber", "applicantContact",
                    "channel", "received", "content", "formWanted", "unitId", "createdAt", "updatedAt",
                    "phase", "sortRank", "sortDue", "refreshOn", "replied", "outcome", "withdrawn"])
                let events = try StagedInsert(db, into: "applicationEvent", columns: ApplicationClockCache.insertColumns)
                let entries = try StagedInsert(db, into: "auditLog", columns: AuditLog.insertColumns)
                var audit = ImportAuditText(file: file)
                for (i, (record, unit, name, content, c)) in checked.enumerated() {
                    let a = record.application
                    let year = a.received.year, prefix = "A\(year)-"
                    if next[year] == nil {
                        next[year] = (try Int.fetchOne(db, sql: """
                            SELECT MAX(CAST(substr(id, ?) AS INTEGER)) FROM application WHERE id LIKE ?
                            """, arguments: [prefix.count + 1, prefix + "%"]) ?? 0) + 1
                    }
                    let number = String(next[year]!), received = a.received.iso
                    let id = prefix + String(repeating: "0", count: max(0, 4 - number.count)) + number   // %04d
                    next[year]! += 1
                    try applications.statement.execute(arguments: [
                        id, a.applicantType.rawValue, name,
                        Self.blankToNil(a.idNumber), Self.blankToNil(a.contact), a.channel.rawValue,
                        received, content,
                        Self.blankToNil(a.formWanted), unit, stamp, stamp,
                        c.phase.rawValue, c.sortRank, c.sortDue?.iso, c.refreshOn?.iso, c.replied?.iso,
                        c.outcome?.rawValue, c.withdrawn?.iso])
                    try ApplicationClockCache.insertFirst(events.statement, id: id, events: record.events, actor: actor.login, at: stamp)
                    // Personal data stays out of the audit text, as for `application.add`.
                    try AuditLog.append(entries.statement, actor: actor, action: .applicationImport, item: id,
                                        after: audit.text(line: record.line, received: received, unitId: unit,
                                                          events: record.events.map(\.kind.rawValue)),
                                        at: stamp)
                    ids.append(id)
                    progress(i + 1, checked.count)
                }
                // The requests before their events (each event names its request), the audit last.
                for staged in [applications, events, entries] { try staged.flush(db) }
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

/// The `after` text of each record's `application.import` entry: what `AuditLog.json(ImportAudit)`
/// writes, put together from pieces encoded once per import (the file, each unit, each event
/// kind) instead of running the JSON encoder per record (Docs/性能.md). `ImportAuditTextTests`
/// compares the two on awkward file names and units.
struct ImportAuditText {
    private let file: String
    private var encoded: [String: String] = [:]

    init(file: String) {
        self.file = ImportAuditText.encode(file)
    }

    private static func encode(_ text: String) -> String {
        let json = AuditLog.json([text])
        return String(json.dropFirst().dropLast())
    }

    private mutating func encoded(_ text: String) -> String {
        if let known = encoded[text] { return known }
        let json = Self.encode(text)
        encoded[text] = json
        return json
    }

    /// `{"events":[…],"file":…,"line":…,"received":…,"unitId":…}` — keys sorted, as the encoder sorts them.
    mutating func text(line: Int, received: String?, unitId: String, events: [String]?) -> String {
        var out = "{"
        if let events {
            out += "\"events\":[" + events.map { encoded($0) }.joined(separator: ",") + "],"
        }
        out += "\"file\":" + file + ",\"line\":" + String(line)
        if let received { out += ",\"received\":" + encoded(received) }
        out += ",\"unitId\":" + encoded(unitId) + "}"
        return out
    }
}
