import GRDB
import GongkaiCore

/// 统计 — the figures of the statistics view and `gongkai stats` (YearStatistics), read with
/// GROUP BY queries so a county's million applications are counted in the database, not loaded.
extension GongkaiService {
    /// The statistics of `year` for `unit` (an id or name), or, without one, for the officer's own
    /// unit — every unit for the county office. Unit officers may ask for their own unit only.
    public func yearStatistics(year: Int, unit: String? = nil) throws -> YearStatistics {
        try checkInput(year, field: "year")
        let today = self.today()
        guard (2008...(today.year + 1)).contains(year) else {
            throw ServiceError.invalidValue("统计年度 \(year) 无效：应在 2008 至 \(today.year) 之间")
        }
        return try read { db, access in
            let p = access.policy
            var unitId = UnitScope(p).unitId
            var unitName: String?
            if let ref = unit?.trimmingCharacters(in: .whitespaces), !ref.isEmpty, !ReportScope.countyWords.contains(ref) {
                let row: UnitRow
                row = try UnitResolver.resolve(db, ref)
                try p.requireSee(unit: row.id)
                unitId = row.id
            } else if let ref = unit, ReportScope.countyWords.contains(ref.trimmingCharacters(in: .whitespaces)) {
                guard p.seesAllUnits else { throw AccessDenied(rule: .otherUnit, officer: p.officer.login) }
                unitId = nil
            }
            if let unitId { unitName = try String.fetchOne(db, sql: "SELECT name FROM unit WHERE id = ?", arguments: [unitId]) }
            return try Self.statistics(db, year: year, unitId: unitId, unitName: unitName, today: today,
                                       calendar: try Self.workdayCalendar(db))
        }
    }

