import Dispatch
import Histogram

/// 延迟分布 — nanosecond samples in an HdrHistogram (3 significant digits, up to 100 s), reported
/// as percentiles in milliseconds.
struct Latency {
    private(set) var histogram = Histogram<UInt64>(highestTrackableValue: 100_000_000_000,
                                                   numberOfSignificantValueDigits: .three)

    static func now() -> UInt64 { DispatchTime.now().uptimeNanoseconds }

    mutating func record(nanoseconds: UInt64) { histogram.record(Swift.max(1, nanoseconds)) }

    /// Times `body` once and records it; returns its value.
    @discardableResult
    mutating func time<T>(_ body: () throws -> T) rethrows -> T {
        let start = Self.now()
        let value = try body()
        record(nanoseconds: Self.now() - start)
        return value
    }

    var count: UInt64 { histogram.totalCount }
    func ms(_ percentile: Double) -> Double { Double(histogram.valueAtPercentile(percentile)) / 1_000_000 }
    var p50: Double { ms(50) }
    var p99: Double { ms(99) }
    var max: Double { Double(histogram.max) / 1_000_000 }

    var summary: String {
        "n=\(count) p50 \(Self.format(p50)) ms  p99 \(Self.format(p99)) ms  max \(Self.format(max)) ms"
    }

    static func format(_ ms: Double) -> String {
        ms >= 100 ? String(Int(ms.rounded())) : ms >= 1 ? String((ms * 100).rounded() / 100) : String((ms * 1000).rounded() / 1000)
    }
}
