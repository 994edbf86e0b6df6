import Foundation
import GRDB
import GongkaiCore

/// 权责清单 / 机构职能目录 — each unit's powers and duties (Docs/领域规则.md §9). Officers of the
/// unit (any role) and of the county office keep them; every change is audited, and an adjustment
/// or cancellation keeps the replaced version in `dutyRevision`.
extension GongkaiService {
    /// 新增权责事项 — enters a 现行 entry in the unit's list.
    public func addDuty(_ request: AddDutyRequest) throws -> DutyRecord {
        try checkInput(request)
        let stamp = now()
        return try change(.dutyAdd, item: nil) { db in
            let policy = try self.policy(db)
            let unit = try Self.registerUnit(db, request.unit, policy: policy)
            try policy.requireChange(unit: unit)
            let unitName = try Self.unitName(db, unit)
            let id = try Self.nextRegisterID(db, table: "dutyEntry", prefix: "QZ")
            let entry = DutyEntry(id: id, unitId: unit, kind: request.kind, name: Self.trimmed(request.name),
                                  legalBasis: Self.trimmed(request.legalBasis),
                                  responsibleUnit: Self.blankToNil(request.responsibleUnit) ?? unitName,
                                  procedure: Self.trimmed(request.procedure), timeLimit: Self.trimmed(request.timeLimit),
                                  supervisionPhone: Self.trimmed(request.supervisionPhone))
            try Self.registerRule { try DutyRules.validate(entry) }
            try DutyRow(entry, createdAt: stamp, updatedAt: stamp).insert(db)
            return (DutyRecord(entry, unitName: unitName), ChangeRecord(after: AuditLog.json(entry), item: id))
        }
    }

    /// 调整或取消权责事项 — the old version is kept with the date, reason and officer.
    @discardableResult
    public func updateDuty(id: String, _ request: UpdateDutyRequest) throws -> DutyDetail {
        try checkInput(request)
        let today = self.today(), stamp = now(), actor = self.actor
        if request.cancel, request.changesFields {
            throw ServiceError.invalid(StoreText.Registers.cancelNoChanges.with())
        }
        if !request.cancel, !request.changesFields {
            throw ServiceError.invalid(StoreText.Registers.nothingToChange.with([InputHint.cancel.text()]))
        }
        let date = request.date ?? today
        return try change(request.cancel ? .dutyCancel : .dutyAdjust, item: id) { db in
            let policy = try self.policy(db)
            guard let row = try DutyRow.fetchOne(db, key: id) else { throw ServiceError.notFound(StoreText.Registers.noDuty.with([id])) }
            try policy.requireChange(unit: row.unitId)
            let old = try row.checked()
            let next: DutyEntry
            if request.cancel {
                next = try Self.registerRule { try DutyRules.cancel(old, on: date) }
            } else {
                var changed = old
                if let k = request.kind { changed.kind = k }
                if let v = request.name { changed.name = Self.trimmed(v) }
                if let v = request.legalBasis { changed.legalBasis = Self.trimmed(v) }
                if let v = request.responsibleUnit { changed.responsibleUnit = Self.trimmed(v) }
                if let v = request.procedure { changed.procedure = Self.trimmed(v) }
                if let v = request.timeLimit { changed.timeLimit = Self.trimmed(v) }
                if let v = request.supervisionPhone { changed.supervisionPhone = Self.trimmed(v) }
                next = try Self.registerRule { try DutyRules.adjust(old, to: changed, on: date) }
            }
            try db.execute(sql: """
                INSERT INTO dutyRevision (entryId, version, snapshot, changedOn, change, reason, actor, createdAt)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                """, arguments: [id, old.version, AuditLog.json(old), date.iso, next.state.rawValue,
                                 Self.blankToNil(request.reason), actor.login, stamp])
            try DutyRow(next, createdAt: row.createdAt, updatedAt: stamp).update(db)
            var after = try JSONSerialization.jsonObject(with: Data(AuditLog.json(next).utf8)) as? [String: Any] ?? [:]
            if let reason = Self.blankToNil(request.reason) { after["reason"] = reason }
            let afterText = (try? JSONSerialization.data(withJSONObject: after, options: [.sortedKeys]))
                .flatMap { String(data: $0, encoding: .utf8) } ?? AuditLog.json(next)
            return (try Self.dutyDetail(db, id: id), ChangeRecord(before: AuditLog.json(old), after: afterText))
        }
    }

    /// One entry with its earlier versions.
    public func duty(id: String) throws -> DutyDetail {
        try read { db, access in
            guard let row = try DutyRow.fetchOne(db, key: id) else { throw ServiceError.notFound(StoreText.Registers.noDuty.with([id])) }
            try access.policy.requireSee(unit: row.unitId)
            return try Self.dutyDetail(db, id: id)
        }
    }

