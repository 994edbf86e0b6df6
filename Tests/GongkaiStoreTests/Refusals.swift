import Testing
@testable import GongkaiCore
@testable import GongkaiStore

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

extension ServiceError {
    /// Which refusal this is, without its details — what a test asserts fired.
    enum Kind: String, Sendable {
        case unknownApplication, unknownUnit, unitNotResolved, missingField, receivedInFuture, deadline,
             caseHistory, arrangement, invalidValue, invalid, notFound, conflict
    }

    var kind: Kind {
        switch self {
        case .unknownApplication: .unknownApplication
        case .unknownUnit: .unknownUnit
        case .unitNotResolved: .unitNotResolved
        case .missingField: .missingField
        case .receivedInFuture: .receivedInFuture
        case .deadline: .deadline
        case .caseHistory: .caseHistory
        case .arrangement: .arrangement
        case .invalidValue: .invalidValue
        case .invalid: .invalid
        case .notFound: .notFound
        case .conflict: .conflict
        }
    }
}

/// Asserts that `body` is refused by the service with a `ServiceError` of `kind` (and, when given,
/// a Chinese message containing `saying`) — the refusal that fired, not only that one was thrown.
func expectRefused<R>(_ kind: ServiceError.Kind, saying: String? = nil, _ comment: Comment? = nil,
                      sourceLocation: SourceLocation = #_sourceLocation, _ body: () throws -> R) {
    let error = #expect(throws: ServiceError.self, comment, sourceLocation: sourceLocation) { _ = try body() }
    #expect(error?.kind == kind, comment, sourceLocation: sourceLocation)
    if let saying, let error {
        #expect(error.chineseMessage.contains(saying), "\(error.chineseMessage)", sourceLocation: sourceLocation)
    }
}
