import Testing
@testable import GongkaiCore

/// Asserts that `body` is refused by the access rule `rule` — the rule that fired, not only that
/// some `AccessDenied` was thrown.
func expectRefused<R>(_ rule: AccessDenied.Rule, _ comment: Comment? = nil,
                      sourceLocation: SourceLocation = #_sourceLocation, _ body: () throws -> R) {
    let error = #expect(throws: AccessDenied.self, comment, sourceLocation: sourceLocation) { _ = try body() }
    #expect(error?.rule == rule, comment, sourceLocation: sourceLocation)
}

/// `allSatisfy` that fails on an empty list: "every row is the officer's own" proves nothing
/// when no row came back.
func everyOne<T>(_ items: [T], _ predicate: (T) throws -> Bool) rethrows -> Bool {
    try !items.isEmpty && items.allSatisfy(predicate)
}
