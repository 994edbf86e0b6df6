import GongkaiTestSupport

/// The seeded generator of the property tests (SplitMix64, shared with the other test targets):
/// the same seed gives the same sequence of changes, so a failure reproduces.
typealias SeededGenerator = SplitMix64

extension SplitMix64 {
    init(state: UInt64) { self.init(seed: state) }
}
