import Foundation
import GongkaiCore
import GongkaiStore

/// 统计 — `yearStatistics` (what `gongkai stats` and the statistics view show) county-wide, against
/// the sqlite3 shell running the same GROUP BY queries on the same file (the overdue rule with the
/// working-day ordinals written into the SQL as a JSON literal, as the service binds it).
enum StatsBench {
    static func measure(service: GongkaiService, year: Int, runs: Int) throws -> Latency {
        var latency = Latency()
        _ = try service.yearStatistics(year: year, unit: "全县")       // warm the page cache
        for _ in 0..<runs { try latency.time { _ = try service.yearStatistics(year: year, unit: "全县") } }
        return latency
    }

    /// The service's aggregate statements for the county as one sqlite3 script.
    static func equivalentSQL(path: String, year: Int, today: CivilDate) throws -> String {
        let y0 = "\(year)-01-01", y1 = "\(year)-12-31"
        let asOf = OverdueRate.referenceDay(year: year, today: today)
        let first = try sqliteValue(path: path, sql: "SELECT MIN(received) FROM application;")
            .flatMap { CivilDate(iso: $0) } ?? CivilDate(year: year, month: 1, day: 1)!
        let ordinals = WorkdayOrdinals(from: min(first, asOf), through: CivilDate(year: year, month: 12, day: 31)!,
                                       calendar: .builtIn)
        let candidates = """
            a.received <= '\(asOf.iso)' AND (a.replied IS NULL OR a.replied >= '\(y0)')
            AND (a.withdrawn IS NULL OR a.withdrawn > '\(asOf.iso)')
            """
        let paused = """
            EXISTS (SELECT 1 FROM applicationEvent e WHERE e.applicationId = a.id AND e.kind NOT IN ('reply', 'withdraw'))
            """
        return """
            SELECT CAST(substr(received, 6, 2) AS INTEGER) AS m, COUNT(*) FROM application
              WHERE received BETWEEN '\(y0)' AND '\(y1)' GROUP BY m;
            SELECT CAST(substr(replied, 6, 2) AS INTEGER) AS m, COUNT(*) FROM application
              WHERE replied BETWEEN '\(y0)' AND '\(y1)' GROUP BY m;
            WITH wd(d, k) AS (SELECT key, value FROM json_each('\(ordinals.json)'))
            SELECT COALESCE(SUM(a.replied IS NOT NULL AND a.replied <= '\(asOf.iso)'), 0),
                   COALESCE(SUM(a.replied IS NOT NULL AND a.replied <= '\(asOf.iso)' AND rk.k - 2 * (rc.k / 2) > \(WorkdayOrdinals.threshold)), 0),
                   COALESCE(SUM((a.replied IS NULL OR a.replied > '\(asOf.iso)')
                                AND \(ordinals.key(asOf) ?? 0) - 2 * (rc.k / 2) > \(WorkdayOrdinals.threshold)), 0)
            FROM application a JOIN wd rc ON rc.d = a.received LEFT JOIN wd rk ON rk.d = a.replied
            WHERE \(candidates) AND NOT \(paused);
            SELECT a.id, a.received, e.seq, e.kind, e.date FROM application a JOIN applicationEvent e ON e.applicationId = a.id
              WHERE \(candidates) AND \(paused) ORDER BY a.id, e.seq;
            SELECT a.received, MIN(e.date) AS notice FROM application a
              JOIN applicationEvent e ON e.applicationId = a.id AND e.kind = 'clarify-request'
              GROUP BY a.id HAVING notice BETWEEN '\(y0)' AND '\(y1)';
            SELECT COUNT(*), SUM(instr(',' || forms || ',', ',text,') > 0) FROM interpretation
              WHERE published BETWEEN '\(y0)' AND '\(y1)';
            SELECT COUNT(*) FROM document WHERE published BETWEEN '\(y0)' AND '\(y1)';
            WITH RECURSIVE top(id, rootId) AS (
              SELECT id, id FROM catalogNode WHERE parentId IS NULL
              UNION ALL SELECT c.id, t.rootId FROM catalogNode c JOIN top t ON c.parentId = t.id)
            SELECT t.rootId, n.name, COUNT(DISTINCT d.id) FROM document d
              JOIN documentCatalog dc ON dc.documentId = d.id JOIN top t ON t.id = dc.nodeId
              JOIN catalogNode n ON n.id = t.rootId
              WHERE d.published BETWEEN '\(y0)' AND '\(y1)' GROUP BY t.rootId;
            SELECT COUNT(*) FROM document d WHERE d.published BETWEEN '\(y0)' AND '\(y1)'
              AND NOT EXISTS (SELECT 1 FROM documentCatalog dc WHERE dc.documentId = d.id);
            """
    }

    static func sqliteValue(path: String, sql: String) throws -> String? {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/sqlite3")
        p.arguments = ["-readonly", path, sql]
        let output = Pipe()
        p.standardOutput = output
        try p.run()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        p.waitUntilExit()
        let value = text.trimmingCharacters(in: .whitespacesAndNewlines)
        return value.isEmpty ? nil : value
    }
}
