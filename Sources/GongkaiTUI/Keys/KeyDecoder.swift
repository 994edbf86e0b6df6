/// 按键解码 — turns what follows an ESC into one input, with no terminal: a key of
/// `KeySequences`, Alt with a key, a lone Esc, or an unrecognised sequence swallowed whole.
///
/// curses matches the registered sequences itself; what reaches this decoder is an ESC that
/// curses could not match (a sequence no table knows, one that arrived split, Alt+key, or a real
/// Esc). The rule that matters: a sequence is never handed on as Esc followed by letters — in
/// the editor Esc leaves and `4` would switch panes.
public enum KeyDecoder {
    /// Decodes a whole input that starts with ESC, as a terminal sends it in one go (the tests'
    /// entry point; the backend feeds an `EscapeScanner` as bytes arrive). What is left after
    /// the first complete input is returned too.
    public static func decode(_ sequence: String) -> (input: EditorInput, rest: String) {
        var chars = Array(sequence)
        guard chars.first == "\u{1B}" else {
            let c = chars.first.map(String.init) ?? ""
            return (EscapeScanner.characterKey(c.unicodeScalars.first?.value ?? 0).map(EditorInput.key)
                    ?? .unrecognized(c), String(chars.dropFirst()))
        }
        chars.removeFirst()
        var scanner = EscapeScanner()
        var i = 0
        while i < chars.count {
            let step = scanner.feed(.character(chars[i]))
            i += 1
            if case .done(let input, let leftover) = step {
                let rest = (leftover == nil ? "" : String(chars[i - 1])) + String(chars[i...])
                return (input, rest)
            }
        }
        return (scanner.timeout(), "")
    }

    /// Looks a complete sequence (ESC included) up: the table, then xterm's modifier forms
    /// (`CSI 1 ; m X`, `CSI n ; m ~`, `SS3 m X`) of any key the table knows unmodified.
    public static func key(for sequence: String) -> EditorInput? {
        if let key = KeySequences.table[sequence] { return .key(key) }
        if sequence == TerminalFamily.csi("200~") { return .pasteBegin }
        if sequence == TerminalFamily.csi("201~") { return .pasteEnd }
        guard sequence.hasPrefix(TerminalFamily.csi("")) else { return nil }
        let body = sequence.dropFirst(2)
        guard let final = body.last else { return nil }
        let params = body.dropLast().split(separator: ";", omittingEmptySubsequences: false)
        guard params.count == 2, let m = Int(params[1]), let mods = KeyModifiers(xtermParameter: m) else { return nil }
        let unmodified: [String]
        if final == "~" {
            guard Int(params[0]) != nil else { return nil }
            unmodified = [TerminalFamily.csi(params[0] + "~")]
        } else {
            // CSI 1 ; m X for the keys xterm sends as CSI X (arrows, Home, End) or SS3 X (F1–F4).
            guard params[0] == "1", "ABCDHF".contains(final) || "PQRS".contains(final) else { return nil }
            unmodified = "PQRS".contains(final) ? [TerminalFamily.ss3(String(final))] : [TerminalFamily.csi(String(final))]
        }
        return unmodified.lazy.compactMap { KeySequences.table[$0] }.first.map { .key(Key.with($0, mods)) }
    }

    /// How an unrecognised sequence is shown on the status line: ESC as `ESC`, the rest (printable
    /// ASCII by construction) as is, anything else as U+ code.
    public static func display(_ sequence: String) -> String {
        sequence.unicodeScalars.map { s -> String in
            if s.value == 0x1B { return "ESC" }
            if (0x21...0x7E).contains(s.value) { return String(s) }
            return String(format: "<%02X>", s.value)
        }.joined()
    }
}

/// 转义序列扫描 — fed the inputs that follow an ESC one at a time, says when one input is
/// complete. CSI (`ESC [` parameters, intermediates, a final byte; rxvt's `$`), SS3 (`ESC O`
/// and one key, optionally with a modifier digit), the Linux console's `ESC [ [ A`, and Alt as
/// a second ESC before a sequence or an ESC before a key.
public struct EscapeScanner: Sendable {
    /// What arrives after the ESC: a character, or a key curses already decoded.
    public enum Element: Sendable, Equatable {
        case character(Character)
        case key(Key)
    }

