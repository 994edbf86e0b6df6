import Foundation
import GongkaiStore

/// 年度报告 — `annualReport` for one unit and county-wide, against the aggregate SQL that gives the
/// same table 三 counts run in the sqlite3 shell on the same file.
enum ReportBench {
    static func measure(service: GongkaiService, year: Int, scope: ReportScope, runs: Int) throws -> Latency {
        var latency = Latency()
        _ = try service.annualReport(year: year, scope: scope)          // warm the page cache
        for _ in 0..<runs { try latency.time { _ = try service.annualReport(year: year, scope: scope) } }
        return latency
    }

    /// Table 三's counts by applicant type: carried in, received, each outcome replied in the year,
    /// withdrawn, carried forward (Docs/领域规则.md §7), from the stored columns. County-wide the
    /// anchor reads the table straight through (`NOT INDEXED`), its fastest plan: left to itself
    /// SQLite now walks `application_tally`, which does not cover these columns, and is slower.
    static func equivalentSQL(year: Int, unitId: String?) -> String {
        let start = "\(year)-01-01", end = "\(year)-12-31"
        let unit = unitId.map { " AND unitId = '\($0)'" } ?? ""
        return """
            SELECT applicantType,
              SUM(received < '\(start)' AND COALESCE(replied, withdrawn, '9999') >= '\(start)') AS carriedIn,
              SUM(received >= '\(start)') AS received,
              SUM(withdrawn BETWEEN '\(start)' AND '\(end)') AS withdrawn,
              SUM(COALESCE(replied, withdrawn, '9999') > '\(end)') AS carriedForward,
              outcome, SUM(replied BETWEEN '\(start)' AND '\(end)') AS replied
            FROM application\(unitId == nil ? " NOT INDEXED" : "") WHERE received <= '\(end)'\(unit)
            GROUP BY applicantType, outcome;
            """
    }

    /// The sqlite3 shell's own `.timer` figures (real seconds, summed over the statements of `sql`),
    /// after one warm-up run, in ms.
    static func sqliteShell(path: String, sql: String, runs: Int) throws -> Latency {
        var latency = Latency()
        for run in 0..<(runs + 1) {
            let p = Process()
            p.executableURL = URL(fileURLWithPath: "/usr/bin/sqlite3")
            p.arguments = ["-readonly", path]
            let input = Pipe(), output = Pipe()
            p.standardInput = input
            p.standardOutput = output
            try p.run()
            input.fileHandleForWriting.write(Data(".timer on\n\(sql)\n".utf8))
            try input.fileHandleForWriting.close()
            let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            p.waitUntilExit()
            // A script of several statements: the sum of their figures.
            let figures = timerSeconds(text)
            guard p.terminationStatus == 0, !figures.isEmpty else { throw BenchError("sqlite3 没有输出 .timer 结果") }
            let seconds = figures.reduce(0, +)
            if run > 0 { latency.record(nanoseconds: UInt64(seconds * 1e9)) }   // the first warms the page cache
        }
        return latency
    }

    /// The real seconds of every `Run Time:` line the sqlite3 shell printed with `.timer on`.
    static func timerSeconds(_ text: String) -> [Double] {
        text.split(separator: "\n").filter { $0.hasPrefix("Run Time:") }.compactMap { line -> Double? in
            let words = line.split(separator: " ")
            return words.firstIndex(of: "real").flatMap { Double(words[$0 + 1]) }
        }
    }
}
