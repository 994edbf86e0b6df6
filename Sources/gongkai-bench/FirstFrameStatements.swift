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
}
