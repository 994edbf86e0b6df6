import Foundation

extension GongkaiService {
    /// Optional text typed by an officer: surrounding spaces dropped, blank means absent.
    static func blankToNil(_ s: String?) -> String? {
        let t = s?.trimmingCharacters(in: .whitespacesAndNewlines)
        return (t?.isEmpty ?? true) ? nil : t
    }
}
