import GongkaiCore

/// The seeded generator of the property tests (GongkaiCore's SplitMix64, which the demo generator uses too):
/// the same seed gives the same sequence of changes, so a failure reproduces.
typealias SeededGenerator = SplitMix64

extension SplitMix64 {
    init(state: UInt64) { self.init(seed: state) }
}
