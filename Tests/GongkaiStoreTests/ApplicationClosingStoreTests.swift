import Foundation
import GRDB
import Testing
@testable import GongkaiCore
@testable import GongkaiStore

/// 首次答复与撤回（维护的列） — after any random sequence of event writes (added, re-dated, re-kinded,
/// moved to another application, removed; replies with and without an outcome, out of order), every
/// application's `firstReplied`/`firstOutcome`/`firstWithdrawn` equal a recomputation from its events,
/// and the partial index of non-ISO dates lists exactly the rows a pattern match over the table finds.
@Suite("年报维护列 First reply and withdrawal kept on the application row")
struct ApplicationClosingStoreTests {
    static let kinds = ["reply", "reply", "withdraw", "extend", "clarify-request"]

    /// The columns as a full recomputation from the events gives them (the smallest seq of each kind).
    func recomputed(_ db: Database) throws -> [String: [String?]] {
        var out: [String: [String?]] = [:]
        for id in try String.fetchAll(db, sql: "SELECT id FROM application") {
            let events = try Row.fetchAll(db, sql: "SELECT seq, kind, date, outcome FROM applicationEvent WHERE applicationId = ?",
                                          arguments: [id])
                .sorted { ($0["seq"] as Int) < ($1["seq"] as Int) }
            let reply = events.first { $0["kind"] == "reply" }
            let withdraw = events.first { $0["kind"] == "withdraw" }
            out[id] = [reply?["date"], reply?["outcome"], withdraw?["date"]]
        }
        return out
    }

    func stored(_ db: Database) throws -> [String: [String?]] {
        var out: [String: [String?]] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT id, firstReplied, firstOutcome, firstWithdrawn FROM application") {
            out[row["id"]] = [row["firstReplied"], row["firstOutcome"], row["firstWithdrawn"]]
        }
        return out
    }

    @Test(arguments: [UInt64(11), 12, 13, 14])
    func theColumnsEqualARecomputationAfterRandomChanges(seed: UInt64) throws {
        let f = try ReportFixture()
        var g = SeededGenerator(state: seed)
        var ids: [String] = []
        for i in 0..<8 { ids.append(try f.add("2025-0\(1 + i % 9)-1\(i % 10)", .naturalPerson, unit: "edu")) }
        for step in 0..<120 {
            try f.ws.writer.write { db in
                let id = ids.randomElement(using: &g)!
                let seqs = try Int.fetchAll(db, sql: "SELECT seq FROM applicationEvent WHERE applicationId = ?", arguments: [id])
                let date = "2025-\(String(format: "%02d", Int.random(in: 1...12, using: &g)))-1\(Int.random(in: 0...9, using: &g))"
                switch Int.random(in: 0..<10, using: &g) {
                case 0..<5:     // a new event, sometimes with a seq below the existing ones
                    let seq = Bool.random(using: &g) ? (seqs.max() ?? 0) + 1 : -step
                    let kind = Self.kinds.randomElement(using: &g)!
                    let outcome = kind == "reply" && Bool.random(using: &g) ? "granted" : nil
                    try db.execute(sql: """
                        INSERT INTO applicationEvent (applicationId, seq, kind, date, outcome, createdAt, actor)
                        VALUES (?, ?, ?, ?, ?, '2026-01-01T00:00:00Z', 'test')
                        """, arguments: [id, seq, kind, date, outcome])
                case 5, 6:      // an event re-dated or turned into another kind
                    guard let seq = seqs.randomElement(using: &g) else { return }
                    if Bool.random(using: &g) {
                        try db.execute(sql: "UPDATE applicationEvent SET date = ? WHERE applicationId = ? AND seq = ?",
                                       arguments: [date, id, seq])
                    } else {
                        try db.execute(sql: "UPDATE applicationEvent SET kind = ?, outcome = ? WHERE applicationId = ? AND seq = ?",
                                       arguments: [Self.kinds.randomElement(using: &g)!,
                                                   Bool.random(using: &g) ? "partial" : nil, id, seq])
                    }
                case 7:         // moved to another application
                    guard let seq = seqs.randomElement(using: &g) else { return }
                    try db.execute(sql: """
                        UPDATE OR IGNORE applicationEvent SET applicationId = ?, seq = ? WHERE applicationId = ? AND seq = ?
                        """, arguments: [ids.randomElement(using: &g)!, 1000 + step, id, seq])
                default:        // removed
                    guard let seq = seqs.randomElement(using: &g) else { return }
                    try db.execute(sql: "DELETE FROM applicationEvent WHERE applicationId = ? AND seq = ?", arguments: [id, seq])
                }
            }
            if step % 10 == 9 {
                try f.ws.writer.read { db in
                    let (s, r) = (try stored(db), try recomputed(db))
                    #expect(s == r, "seed \(seed) step \(step)")
                }
            }
        }
        try f.ws.writer.read { db in
            let (s, r) = (try stored(db), try recomputed(db))
            #expect(s == r)
            #expect(r.values.contains { $0[0] != nil } && r.values.contains { $0[2] != nil })   // both kinds occurred
        }
    }

    @Test func theNonISOIndexListsExactlyTheRowsWithABadDate() throws {
        let f = try ReportFixture()
        let a = try f.add("2025-03-03", .naturalPerson, unit: "edu")
        let b = try f.add("2025-03-04", .naturalPerson, unit: "edu")
        _ = try f.add("2025-03-05", .naturalPerson, unit: "edu")
        try f.ws.writer.write { db in
            try db.execute(sql: """
                INSERT INTO applicationEvent (applicationId, seq, kind, date, outcome, createdAt, actor)
                VALUES (?, 50, 'reply', '2025-3-9', 'granted', '2026-01-01T00:00:00Z', 'test')
                """, arguments: [a])
            try db.execute(sql: "UPDATE application SET received = '2025/03/04' WHERE id = ?", arguments: [b])
        }
        try f.ws.writer.read { db in
            let listed = try String.fetchSet(db, sql: """
                SELECT id FROM application INDEXED BY application_dates_not_iso WHERE \(ApplicationClosingStore.notISO)
                """)
            #expect(listed == [a, b])
        }
        // The report refuses the corrupt value, naming an application that has one.
        do {
            _ = try f.service.annualReport(year: 2025, scope: .unit("edu"))
            Issue.record("a corrupt date was counted")
        } catch let e as CorruptRowError {
            #expect([a, b].contains(e.id))
        }
    }
}
