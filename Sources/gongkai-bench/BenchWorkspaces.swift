import Foundation
import GongkaiCore
import GongkaiStore

/// 基准工作区 — the county-scale workspace, generated once with a fixed seed and cached (with the
/// `today` it was generated for) under the data folder, and an empty one made fresh each run.
enum BenchWorkspaces {
    static func service(path: String) throws -> GongkaiService {
        let login = Actor.currentLogin()
        let (workspace, _) = try Workspace.open(at: path) { ws in
            _ = try GongkaiService(workspace: ws, actor: Actor(login: login, origin: "bench"))
                .initialize(demo: false, created: true)
        }
        return try SessionIdentity.resolve(workspace: workspace, realLogin: login, actAs: nil, origin: "bench")
    }

    static func empty(in dir: String) throws -> String {
        let path = dir + "/empty.sqlite"
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
        _ = try service(path: path)
        return path
    }

    /// `county-<docs>d-<apps>a-seed<seed>.sqlite`, generated when missing.
    static func county(in dir: String, documents: Int, applications: Int, seed: UInt64) throws -> String {
        let path = dir + "/county-\(documents)d-\(applications)a-seed\(seed).sqlite"
        if FileManager.default.fileExists(atPath: path + ".done") { return path }
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
        let service = try service(path: path)
        print("生成基准工作区 \(path)（一次，之后复用）…")
        let start = Latency.now()
        var lastShown = -1
        let result = try service.generateDemo(DemoGenerationRequest(documents: documents, applications: applications,
                                                                    seed: seed)) { p in
            let percent = p.total == 0 ? 100 : 100 * p.done / p.total
            if percent / 10 != lastShown {
                lastShown = percent / 10
                print("  \(p.phase.rawValue) \(percent)%")
            }
        }
        let seconds = Double(Latency.now() - start) / 1e9
        print("  生成用时 \(String(format: "%.1f", seconds)) 秒：文件 \(result.documents)，申请 \(result.applications)，办理记录 \(result.events)")
        try service.workspace.writer.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA wal_checkpoint(TRUNCATE)") }
        try "\(seconds)\n".write(toFile: path + ".done", atomically: true, encoding: .utf8)
        return path
    }

    static func generationSeconds(_ path: String) -> Double? {
        (try? String(contentsOfFile: path + ".done", encoding: .utf8)).flatMap {
            Double($0.trimmingCharacters(in: .whitespacesAndNewlines))
        }
    }
}
