import GongkaiCore

/// 生成数据的随机数 — SplitMix64, seeded: the same seed gives the same workspace on every
/// machine and Swift version (the standard library's generator is neither seedable nor stable).
struct DemoRandom: RandomNumberGenerator {
    private var source: SplitMix64

    init(seed: UInt64) { source = SplitMix64(seed: seed) }

    mutating func next() -> UInt64 { source.next() }

    /// A number in `0..<n` (n > 0).
    mutating func below(_ n: Int) -> Int { Int(next() % UInt64(n)) }

    /// True with probability `percent`/100.
    mutating func chance(_ percent: Double) -> Bool { Double(next() >> 11) / Double(1 << 53) * 100 < percent }

    mutating func pick<T>(_ items: [T]) -> T { items[below(items.count)] }

    /// Picks by weight: `[(value, weight)]`.
    mutating func weighted<T>(_ items: [(T, Int)]) -> T {
        var r = below(items.reduce(0) { $0 + $1.1 })
        for (value, weight) in items {
            if r < weight { return value }
            r -= weight
        }
        return items[items.count - 1].0
    }
}
