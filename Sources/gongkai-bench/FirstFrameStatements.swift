import Foundation
import GongkaiStore
import GongkaiTUI

/// 首帧语句 — every SQL statement the first frame runs, grouped by text, slowest first, with its
/// count and SQLite's own time (`Workspace.onStatement`): what still grows with the workspace.
/// `gongkai-bench first-frame-statements PATH [LIMIT]` (the officer is the bench's).
enum FirstFrameStatements {
    final class Log: @unchecked Sendable {
        private let lock = NSLock()
        private(set) var entries: [(sql: String, seconds: TimeInterval)] = []
        func add(_ sql: String, _ seconds: TimeInterval) { lock.lock(); entries.append((sql, seconds)); lock.unlock() }
        func clear() { lock.lock(); entries = []; lock.unlock() }
    }

    static func run(path: String, limit: Int) throws {
        let log = Log()
        Workspace.onStatement = { log.add($0, $1) }
        let start = Latency.now()
        let service = try BenchWorkspaces.service(path: path)
        let model = AppModel(width: FirstFrameProbe.width, height: FirstFrameProbe.height,
                             data: ServiceDataSource(service: service), workspaceDisplay: path)
        _ = AppView.render(model.state, keymap: model.keymap)
        let elapsed = Double(Latency.now() - start) / 1e9
        var groups: [String: (count: Int, seconds: TimeInterval)] = [:]
        for e in log.entries {
            let sql = e.sql.split(whereSeparator: \.isWhitespace).joined(separator: " ")
            groups[sql, default: (0, 0)].count += 1
            groups[sql, default: (0, 0)].seconds += e.seconds
        }
        let sqlSeconds = log.entries.map(\.seconds).reduce(0, +)
        print(String(format: "首帧 %.1f ms；语句 %d 条，SQLite 用时 %.1f ms", elapsed * 1000, log.entries.count, sqlSeconds * 1000))
        for (sql, g) in groups.sorted(by: { $0.value.seconds > $1.value.seconds }).prefix(limit) {
            print(String(format: "%8.1f ms %4d× ", g.seconds * 1000, g.count) + sql.prefix(240))
        }
    }

    /// `gongkai-bench search-statements PATH TERM`: the statements of one `/` search in 文件 (one
    /// screen of results), after 20 warm-up searches, averaged over 50.
    static func search(path: String, term: String) throws {
        try statements(path: path, label: "检索“\(term)”", warmUps: 20, runs: 50) { service in
            _ = try service.searchDocumentsCounted(term, limit: SearchBench.screenRows)
        }
    }

    /// `gongkai-bench report-statements PATH YEAR`: the statements of the county-wide annual
    /// report, after one warm-up, averaged over 5.
    static func report(path: String, year: Int) throws {
        try statements(path: path, label: "全县年度报告 \(year)", warmUps: 1, runs: 5) { service in
            _ = try service.annualReport(year: year, scope: .county)
        }
    }

    /// `gongkai-bench import-statements PATH`: the statements of an import of 5,000 requests
    /// into a copy of PATH's workspace (the copy at PATH + ".import"), averaged over 3.
    static func importing(path: String) throws {
        let copy = path + ".import"
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: copy + suffix) }
        try FileManager.default.copyItem(atPath: path, toPath: copy)
        defer { for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: copy + suffix) } }
        try statements(path: copy, label: "导入 5000 件申请", warmUps: 0, runs: 3) { service in
            _ = try service.importApplications(ImportBench.records(count: 5000, today: service.today()), file: "bench.csv")
        }
    }

    /// The statements `operation` runs, grouped by text, slowest first (SQLite's own time, a
    /// statement run inside another counted in both).
    static func statements(path: String, label: String, warmUps: Int, runs: Int,
                           _ operation: (GongkaiService) throws -> Void) throws {
        let log = Log()
        Workspace.onStatement = { log.add($0, $1) }   // read when the workspace opens
        let service = try BenchWorkspaces.service(path: path)
        for _ in 0..<warmUps { try operation(service) }
        log.clear()
        let start = Latency.now()
        for _ in 0..<runs { try operation(service) }
        let elapsed = Double(Latency.now() - start) / 1e9 / Double(runs)
        var groups: [String: (count: Int, seconds: TimeInterval)] = [:]
        for e in log.entries {
            let sql = e.sql.split(whereSeparator: \.isWhitespace).joined(separator: " ")
            groups[sql, default: (0, 0)].count += 1
            groups[sql, default: (0, 0)].seconds += e.seconds
        }
        let sqlSeconds = log.entries.map(\.seconds).reduce(0, +) / Double(runs)
        print(String(format: "%@ %.2f ms；每次语句 %d 条，SQLite 用时 %.2f ms", label, elapsed * 1000,
                     log.entries.count / runs, sqlSeconds * 1000))
        for (sql, g) in groups.sorted(by: { $0.value.seconds > $1.value.seconds }) {
            print(String(format: "%8.2f ms %4d× ", g.seconds * 1000 / Double(runs), g.count / runs) + sql.prefix(200))
        }
    }
}