    public enum Step: Sendable, Equatable {
        /// Keep reading (with the escape delay as the timeout).
        case more
        /// One input is complete; `leftover` did not belong to it and is the next input.
        case done(EditorInput, leftover: Element?)
    }

    /// The longest sequence read before giving up on it (a stuck or hostile stream).
    static let maxLength = 32

    private var body = ""
    private var state = State.start
    /// A second ESC was read first: the result is Alt with it.
    private var alt = false

    private enum State: Sendable { case start, csi, linuxFunction, ss3 }

    public init() {}

    public mutating func feed(_ element: Element) -> Step {
        let c: Character
        switch element {
        case .key(let key):
            if state == .start { return .done(.key(Key.with(key, .alt)), leftover: nil) }
            return .done(unrecognized(), leftover: element)
        case .character(let ch): c = ch
        }
        guard let scalar = c.unicodeScalars.first, c.unicodeScalars.count == 1 else {
            return state == .start ? .done(.key(Key.with(.char(c), .alt)), leftover: nil)
                : .done(unrecognized(), leftover: element)
        }
        let v = scalar.value
        switch state {
        case .start:
            switch c {
            case "[": state = .csi; body = "["; return .more
            case "O": state = .ss3; body = "O"; return .more
            case "\u{1B}" where !alt: alt = true; return .more
            default:
                // ESC ESC x: Alt with x, as ESC x (the first ESC is the same Alt said twice).
                guard let key = EscapeScanner.characterKey(v) else { return .done(.key(.escape), leftover: nil) }
                return .done(.key(Key.with(key, .alt)), leftover: nil)
            }
        case .csi:
            if body == "[" && c == "[" { body.append(c); state = .linuxFunction; return .more }
            if (0x30...0x3F).contains(v) || (0x20...0x2F).contains(v) && c != "$" {
                body.append(c)
                return body.count >= EscapeScanner.maxLength ? .done(unrecognized(), leftover: nil) : .more
            }
            if (0x40...0x7E).contains(v) || (c == "$" && body.count > 1) {
                body.append(c)
                return .done(finish(), leftover: nil)
            }
            return .done(unrecognized(), leftover: element)
        case .linuxFunction:
            if (0x40...0x7E).contains(v) { body.append(c); return .done(finish(), leftover: nil) }
            return .done(unrecognized(), leftover: element)
        case .ss3:
            if (0x30...0x3F).contains(v) && body.count < 4 { body.append(c); return .more }
            if (0x40...0x7E).contains(v) { body.append(c); return .done(finish(), leftover: nil) }
            return .done(unrecognized(), leftover: element)
        }
    }

    /// Nothing more came within the escape delay.
    public func timeout() -> EditorInput {
        switch state {
        case .start: return .key(.escape)                   // a real Esc (or Esc Esc)
        case .csi where body == "[": return .key(Key.with(.char("["), .alt))
        case .ss3 where body == "O": return .key(Key.with(.char("O"), .alt))
        default: return unrecognized()
        }
    }

    private func finish() -> EditorInput {
        guard let input = KeyDecoder.key(for: "\u{1B}" + body) else { return unrecognized() }
        if alt, case .key(let key) = input { return .key(Key.with(key, .alt)) }
        return input
    }

    private func unrecognized() -> EditorInput {
        .unrecognized((alt ? "\u{1B}" : "") + "\u{1B}" + body)
    }

    /// A character as a key (Tab, Enter, Esc, Backspace, Ctrl-letters, printable characters);
    /// nil for NUL and the other control characters that name no key.
    public static func characterKey(_ v: UInt32) -> Key? {
        switch v {
        case 9: return .tab
        case 10, 13: return .enter
        case 27: return .escape
        case 8, 127: return .backspace
        case 1...26: return .ctrl(Character(Unicode.Scalar(v + 96)!))
        case 0, 28...31: return nil
        default:
            guard let s = Unicode.Scalar(v) else { return nil }
            return .char(Character(s))
        }
    }
}
