import Foundation
import GRDB
import Testing
@testable import GongkaiCore
@testable import GongkaiStore

/// 暂存批量写入 — rows staged into a bare temporary table reach their table in the order staged,
/// with the table's triggers run; a refusal or a dry run leaves neither rows nor the temporary
/// table behind, and the next import on the same connection stages afresh.
@Suite("暂存批量写入 Staged inserts")
struct StagedInsertTests {
    let d = { (s: String) in CivilDate(iso: s)! }

    func record(_ line: Int, _ name: String, unit: String = "edu", events: [ApplicationEvent] = []) -> ImportedApplication {
        ImportedApplication(line: line, application: NewApplication(received: d("2026-10-09"), channel: .online,
            applicantType: .naturalPerson, applicantName: name, content: "预算", unit: unit), events: events)
    }

    func tempTables(_ ws: Workspace) throws -> [String] {
        try ws.writer.read { db in try String.fetchAll(db, sql: "SELECT name FROM temp.sqlite_master WHERE type = 'table'") }
    }

    @Test func rowsArriveInOrderWithTheirTriggersAndTheStageIsDropped() throws {
        let ws = try Workspace.inMemory()
        let staged = try ws.writer.write { db -> [String] in
            try db.execute(sql: "CREATE TABLE t (n INTEGER PRIMARY KEY, word TEXT NOT NULL); CREATE TABLE seen (word TEXT)")
            try db.execute(sql: "CREATE TRIGGER t_seen AFTER INSERT ON t BEGIN INSERT INTO seen VALUES (NEW.word); END")
            let stage = try StagedInsert(db, into: "t", columns: ["n", "word"])
            for (n, word) in [(30, "丙"), (10, "甲"), (20, "乙")] { try stage.statement.execute(arguments: [n, word]) }
            try stage.flush(db)
            return try String.fetchAll(db, sql: "SELECT word FROM seen ORDER BY rowid")
        }
        #expect(staged == ["丙", "甲", "乙"])   // staging order, not key order
        #expect(try tempTables(ws).isEmpty)
    }

    @Test func aRefusedMoveChangesNothingAndLeavesNoStage() throws {
        let ws = try Workspace.inMemory()
        try ws.writer.write { db in try db.execute(sql: "CREATE TABLE t (n INTEGER PRIMARY KEY, word TEXT NOT NULL)") }
        #expect(throws: DatabaseError.self) {
            try ws.writer.write { db in
                let stage = try StagedInsert(db, into: "t", columns: ["n", "word"])
                try stage.statement.execute(arguments: [1, "甲"])
                try stage.statement.execute(arguments: [2, nil])   // NOT NULL holds on the move
                try stage.flush(db)
            }
        }
        #expect(try ws.writer.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM t") } == 0)
        #expect(try tempTables(ws).isEmpty)
    }

    @Test func aDryRunThenARefusalThenAnImportOnOneConnection() throws {
        let f = try ReportFixture()
        let before = try f.ws.writer.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM application") }
        let dry = try f.service.importApplications([record(2, "甲"), record(3, "乙")], file: "台账.csv", dryRun: true)
        #expect(dry.count == 2 && dry.dryRun)
        #expect(throws: ImportRefusal.self) {
            try f.service.importApplications([record(2, "甲"), record(3, "乙", unit: "no-such-unit")], file: "台账.csv")
        }
        #expect(try f.ws.writer.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM application") } == before)
        #expect(try tempTables(f.ws).isEmpty)
        let done = try f.service.importApplications([record(2, "甲", events: [.reply(d("2026-10-20"), outcome: .granted)]),
                                                     record(3, "乙")], file: "台账.csv")
        #expect(done.ids == dry.ids)   // the dry run allocated the same ids and gave them back
        let stored = try f.ws.writer.read { db in
            try Row.fetchAll(db, sql: "SELECT id, applicantName, firstReplied FROM application WHERE id IN (?, ?) ORDER BY id",
                             arguments: [done.ids[0], done.ids[1]])
        }
        #expect(stored.map { $0["applicantName"] as String } == ["甲", "乙"])
        #expect(stored.map { $0["firstReplied"] as String? } == ["2026-10-20", nil])   // the events' trigger ran on the move
        #expect(try tempTables(f.ws).isEmpty)
    }
}
