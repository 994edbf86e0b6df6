/// 性能目标 — one of the performance targets, measured: our figure, the baseline it is compared with,
/// and whether the ratio is within the limit.
struct BenchTarget {
    var name: String
    var measured: String
    var baseline: String
    /// measured / baseline (or the measured value itself when the target is absolute).
    var ratio: Double
    var limit: Double
    /// How the limit reads ("≤ 1.3×", "≤ 5 ms").
    var limitText: String
    var met: Bool { ratio <= limit }

    var line: String {
        let r = ratio >= 100 ? String(Int(ratio.rounded())) : String((ratio * 100).rounded() / 100)
        return "| \(name) | \(measured) | \(baseline) | \(r) | \(limitText) | \(met ? "达标" : "未达标") |"
    }
}
