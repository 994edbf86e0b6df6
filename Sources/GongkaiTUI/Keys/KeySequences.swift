/// 终端按键序列 — what each terminal family sends for the keys the app uses, as data.
///
/// Officers connect with Xshell, PuTTY/KiTTY, SecureCRT, MobaXterm or Windows Terminal, often
/// with a `TERM` that does not describe the emulator (PuTTY sends `ESC [ 1 ~` for Home where
/// xterm's terminfo says `ESC O H`). So the backend does not rely on terminfo alone: every
/// sequence below is registered with curses (`define_key`) whatever `TERM` says, and
/// `KeyDecoder` reads the same table for sequences that arrive split or unknown. One sequence
/// means one key in every family (a unit test checks it).
///
/// Sources: xterm's ctlseqs ("PC-Style Function Keys"), the VT220 manual, PuTTY's
/// configuration chapter 4.4 (keyboard), rxvt(7) "Key Codes", console_codes(4), the SCO
/// console, and tmux's input-keys.c.
///
/// Known ambiguities, settled here:
/// - `ESC O w` is keypad 7 in application-keypad mode (which curses switches on with `smkx`)
///   and End in PuTTY's little-used "rxvt" Home/End setting: it is taken as the digit 7.
/// - `ESC [ G` is PgDn on the SCO console and keypad 5 on the Linux console: PgDn.
/// - `ESC [ M` is F1 on the SCO console and the start of a mouse report in xterm: it is not
///   registered when terminfo uses it for the mouse (`kmous`).
public enum TerminalFamily: String, CaseIterable, Sendable {
    /// xterm in normal cursor mode; also Windows Terminal (OpenSSH), MobaXterm, SecureCRT and
    /// Xshell set to xterm, GNOME/KDE terminals. Modifiers as `CSI 1 ; m X` and `CSI n ; m ~`.
    case xterm
    /// xterm in application cursor / keypad mode (curses' `smkx`): `ESC O A`…, keypad `ESC O p`….
    case xtermApplication
    /// VT220 and terminals emulating it (SecureCRT, Xshell "VT220"): `ESC [ n ~`, Find/Select.
    case vt220
    /// PuTTY and KiTTY in their default "ESC [n~" mode, and its VT100+ and Xterm R6 variants.
    case putty
    /// rxvt / urxvt: `ESC [ 7 ~` Home, `$` Shift, `^` Ctrl, `ESC O a` Ctrl-Up.
    case rxvt
    /// The Linux console (and PuTTY's "Linux" mode): `ESC [ [ A` … `ESC [ [ E` for F1–F5.
    case linux
    /// The SCO console (and PuTTY's "SCO" mode): `ESC [ M`… for F1–F12, `ESC [ I`/`G` pages.
    case sco
    /// tmux and GNU screen, as they pass keys on to the program in a pane.
    case tmux

    static let esc = "\u{1B}"
    static func csi(_ s: String) -> String { esc + "[" + s }
    static func ss3(_ s: String) -> String { esc + "O" + s }

    static let arrows: [(String, Key)] = [("A", .up), ("B", .down), ("C", .right), ("D", .left)]
    /// `CSI n ~` keys common to VT220, PuTTY, rxvt, Linux, xterm and tmux.
    static let editingKeys: [(Int, Key)] = [(2, .insert), (3, .delete), (5, .pageUp), (6, .pageDown)]
    /// F5–F12 as `CSI n ~` (F5 is 15; 16 and 22 are skipped, as on the VT220).
    static let upperFunctionKeys: [(Int, Key)] = [(15, .function(5)), (17, .function(6)), (18, .function(7)),
        (19, .function(8)), (20, .function(9)), (21, .function(10)), (23, .function(11)), (24, .function(12))]
    /// The VT220's F13–F20 (`CSI 25 ~`…), which PuTTY and rxvt send for Shift-F3…Shift-F10.
    static let vt220HighFunctionKeys: [(Int, Key)] = [(25, .function(13)), (26, .function(14)),
        (28, .function(15)), (29, .function(16)), (31, .function(17)), (32, .function(18)),
        (33, .function(19)), (34, .function(20))]
    static let pf: [(String, Key)] = [("P", .function(1)), ("Q", .function(2)), ("R", .function(3)), ("S", .function(4))]
    /// xterm's modifier parameters 2…8 (Shift, Alt, Ctrl and their combinations).
    static let modifierParameters = 2...8

