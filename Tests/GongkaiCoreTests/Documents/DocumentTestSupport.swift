@testable import GongkaiCore

/// `docDay("2025-10-30")` — test shorthand for the document and interpretation tests (a name of
/// its own: these folders are also built without the Calendar tests' `d`).
func docDay(_ iso: String) -> CivilDate {
    guard let date = CivilDate(iso: iso) else { fatalError("bad test date \(iso)") }
    return date
}
