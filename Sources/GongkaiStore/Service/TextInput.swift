import Foundation

extension GongkaiService {
    /// Optional text typed by an officer: surrounding spaces dropped, blank means absent.
    static func blankToNil(_ s: String?) -> String? {
        guard let t = s?.trimmedOfWhitespace, !t.isEmpty else { return nil }
        return t
    }
}

public extension String {
    private static let whitespace = CharacterSet.whitespacesAndNewlines

    /// `trimmingCharacters(in: .whitespacesAndNewlines)`, without building a new string when the
    /// text neither starts nor ends with a space (nearly every cell of an import; Docs/性能.md).
    var trimmedOfWhitespace: String {
        guard let first = unicodeScalars.first, let last = unicodeScalars.last,
              !String.whitespace.contains(first), !String.whitespace.contains(last) else {
            return trimmingCharacters(in: .whitespacesAndNewlines)
        }
        return self
    }
}