    /// Every sequence this family sends and the key it means.
    public var sequences: [(sequence: String, key: Key)] {
        typealias F = TerminalFamily
        var s: [(String, Key)] = []
        switch self {
        case .xterm, .tmux:
            s += F.arrows.map { (F.csi($0.0), $0.1) }
            s += [(F.csi("H"), .home), (F.csi("F"), .end), (F.csi("Z"), .backTab)]
            s += F.editingKeys.map { (F.csi("\($0.0)~"), $0.1) }
            s += F.pf.map { (F.ss3($0.0), $0.1) }
            s += F.upperFunctionKeys.map { (F.csi("\($0.0)~"), $0.1) }
            // Modified keys: CSI 1 ; m X for arrows, Home, End, F1–F4; CSI n ; m ~ for the rest.
            for m in F.modifierParameters {
                let mods = KeyModifiers(xtermParameter: m)!
                s += (F.arrows + [("H", .home), ("F", .end)] + F.pf).map { (F.csi("1;\(m)\($0.0)"), Key.with($0.1, mods)) }
                s += (F.editingKeys + F.upperFunctionKeys).map { (F.csi("\($0.0);\(m)~"), Key.with($0.1, mods)) }
            }
            if self == .tmux {
                // tmux and screen send Home and End as the VT220's Find and Select.
                s += [(F.csi("1~"), .home), (F.csi("4~"), .end)]
                s += F.arrows.map { (F.ss3($0.0), $0.1) }
            } else {
                // Older xterms and VTE sent modified F1–F4 as SS3 with the modifier.
                for m in F.modifierParameters {
                    let mods = KeyModifiers(xtermParameter: m)!
                    s += F.pf.map { (F.ss3("\(m)\($0.0)"), Key.with($0.1, mods)) }
                }
            }
        case .xtermApplication:
            s += F.arrows.map { (F.ss3($0.0), $0.1) }
            s += [(F.ss3("H"), .home), (F.ss3("F"), .end), (F.ss3("M"), .enter)]
            // The numeric keypad in application mode: the keys it carries, never commands.
            let keypad: [(String, Character)] = [("j", "*"), ("k", "+"), ("l", ","), ("m", "-"), ("n", "."),
                ("o", "/"), ("p", "0"), ("q", "1"), ("r", "2"), ("s", "3"), ("t", "4"), ("u", "5"),
                ("v", "6"), ("w", "7"), ("x", "8"), ("y", "9")]
            s += keypad.map { (F.ss3($0.0), .char($0.1)) }
        case .vt220, .putty:
            s += F.arrows.map { (F.csi($0.0), $0.1) }
            // PuTTY sends Ctrl-arrows as the other cursor mode's arrows: they still move.
            s += F.arrows.map { (F.ss3($0.0), $0.1) }
            s += [(F.csi("1~"), .home), (F.csi("4~"), .end), (F.csi("Z"), .backTab)]
            s += F.editingKeys.map { (F.csi("\($0.0)~"), $0.1) }
            s += F.upperFunctionKeys.map { (F.csi("\($0.0)~"), $0.1) }
            s += F.vt220HighFunctionKeys.map { (F.csi("\($0.0)~"), $0.1) }
            s += F.pf.map { (F.ss3($0.0), $0.1) }
            if self == .putty {
                s += (11...14).map { (F.csi("\($0)~"), .function($0 - 10)) }
                // VT100+ mode: F5–F10 as ESC O T … ESC O Y, F11 ESC O Z, F12 ESC O [.
                s += Array("TUVWXYZ[").enumerated().map { (F.ss3(String($0.element)), .function($0.offset + 5)) }
                // Alt is sent as an ESC before the key.
                s += (F.arrows.map { (F.csi($0.0), $0.1) } + [(F.csi("1~"), .home), (F.csi("4~"), .end)]
                      + F.editingKeys.map { (F.csi("\($0.0)~"), $0.1) })
                    .map { (F.esc + $0.0, Key.with($0.1, .alt)) }
            }
        case .rxvt:
            s += F.arrows.map { (F.csi($0.0), $0.1) }
            s += F.arrows.map { (F.ss3($0.0), $0.1) }
            s += [("a", Key.up), ("b", .down), ("c", .right), ("d", .left)].flatMap { letter, key in
                [(F.csi(letter), Key.with(key, .shift)), (F.ss3(letter), Key.with(key, .ctrl))]
            }
            let tilde = F.editingKeys + [(7, .home), (8, .end)] + (11...14).map { ($0, Key.function($0 - 10)) }
                + F.upperFunctionKeys + F.vt220HighFunctionKeys
            s += tilde.map { (F.csi("\($0.0)~"), $0.1) }
            let rxvtModifiers: [(String, KeyModifiers)] = [("$", .shift), ("^", .ctrl), ("@", [.ctrl, .shift])]
            for (suffix, mods) in rxvtModifiers {
                s += (F.editingKeys + [(7, .home), (8, .end)]).map { (F.csi("\($0.0)\(suffix)"), Key.with($0.1, mods)) }
            }
            // Ctrl-F1… as `CSI 11 ^`; Shift-F11/F12 as `CSI 23 $` / `CSI 24 $`.
            s += ((11...14).map { ($0, Key.function($0 - 10)) } + F.upperFunctionKeys)
                .map { (F.csi("\($0.0)^"), Key.with($0.1, .ctrl)) }
            s += [(F.csi("23$"), .function(23)), (F.csi("24$"), .function(24))]
            s += [(F.csi("Z"), .backTab)]
            s += (F.arrows.map { (F.csi($0.0), $0.1) } + [(F.csi("7~"), .home), (F.csi("8~"), .end)])
                .map { (F.esc + $0.0, Key.with($0.1, .alt)) }
        case .linux:
            s += F.arrows.map { (F.csi($0.0), $0.1) }
            s += F.arrows.map { (F.ss3($0.0), $0.1) }
            s += [(F.csi("1~"), .home), (F.csi("4~"), .end)]
            s += F.editingKeys.map { (F.csi("\($0.0)~"), $0.1) }
            s += Array("ABCDE").enumerated().map { (F.csi("[" + String($0.element)), .function($0.offset + 1)) }
            s += F.upperFunctionKeys.dropFirst().map { (F.csi("\($0.0)~"), $0.1) }
            s += F.vt220HighFunctionKeys.map { (F.csi("\($0.0)~"), $0.1) }
        case .sco:
            s += F.arrows.map { (F.csi($0.0), $0.1) }
            s += [(F.csi("H"), .home), (F.csi("F"), .end), (F.csi("I"), .pageUp), (F.csi("G"), .pageDown),
                  (F.csi("L"), .insert), (F.csi("Z"), .backTab)]
            s += Array("MNOPQRSTUVWX").enumerated().map { (F.csi(String($0.element)), .function($0.offset + 1)) }
        }
        return s
    }
}

/// 按键序列表 — all families' sequences merged: sequence → key.
public enum KeySequences {
    /// Every sequence of every family, once, in a stable order (curses gets a code per entry).
    public static let all: [(sequence: String, key: Key)] = {
        var seen = Set<String>()
        var list: [(String, Key)] = []
        for family in TerminalFamily.allCases {
            for (sequence, key) in family.sequences where seen.insert(sequence).inserted {
                list.append((sequence, key))
            }
        }
        return list
    }()

    public static let table: [String: Key] = Dictionary(all.map { ($0.sequence, $0.key) }, uniquingKeysWith: { a, _ in a })
}
