import Foundation
import GongkaiStore
import GongkaiTUI

/// 峰值内存（走遍各窗格与待办）— in a fresh process, what an officer's first minutes touch: the first
/// frame, then in every pane `j`×60, `G`, `g`, then the review inbox opened, walked to its end and
/// closed. The child prints its peak resident set (VmHWM, KiB); the target compares the county
/// workspace with an empty one walked the same way.
enum WalkMemoryProbe {
    /// Child side: `gongkai-bench probe-walk-memory PATH`.
    static func runChild(path: String) throws {
        let service = try BenchWorkspaces.service(path: path)
        let model = AppModel(width: FirstFrameProbe.width, height: FirstFrameProbe.height,
                             data: ServiceDataSource(service: service), workspaceDisplay: path)
        func press(_ key: Key) {
            model.handle(key)
            _ = AppView.render(model.state, keymap: model.keymap)
        }
        _ = AppView.render(model.state, keymap: model.keymap)
        for (i, _) in PaneKind.allCases.enumerated() {
            press(.char(Character(String(i + 1))))
            for _ in 0..<60 { press(.char("j")) }
            press(.char("G"))
            press(.char("g"))
        }
        press(.char("i"))
        for _ in 0..<60 { press(.char("j")) }
        press(.char("G"))
        press(.escape)
        print(PeakMemory.kib())
    }

    /// Parent side: the largest peak of `runs` children on `path`, in KiB.
    static func measure(path: String, runs: Int) throws -> Int {
        var peak = 0
        for _ in 0..<max(1, runs) {
            let (status, output) = try FirstFrameProbe.child("probe-walk-memory", path: path)
            guard status == 0, let kib = Int(output.trimmingCharacters(in: .whitespacesAndNewlines)) else {
                throw BenchError("走遍窗格的子进程失败（status \(status)）")
            }
            peak = max(peak, kib)
        }
        return peak
    }

    /// The 峰值 RSS row of the 目标 table for the walk: county minus empty, ≤ 30 MB.
    static func target(empty: String, big: String, runs: Int) throws -> (lines: [String], target: BenchTarget) {
        let e = try measure(path: empty, runs: runs), b = try measure(path: big, runs: runs)
        let delta = Double(b - e) / 1024
        return (["- 空工作区：峰值 RSS \(e / 1024) MB；县级规模：\(b / 1024) MB"],
                BenchTarget(name: "峰值 RSS 增量（走遍各窗格与待办，县级规模）", measured: String(format: "%.1f MB", delta),
                            baseline: "空工作区 \(e / 1024) MB", ratio: delta, limit: 30, limitText: "≤ 30 MB"))
    }
}