    /// 权责清单 — the entries the officer may see (own unit; the county office every unit), by unit,
    /// kind (in `DutyKind` order), name.
    public func duties(_ query: DutyQuery = DutyQuery()) throws -> [DutyRecord] {
        try read { db, access in try Self.dutyRecords(db, policy: access.policy, query: query) }
    }

    /// The entries of `query` within the officer's scope, in list order (the one query behind
    /// `duties`, `currentDutyLists` and the publication snapshot).
    static func dutyRecords(_ db: Database, policy: AccessPolicy, query: DutyQuery) throws -> [DutyRecord] {
        let scope = UnitScope(policy)
        var sql = "SELECT d.*, u.name AS unitName FROM dutyEntry d JOIN unit u ON u.id = d.unitId WHERE \(scope.sql("d.unitId"))"
        var args = scope.arguments
        if let ref = Self.blankToNil(query.unit) {
            let unit = try Self.registerUnit(db, ref, policy: policy)
            try policy.requireSee(unit: unit)
            sql += " AND d.unitId = ?"
            args += [unit]
        }
        if let kind = query.kind { sql += " AND d.kind = ?"; args += [kind.rawValue] }
        if query.currentOnly { sql += " AND d.state != 'cancelled'" }
        let kindOrder = DutyKind.allCases.enumerated().map { "WHEN '\($1.rawValue)' THEN \($0)" }.joined(separator: " ")
        sql += " ORDER BY CASE u.kind WHEN 'county' THEN 0 WHEN 'department' THEN 1 ELSE 2 END, u.sortOrder, u.name, "
            + "CASE d.kind \(kindOrder) END, d.name, d.id"
        return try Row.fetchAll(db, sql: sql, arguments: args).map { r in
            DutyRecord(try DutyRow(row: r).checked(), unitName: r["unitName"])
        }
    }

    /// Groups records (in list order) into one current list per unit.
    static func currentLists(_ records: [DutyRecord], asOf today: CivilDate) -> [CurrentDutyList] {
        var lists: [CurrentDutyList] = []
        for r in records {
            if lists.last?.unitId != r.unitId {
                lists.append(CurrentDutyList(unitId: r.unitId, unitName: r.unitName, asOf: today, entries: []))
            }
            lists[lists.count - 1].entries.append(r)
        }
        return lists
    }

    /// 现行权责清单 — per unit, the entries in force (现行 and 调整) as they are published; `unit` nil
    /// gives every unit the officer sees that has any. For `duties list --current` and for export /
    /// publication with the catalog.
    public func currentDutyLists(unit: String? = nil) throws -> [CurrentDutyList] {
        let today = self.today()
        var lists = Self.currentLists(try duties(DutyQuery(unit: unit, currentOnly: true)), asOf: today)
        if lists.isEmpty, let unit {
            // A unit with nothing in force still gets its (empty) list.
            let (id, name) = try read { db, access -> (String, String) in
                let policy = access.policy
                let id = try Self.registerUnit(db, unit, policy: policy)
                return (id, try Self.unitName(db, id))
            }
            lists.append(CurrentDutyList(unitId: id, unitName: name, asOf: today, entries: []))
        }
        return lists
    }

    // MARK: - Helpers

    static func dutyDetail(_ db: Database, id: String) throws -> DutyDetail {
        guard let row = try DutyRow.fetchOne(db, key: id) else { throw ServiceError.notFound(StoreText.Registers.noDuty.with([id])) }
        let entry = try row.checked()
        let history = try Row.fetchAll(db, sql: "SELECT * FROM dutyRevision WHERE entryId = ? ORDER BY version",
                                       arguments: [id]).map { r -> DutyVersion in
            let snapshot: String = r["snapshot"]
            guard let old = try? JSONDecoder().decode(DutyEntry.self, from: Data(snapshot.utf8)),
                  let change = DutyState(rawValue: r["change"]), let on = CivilDate(iso: r["changedOn"]) else {
                throw CorruptRowError(table: "dutyRevision", id: id, column: "snapshot")
            }
            return DutyVersion(version: r["version"], entry: old, change: change, changedOn: on,
                               reason: r["reason"], actor: r["actor"])
        }
        return DutyDetail(entry: DutyRecord(entry, unitName: try unitName(db, row.unitId)), history: history)
    }

    static func trimmed(_ s: String) -> String { s.trimmingCharacters(in: .whitespacesAndNewlines) }

    /// Runs a register rule of GongkaiCore; its refusal becomes `ServiceError.invalid` with the rule's message.
    static func registerRule<T>(_ body: () throws -> T) throws -> T {
        do { return try body() }
        catch let e as DutyRuleError { throw ServiceError.invalid(PhraseText { e.description }) }
        catch let e as ConsultationRuleError { throw ServiceError.invalid(PhraseText { e.description }) }
        catch let e as InspectionRuleError { throw ServiceError.invalid(PhraseText { e.description }) }
    }
}
