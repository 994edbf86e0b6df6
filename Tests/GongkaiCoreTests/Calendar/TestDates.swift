@testable import GongkaiCore

/// `d("2025-10-30")` — test shorthand; a typo in a test date fails loudly.
func d(_ iso: String) -> CivilDate {
    guard let date = CivilDate(iso: iso) else { fatalError("bad test date \(iso)") }
    return date
}

/// Every date of the inclusive range `a...b`.
func days(_ a: String, _ b: String) -> [CivilDate] {
    let start = d(a), end = d(b)
    return (0...start.days(to: end)).map { start.adding(days: $0) }
}