    /// Computes the figures inside a read (tests call it with a chosen `today`).
    static func statistics(_ db: Database, year: Int, unitId: String?, unitName: String?, today: CivilDate,
                           calendar: WorkdayCalendar) throws -> YearStatistics {
        let y0 = "\(year)-01-01", y1 = "\(year)-12-31"
        let asOf = OverdueRate.referenceDay(year: year, today: today)
        var s = YearStatistics(year: year, unitId: unitId, unitName: unitName, asOf: asOf)
        let unitArgs: StatementArguments = unitId.map { [$0] } ?? []
        func unitSQL(_ column: String) -> String { unitId == nil ? "" : " AND \(column) = ?" }

        // 每月收到、答复
        for row in try Row.fetchAll(db, sql: """
            SELECT CAST(substr(received, 6, 2) AS INTEGER) AS m, COUNT(*) AS n FROM application
            WHERE received BETWEEN ? AND ?\(unitSQL("unitId")) GROUP BY m
            """, arguments: [y0, y1] + unitArgs) {
            let m: Int = row["m"]
            if (1...12).contains(m) { s.months[m - 1].received = row["n"] }
        }
        for row in try Row.fetchAll(db, sql: """
            SELECT CAST(substr(replied, 6, 2) AS INTEGER) AS m, COUNT(*) AS n FROM application
            WHERE replied BETWEEN ? AND ?\(unitSQL("unitId")) GROUP BY m
            """, arguments: [y0, y1] + unitArgs) {
            let m: Int = row["m"]
            if (1...12).contains(m) { s.months[m - 1].answered = row["n"] }
        }

        // 逾期: see OverdueRate. Candidates are the applications received by the reference day
        // that were answered in the year or were still open on it.
        if asOf.year == year, let firstText = try String.fetchOne(db, sql: "SELECT MIN(received) FROM application"),
           let first = CivilDate(iso: firstText), first <= asOf {
            let candidates = """
                a.received <= :asOf AND (a.replied IS NULL OR a.replied >= :y0)
                AND (a.withdrawn IS NULL OR a.withdrawn > :asOf)\(unitId == nil ? "" : " AND a.unitId = :unit")
                """
            let paused = """
                EXISTS (SELECT 1 FROM applicationEvent e WHERE e.applicationId = a.id
                        AND e.kind NOT IN ('reply', 'withdraw'))
                """
            // Applications with no pause, correction or extension: the 20-working-day rule in SQL.
            let ordinals = WorkdayOrdinals(from: first, through: CivilDate(year: year, month: 12, day: 31)!,
                                           calendar: calendar)
            var args: [String: (any DatabaseValueConvertible)?] = [
                "json": ordinals.json, "asOf": asOf.iso, "y0": y0, "limit": WorkdayOrdinals.threshold,
                "asOfKey": ordinals.key(asOf)!,
            ]
            if let unitId { args["unit"] = unitId }
            if let row = try Row.fetchOne(db, sql: """
                WITH wd(d, k) AS (SELECT key, value FROM json_each(:json))
                SELECT
                  COALESCE(SUM(a.replied IS NOT NULL AND a.replied <= :asOf), 0) AS answered,
                  COALESCE(SUM(a.replied IS NOT NULL AND a.replied <= :asOf
                               AND rk.k - 2 * (rc.k / 2) > :limit), 0) AS late,
                  COALESCE(SUM((a.replied IS NULL OR a.replied > :asOf)
                               AND :asOfKey - 2 * (rc.k / 2) > :limit), 0) AS openOverdue
                FROM application a
                JOIN wd rc ON rc.d = a.received
                LEFT JOIN wd rk ON rk.d = a.replied
                WHERE \(candidates) AND NOT \(paused)
                """, arguments: StatementArguments(args)) {
                s.overdue = OverdueRate(answered: row["answered"], answeredLate: row["late"], openOverdue: row["openOverdue"])
            }
            // The others replay their clock (few: most applications are answered without a pause).
            var pending: [(id: String, received: CivilDate)] = []
            func flush() throws {
                let events = try ApplicationClockCache.events(db, ids: pending.map(\.id))
                for a in pending {
                    s.overdue.count(OverdueRate.standing(received: a.received, events: events[a.id] ?? [], year: year,
                                                         asOf: asOf, calendar: calendar))
                }
                pending.removeAll(keepingCapacity: true)
            }
            args.removeValue(forKey: "json")
            args.removeValue(forKey: "limit")
            args.removeValue(forKey: "asOfKey")
            let rows = try Row.fetchCursor(db, sql: "SELECT a.id, a.received FROM application a WHERE \(candidates) AND \(paused)",
                                           arguments: StatementArguments(args))
            while let row = try rows.next() {
                let id: String = row["id"]
                guard let r = CivilDate(iso: row["received"]) else {
                    throw CorruptRowError(table: "application", id: id, column: "received")
                }
                pending.append((id, r))
                if pending.count == 500 { try flush() }
            }
            try flush()
            s.provisionalYears = calendar.missingYears(from: year - 1, to: year)
        }

        // 补正告知超期 (C9): the first 补正 notice of an application, sent in the year, later than the
        // 7th working day after receipt.
        for row in try Row.fetchAll(db, sql: """
            SELECT a.received, MIN(e.date) AS notice FROM application a
            JOIN applicationEvent e ON e.applicationId = a.id AND e.kind = 'clarify-request'
            WHERE 1\(unitSQL("a.unitId")) GROUP BY a.id HAVING notice BETWEEN ? AND ?
            """, arguments: unitArgs + [y0, y1]) {
            guard let r = CivilDate(iso: row["received"]), let n = CivilDate(iso: row["notice"]) else { continue }
            if n > calendar.addWorkdays(from: r, days: DeadlineClock.clarifyNoticeDays).due { s.lateClarifyNotices += 1 }
        }

        // 解读形式: one pass, one sum per form.
        let forms = InterpretationForm.allCases
        let sums = forms.enumerated().map { i, _ in
            "COALESCE(SUM(instr(',' || forms || ',', ?) > 0), 0) AS f\(i)"
        }.joined(separator: ", ")
        if let row = try Row.fetchOne(db, sql: """
            SELECT COUNT(*) AS n, \(sums) FROM interpretation
            WHERE published BETWEEN ? AND ?\(unitSQL("unitId"))
            """, arguments: StatementArguments(forms.map { ",\($0.rawValue)," }) + [y0, y1] + unitArgs) {
            s.interpretationsPublished = row["n"]
            s.byForm = YearStatistics.formOrder(forms.enumerated().compactMap { i, f in
                let n: Int = row["f\(i)"]
                return n > 0 ? YearStatistics.FormCount(form: f, count: n) : nil
            })
        }

        // 目录栏目: each catalog column's top-level ancestor, then distinct documents per ancestor.
        s.documentsPublished = try Int.fetchOne(db, sql: """
            SELECT COUNT(*) FROM document WHERE published BETWEEN ? AND ?\(unitSQL("unitId"))
            """, arguments: [y0, y1] + unitArgs) ?? 0
        var areas: [YearStatistics.AreaCount] = []
        for row in try Row.fetchAll(db, sql: """
            WITH RECURSIVE top(id, rootId) AS (
              SELECT id, id FROM catalogNode WHERE parentId IS NULL
              UNION ALL
              SELECT c.id, t.rootId FROM catalogNode c JOIN top t ON c.parentId = t.id)
            SELECT t.rootId AS id, n.name AS name, COUNT(DISTINCT d.id) AS count
            FROM document d
            JOIN documentCatalog dc ON dc.documentId = d.id
            JOIN top t ON t.id = dc.nodeId
            JOIN catalogNode n ON n.id = t.rootId
            WHERE d.published BETWEEN ? AND ?\(unitSQL("d.unitId"))
            GROUP BY t.rootId
            """, arguments: [y0, y1] + unitArgs) {
            areas.append(.init(nodeId: row["id"], name: row["name"], count: row["count"]))
        }
        let unfiled = try Int.fetchOne(db, sql: """
            SELECT COUNT(*) FROM document d WHERE d.published BETWEEN ? AND ?\(unitSQL("d.unitId"))
            AND NOT EXISTS (SELECT 1 FROM documentCatalog dc WHERE dc.documentId = d.id)
            """, arguments: [y0, y1] + unitArgs) ?? 0
        if unfiled > 0 { areas.append(.init(nodeId: nil, name: YearStatistics.unfiledName, count: unfiled)) }
        s.byArea = areas.sorted(by: YearStatistics.areaOrder)
        return s
    }
}
