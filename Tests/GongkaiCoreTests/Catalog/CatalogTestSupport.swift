@testable import GongkaiCore

/// A fixed day for catalog tests (named apart from other suites' helpers: one test target).
func catalogDay(_ iso: String) -> CivilDate {
    guard let date = CivilDate(iso: iso) else { fatalError("bad test date \(iso)") }
    return date
}

/// The day the test seed is created on.
let catalogSeedDay = catalogDay("2025-01-02")
