import Foundation
import GongkaiStore

/// 全文检索 — `searchDocuments` as `/` in 文件 calls it (FTS5 trigram for 3+ characters, the
/// character-pair index for 1–2), and `gongkai doc search` as a whole command against `grep -rl`
/// over the same documents exported one file each (title, 文号 and body).
enum SearchBench {
    static let terms = ["教育", "税收", "义务教育", "社会救助"]

    /// The rows of the 文件 pane's result list at 120×40 (the page the TUI shows).
    static let screenRows = 36

    /// The store call `/` in 文件 makes, one screen of results: the wall time, and the CPU time of
    /// the calling thread (the work itself, which a loaded machine does not stretch).
    static func measure(service: GongkaiService, term: String, runs: Int) throws -> (wall: Latency, cpu: Latency) {
        var latency = Latency()
        var cpu = Latency()
        _ = try service.searchDocuments(term, limit: screenRows)            // warm the page cache
        for _ in 0..<runs {
            let start = threadCPU()
            try latency.time { _ = try service.searchDocuments(term, limit: screenRows) }
            cpu.record(nanoseconds: threadCPU() - start)
        }
        return (latency, cpu)
    }

    /// The calling thread's CPU time, in ns.
    static func threadCPU() -> UInt64 {
        var t = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t)
        return UInt64(t.tv_sec) * 1_000_000_000 + UInt64(t.tv_nsec)
    }

    /// `gongkai ARGS` as a whole process on `workspace` (start, open, query, print), in ms.
    static func command(gongkai: String, workspace: String, arguments: [String], runs: Int) throws -> Latency {
        var latency = Latency()
        var environment = ProcessInfo.processInfo.environment
        environment["GONGKAI_WORKSPACE"] = workspace
        for i in 0..<(runs + 1) {
            let p = Process()
            p.executableURL = URL(fileURLWithPath: gongkai)
            p.arguments = arguments
            p.environment = environment
            p.standardOutput = FileHandle.nullDevice
            p.standardError = FileHandle.nullDevice
            let start = Latency.now()
            try p.run()
            p.waitUntilExit()
            let elapsed = Latency.now() - start
            guard p.terminationStatus == 0 else { throw BenchError("gongkai \(arguments.joined(separator: " ")) 失败（\(p.terminationStatus)）") }
            if i > 0 { latency.record(nanoseconds: elapsed) }                 // the first run warms the cache
        }
        return latency
    }

    /// Writes every document to `<dir>/<id>.txt` once (kept for later runs); returns the folder.
    static func export(workspace path: String, into dir: String) throws -> String {
        let folder = dir + "/documents-as-files-" + ((path as NSString).lastPathComponent as NSString).deletingPathExtension
        if FileManager.default.fileExists(atPath: folder + "/.done") { return folder }
        try? FileManager.default.removeItem(atPath: folder)
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/sqlite3")
        // One file per document, written by the shell itself (fast, no Swift string work).
        p.arguments = ["-readonly", path,
                       "SELECT writefile('\(folder)/' || id || '.txt', title || char(10) || COALESCE(docNumber, '') || char(10) || body) FROM document;"]
        p.standardOutput = FileHandle.nullDevice
        try p.run()
        p.waitUntilExit()
        guard p.terminationStatus == 0 else { throw BenchError("导出文件失败（sqlite3 writefile）") }
        FileManager.default.createFile(atPath: folder + "/.done", contents: nil)
        return folder
    }

    /// `grep -rl TERM folder`, best of `runs`, in the same Latency form.
    static func grep(term: String, folder: String, runs: Int) throws -> Latency {
        var latency = Latency()
        for _ in 0..<runs {
            try latency.time {
                let p = Process()
                p.executableURL = URL(fileURLWithPath: "/bin/grep")
                p.arguments = ["-rl", term, folder]
                p.standardOutput = FileHandle.nullDevice
                try p.run()
                p.waitUntilExit()
            }
        }
        return latency
    }
}
