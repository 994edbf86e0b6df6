import Foundation

/// A seeded random generator (SplitMix64) for the property tests: the same seed gives the same
/// sequence of changes, so a failure reproduces.
struct SeededGenerator: RandomNumberGenerator {
    var state: UInt64
    mutating func next() -> UInt64 {
        state &+= 0x9E3779B97F4A7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58476D1CE4E5B9
        z = (z ^ (z >> 27)) &* 0x94D049BB133111EB
        return z ^ (z >> 31)
    }
}

/// 性质测试的长度 — how long the slowest property tests' random sequences are. The default run
/// takes the `quick` length (the same seeds, so the same first changes: every bug the long runs
/// found is found again); `GONGKAI_DEEP_PROPERTIES=1` runs the full length, as before.
enum PropertyRun {
    static let deep = ProcessInfo.processInfo.environment["GONGKAI_DEEP_PROPERTIES"] == "1"

    static func steps(_ full: Int, quick: Int) -> Int { deep ? full : quick }
}
