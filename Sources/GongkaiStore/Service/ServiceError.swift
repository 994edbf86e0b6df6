/// A request the service refused for a reason other than access: bad input, a missing item, a
/// conflict. The message is for the officer; nothing was changed.
public enum ServiceError: Error, Equatable, Sendable, CustomStringConvertible {
    case invalid(String)
    case notFound(String)
    case conflict(String)

    public var description: String {
        switch self {
        case .invalid(let m), .notFound(let m), .conflict(let m): return m
        }
    }
}
