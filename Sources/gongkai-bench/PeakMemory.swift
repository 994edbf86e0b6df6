import Foundation

/// 峰值内存 — the process's peak resident set (VmHWM of /proc/self/status), in KiB.
enum PeakMemory {
    static func kib() -> Int {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return 0 }
        for line in status.split(separator: "\n") where line.hasPrefix("VmHWM:") {
            return Int(line.split(separator: " ").dropFirst().first { Int($0) != nil } ?? "0") ?? 0
        }
        return 0
    }
}
