import Foundation
import GongkaiStore

/// 全文检索 — `searchDocumentsCounted` as `/` in 文件 calls it (the hits and how many match; FTS5
/// trigram for 3+ characters, the character-pair index for 1–2), and `gongkai doc search` as a
/// whole command against `grep -rl` over the same documents exported one file each (title, 文号
/// and body).
enum SearchBench {
    static let terms = ["教育", "税收", "义务教育", "社会救助"]

    /// The rows of the 文件 pane's result list at 120×40 (the page the TUI shows).
    static let screenRows = 36

    /// The store call `/` in 文件 makes, one screen of results: the wall time, and the CPU time of
    /// the calling thread (the work itself, which a loaded machine does not stretch).
    static func measure(service: GongkaiService, term: String, runs: Int) throws -> (wall: Latency, cpu: Latency) {
        var latency = Latency()
        var cpu = Latency()
        _ = try service.searchDocumentsCounted(term, limit: screenRows)     // warm the page cache
        for _ in 0..<runs {
            let start = threadCPU()
            try latency.time { _ = try service.searchDocumentsCounted(term, limit: screenRows) }
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
            let (elapsed, status) = try timedRun(gongkai, arguments, environment: environment)
            guard status == 0 else { throw BenchError("gongkai \(arguments.joined(separator: " ")) 失败（\(status)）") }
            if i > 0 { latency.record(nanoseconds: elapsed) }                 // the first run warms the cache
        }
        return latency
    }

    /// Runs a program to its end with posix_spawn and waitpid, its output to /dev/null: the
    /// nanoseconds from spawn to exit, and the exit status. (Foundation's `Process.waitUntilExit`
    /// wakes in 50 ms steps on Linux, which rounded a 15 ms command up to 51 ms.)
    static func timedRun(_ path: String, _ arguments: [String], environment: [String: String]) throws -> (UInt64, Int32) {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        let argv: [UnsafeMutablePointer<CChar>?] = ([path] + arguments).map { strdup($0) } + [nil]
        let envp: [UnsafeMutablePointer<CChar>?] = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { argv.forEach { free($0) }; envp.forEach { free($0) } }
        var pid: pid_t = 0
        let start = Latency.now()
        let rc = posix_spawn(&pid, path, &actions, nil, argv, envp)
        guard rc == 0 else { throw BenchError("无法启动 \(path)：\(String(cString: strerror(rc)))") }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
        let elapsed = Latency.now() - start
        return (elapsed, (status & 0x7f) == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f))
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

    /// `grep -rl TERM folder`, timed the same way as the command.
    static func grep(term: String, folder: String, runs: Int) throws -> Latency {
        var latency = Latency()
        for _ in 0..<runs {
            let (elapsed, _) = try timedRun("/bin/grep", ["-rl", term, folder], environment: ProcessInfo.processInfo.environment)
            latency.record(nanoseconds: elapsed)
        }
        return latency
    }
}
