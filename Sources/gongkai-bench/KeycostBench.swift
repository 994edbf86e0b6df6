import Foundation
import GongkaiStore

/// 终端字节 — bytes written to the terminal for scrolling the 申请 list by one row past its bottom
/// edge, against `less -S` scrolling the same lines at the same size, both counted by the shared
/// `keycost` tool (tmux): the list zoomed (`Z`) at 120×40 and the list at 80×24 — the two full-width
/// lists, which scroll with the terminal's scrolling region (the unzoomed 120×40 申请 pane shares its
/// rows with the 解读 pane and cannot).
enum KeycostBench {
    static let tool = "/work/shared/tools/keycost"

    static var available: Bool {
        FileManager.default.isExecutableFile(atPath: tool)
            && FileManager.default.isExecutableFile(atPath: "/usr/bin/tmux")
            && FileManager.default.isExecutableFile(atPath: "/usr/bin/less")
    }

    /// Bytes per key from `keycost … -k KEY -- command…`.
    static func bytesPerKey(size: Size, key: String, warmUp: [String], repeats: Int, command: [String]) throws -> Int {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: tool)
        p.arguments = ["-x", String(size.columns), "-y", String(size.rows), "-n", String(repeats), "-w", warmUp.joined(separator: " "), "-k", key, "--"]
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

    /// A terminal size and how the 申请 list is reached there: `4`, then `Z` where the panes sit side
    /// by side, then enough `j` to put the selection on the list's last visible row.
    struct Size {
        var columns: Int, rows: Int, zoom: Bool
        var label: String { "\(columns)×\(rows)" + (zoom ? "，放大" : "") }
        var warmUp: [String] { ["4"] + (zoom ? ["Z"] : []) + Array(repeating: "j", count: rows) }
    }
    static let sizes = [Size(columns: 120, rows: 40, zoom: true), Size(columns: 80, rows: 24, zoom: false)]

    struct Result { var size: Size; var gongkai: Int; var less: Int }

    static func measure(gongkai: String, workspace: String, service: GongkaiService, dir: String) throws -> [Result] {
        let file = dir + "/list-lines.txt"
        try listLines(service: service, count: 400, to: file)
        return try sizes.map { size in
            // Each measured j then scrolls the list by one row.
            let ours = try bytesPerKey(size: size, key: "j", warmUp: size.warmUp, repeats: 10,
                                       command: [gongkai, "--workspace", workspace])
            let theirs = try bytesPerKey(size: size, key: "j", warmUp: Array(repeating: "j", count: size.rows), repeats: 10,
                                         command: ["/usr/bin/less", "-S", file])
            return Result(size: size, gongkai: ours, less: theirs)
        }
    }
}
