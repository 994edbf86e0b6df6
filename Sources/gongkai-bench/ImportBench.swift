import Foundation
import GongkaiCore
import GongkaiStore

/// 导入申请台账 — `importApplications` of `count` requests (about half of them replied) into a new
/// workspace, against SQLite copying the very rows it wrote (`INSERT … SELECT` of the requests and
/// their events into the same schema, with its indexes and triggers) in the sqlite3 shell.
enum ImportBench {
    static func records(count: Int, today: CivilDate) -> [ImportedApplication] {
        (0..<count).map { i in
            let received = today.adding(days: -30 - (i * 7919) % 330)
            let app = NewApplication(received: received, channel: .online, applicantType: i % 3 == 0 ? .business : .naturalPerson,
                                     applicantName: "导入申请人\(i)", content: "申请公开第 \(i) 项政府信息")
            let events: [ApplicationEvent] = i % 2 == 0 ? [.reply(received.adding(days: 10), outcome: .granted)] : []
            return ImportedApplication(line: i + 2, application: app, events: events)
        }
    }

    static func measure(dir: String, count: Int, runs: Int) throws -> (ours: Latency, insertSelect: Latency) {
        var ours = Latency(), anchor = Latency()
        for run in 0..<runs {
            let path = dir + "/import-\(run).sqlite"
            for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
            let service = try BenchWorkspaces.service(path: path)
            let records = records(count: count, today: service.today())
            try ours.time { _ = try service.importApplications(records, file: "bench.csv") }
            try service.workspace.writer.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA wal_checkpoint(TRUNCATE)") }
            anchor.record(nanoseconds: try insertSelect(path: path))
            for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
        }
        return (ours, anchor)
    }

    /// Moves the imported rows aside, then times putting them back with `INSERT … SELECT` in one
    /// transaction (the sum of sqlite3's own `.timer` figures).
    static func insertSelect(path: String) throws -> UInt64 {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/sqlite3")
        p.arguments = [path]
        let input = Pipe(), output = Pipe()
        p.standardInput = input
        p.standardOutput = output
        try p.run()
        input.fileHandleForWriting.write(Data("""
            CREATE TEMP TABLE srcApp AS SELECT * FROM application;
            CREATE TEMP TABLE srcEvent AS SELECT * FROM applicationEvent;
            DELETE FROM applicationEvent;
            DELETE FROM application;
            .timer on
            BEGIN;
            INSERT INTO application SELECT * FROM srcApp;
            INSERT INTO applicationEvent SELECT * FROM srcEvent;
            COMMIT;

            """.utf8))
        try input.fileHandleForWriting.close()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        p.waitUntilExit()
        let seconds = ReportBench.timerSeconds(text)
        guard p.terminationStatus == 0, seconds.count == 4 else { throw BenchError("sqlite3 的 INSERT … SELECT 没有完成") }
        return UInt64(seconds.reduce(0, +) * 1e9)
    }
}
