/// A phrase with its arguments, turned into words only when it is read — so an error made in
/// one place reads in the language in force where it is shown (`UILanguage.current`).
///
/// A plain string literal or interpolation is accepted too (the same text in both languages),
/// so `ServiceError.invalid("…")` written before a phrase existed still compiles; such texts are
/// moved into a phrase catalog as their area is translated. Two texts are equal when their
/// Chinese readings are.
public struct PhraseText: Sendable, Hashable, CustomStringConvertible, ExpressibleByStringInterpolation {
    public let phrase: Phrase
    public let arguments: [String]

    public init(_ phrase: Phrase, _ arguments: [String] = []) {
        self.phrase = phrase
        self.arguments = arguments
    }

    /// The same text in both languages (data, or a text not yet in a catalog).
    public init(verbatim text: String) {
        self.init(Phrase(text, text))
    }

    /// A text that already follows `UILanguage.current` (a rule error's `description`), read in
    /// both languages now.
    public init(reading: () -> String) {
        self.init(Phrase(UILanguage.$current.withValue(.zh, operation: reading),
                         UILanguage.$current.withValue(.en, operation: reading)))
    }

    public init(stringLiteral value: String) {
        self.init(verbatim: value)
    }

    public init(stringInterpolation: DefaultStringInterpolation) {
        self.init(verbatim: String(stringInterpolation: stringInterpolation))
    }

    public func text(in language: UILanguage = UILanguage.current) -> String {
        phrase.text(arguments, in: language)
    }

    public var description: String { text() }

    public static func == (a: PhraseText, b: PhraseText) -> Bool {
        a.text(in: .zh) == b.text(in: .zh)
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(text(in: .zh))
    }
}

extension Phrase {
    /// This phrase with its arguments, to be read later (`PhraseText`).
    public func with(_ arguments: [String] = []) -> PhraseText {
        PhraseText(self, arguments)
    }
}
