import Foundation
import GongkaiStore

/// 终端字节 — bytes written to the terminal for scrolling the 申请 list by one row, against `less`
/// scrolling the same lines, both counted by the shared `keycost` tool (tmux, 120×40).
enum KeycostBench {
    static let tool = "/work/shared/tools/keycost"

    static var available: Bool {
        FileManager.default.isExecutableFile(atPath: tool)
            && FileManager.default.isExecutableFile(atPath: "/usr/bin/tmux")
            && FileManager.default.isExecutableFile(atPath: "/usr/bin/less")
    }

    /// Bytes per key from `keycost … -k KEY -- command…`.
    static func bytesPerKey(key: String, warmUp: [String], repeats: Int, command: [String]) throws -> Int {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: tool)
        p.arguments = ["-x", "120", "-y", "40", "-n", String(repeats), "-w", warmUp.joined(separator: " "), "-k", key, "--"]
            + command
        let out = Pipe()
        p.standardOutput = out
        try p.run()
        let text = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        p.waitUntilExit()
        guard let field = text.split(separator: " ").first(where: { $0.hasPrefix("bytes_per_key=") }),
              let n = Int(field.dropFirst("bytes_per_key=".count).trimmingCharacters(in: .whitespacesAndNewlines)) else {
            throw BenchError("keycost 没有给出结果：\(text)")
        }
        return n
    }

    /// The list's first rows as text lines, for `less` to page through.
    static func listLines(service: GongkaiService, count: Int, to path: String) throws {
        var q = ApplicationQuery()
        q.limit = count
        let lines = try service.listApplications(q).items.map { a in
            [a.id, a.state.chineseName, a.due?.iso ?? "", a.applicantName, a.unitName, a.content].joined(separator: "  ")
        }
        try (lines.joined(separator: "\n") + "\n").write(toFile: path, atomically: true, encoding: .utf8)
    }

    struct Result { var gongkai: Int; var less: Int }

    static func measure(gongkai: String, workspace: String, service: GongkaiService, dir: String) throws -> Result {
        // Move the cursor to the last visible row first, so each j scrolls the list by one row.
        let warm = ["4"] + Array(repeating: "j", count: 40)
        let ours = try bytesPerKey(key: "j", warmUp: warm, repeats: 10,
                                   command: [gongkai, "--workspace", workspace])
        let file = dir + "/list-lines.txt"
        try listLines(service: service, count: 400, to: file)
        let theirs = try bytesPerKey(key: "j", warmUp: [], repeats: 10, command: ["/usr/bin/less", "-S", file])
        return Result(gongkai: ours, less: theirs)
    }
}
