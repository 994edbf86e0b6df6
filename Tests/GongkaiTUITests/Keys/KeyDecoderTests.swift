import Testing
@testable import GongkaiTUI

/// What each emulator sends, written out from its own documentation (xterm ctlseqs, PuTTY
/// manual 4.4, rxvt(7), console_codes(4), the SCO console, tmux input-keys.c) — independently of
/// the table in KeySequences.swift, which must agree with it.
private let e = "\u{1B}"
private func k(_ name: String) -> Key { Key(name: name)! }

private let expected: [String: [(String, Key)]] = [
    "xterm": [
        ("\(e)[A", .up), ("\(e)[B", .down), ("\(e)[C", .right), ("\(e)[D", .left),
        ("\(e)[H", .home), ("\(e)[F", .end), ("\(e)[2~", .insert), ("\(e)[3~", .delete),
        ("\(e)[5~", .pageUp), ("\(e)[6~", .pageDown), ("\(e)[Z", .backTab),
        ("\(e)OP", .function(1)), ("\(e)OQ", .function(2)), ("\(e)OR", .function(3)), ("\(e)OS", .function(4)),
        ("\(e)[15~", .function(5)), ("\(e)[17~", .function(6)), ("\(e)[18~", .function(7)),
        ("\(e)[19~", .function(8)), ("\(e)[20~", .function(9)), ("\(e)[21~", .function(10)),
        ("\(e)[23~", .function(11)), ("\(e)[24~", .function(12)),
        ("\(e)[1;2A", k("S-Up")), ("\(e)[1;3A", k("M-Up")), ("\(e)[1;5A", k("C-Up")),
        ("\(e)[1;6B", k("C-S-Down")), ("\(e)[1;5D", k("C-Left")), ("\(e)[1;5C", k("C-Right")),
        ("\(e)[1;7C", k("C-M-Right")), ("\(e)[1;8D", k("C-M-S-Left")),
        ("\(e)[1;5H", k("C-Home")), ("\(e)[1;5F", k("C-End")), ("\(e)[1;2H", k("S-Home")),
        ("\(e)[3;2~", k("S-Delete")), ("\(e)[2;5~", k("C-Insert")), ("\(e)[6;5~", k("C-PgDn")),
        ("\(e)[5;3~", k("M-PgUp")), ("\(e)[1;2P", .function(13)), ("\(e)[1;2R", .function(15)),
        ("\(e)[15;2~", .function(17)), ("\(e)[24;2~", .function(24)), ("\(e)[15;5~", k("C-F5")),
        ("\(e)[1;5P", k("C-F1")), ("\(e)[1;3S", k("M-F4")),
    ],
    "xterm application mode": [
        ("\(e)OA", .up), ("\(e)OB", .down), ("\(e)OC", .right), ("\(e)OD", .left),
        ("\(e)OH", .home), ("\(e)OF", .end), ("\(e)OM", .enter),
        ("\(e)Op", .char("0")), ("\(e)Ow", .char("7")), ("\(e)Oy", .char("9")), ("\(e)Ok", .char("+")),
        ("\(e)Om", .char("-")), ("\(e)On", .char(".")),
    ],
    "vt220": [
        ("\(e)[1~", .home), ("\(e)[4~", .end), ("\(e)[2~", .insert), ("\(e)[3~", .delete),
        ("\(e)[5~", .pageUp), ("\(e)[6~", .pageDown), ("\(e)OP", .function(1)), ("\(e)[17~", .function(6)),
        ("\(e)[25~", .function(13)), ("\(e)[34~", .function(20)),
    ],
    "putty": [
        ("\(e)[1~", .home), ("\(e)[4~", .end), ("\(e)[11~", .function(1)), ("\(e)[12~", .function(2)),
        ("\(e)[13~", .function(3)), ("\(e)[14~", .function(4)), ("\(e)[15~", .function(5)),
        ("\(e)[23~", .function(11)), ("\(e)OA", .up), ("\(e)OD", .left),
        ("\(e)\(e)[A", k("M-Up")), ("\(e)\(e)[1~", k("M-Home")), ("\(e)\(e)[6~", k("M-PgDn")),
        ("\(e)OT", .function(5)), ("\(e)OY", .function(10)), ("\(e)OZ", .function(11)), ("\(e)O[", .function(12)),
    ],
    "rxvt": [
        ("\(e)[7~", .home), ("\(e)[8~", .end), ("\(e)[a", k("S-Up")), ("\(e)[d", k("S-Left")),
        ("\(e)Oa", k("C-Up")), ("\(e)Oc", k("C-Right")), ("\(e)[7$", k("S-Home")), ("\(e)[8^", k("C-End")),
        ("\(e)[3@", k("C-S-Delete")), ("\(e)[5^", k("C-PgUp")), ("\(e)[11^", k("C-F1")),
        ("\(e)[23$", .function(23)), ("\(e)[25~", .function(13)), ("\(e)[Z", .backTab),
        ("\(e)\(e)[D", k("M-Left")), ("\(e)\(e)[7~", k("M-Home")),
    ],
    "linux": [
        ("\(e)[[A", .function(1)), ("\(e)[[B", .function(2)), ("\(e)[[C", .function(3)),
        ("\(e)[[D", .function(4)), ("\(e)[[E", .function(5)), ("\(e)[17~", .function(6)),
        ("\(e)[1~", .home), ("\(e)[4~", .end), ("\(e)[3~", .delete),
    ],
    "sco": [
        ("\(e)[H", .home), ("\(e)[F", .end), ("\(e)[I", .pageUp), ("\(e)[G", .pageDown), ("\(e)[L", .insert),
        ("\(e)[M", .function(1)), ("\(e)[N", .function(2)), ("\(e)[O", .function(3)),
        ("\(e)[W", .function(11)), ("\(e)[X", .function(12)),
    ],
    "tmux/screen": [
        ("\(e)[1~", .home), ("\(e)[4~", .end), ("\(e)OA", .up), ("\(e)[A", .up), ("\(e)[1;5C", k("C-Right")),
        ("\(e)[1;2D", k("S-Left")), ("\(e)OP", .function(1)), ("\(e)[24~", .function(12)),
    ],
]

@Suite("按键解码 Key decoding across emulators")
struct KeyDecoderTests {
    @Test func everyEmulatorsSequencesDecodeToTheirKey() {
        for (emulator, list) in expected {
            for (sequence, key) in list {
                let decoded = KeyDecoder.decode(sequence)
                #expect(decoded.input == .key(key), "\(emulator) \(KeyDecoder.display(sequence))")
                #expect(decoded.rest.isEmpty, "\(emulator) \(KeyDecoder.display(sequence)) left \(decoded.rest)")
                // And curses is given the same meaning: the table registered with define_key.
                #expect(KeySequences.table[sequence] == key, "\(emulator) \(KeyDecoder.display(sequence)) not registered")
            }
        }
    }

    @Test func everyTableEntryIsOneWholeSequenceForTheScanner() {
        #expect(KeySequences.all.count > 200)
        for (sequence, key) in KeySequences.all {
            let decoded = KeyDecoder.decode(sequence)
            #expect(decoded.input == .key(key) && decoded.rest.isEmpty, "\(KeyDecoder.display(sequence))")
        }
    }

    @Test func noTwoFamiliesGiveOneSequenceTwoMeanings() {
        var meaning: [String: (TerminalFamily, Key)] = [:]
        for family in TerminalFamily.allCases {
            for (sequence, key) in family.sequences {
                if let (other, known) = meaning[sequence] {
                    #expect(known == key, "\(KeyDecoder.display(sequence)): \(other) \(known.name), \(family) \(key.name)")
                }
                meaning[sequence] = (family, key)
            }
        }
    }

    @Test func escAloneAltKeyAndSplitSequencesStayApart() {
        #expect(KeyDecoder.decode(e).input == .key(.escape))
        #expect(KeyDecoder.decode("\(e)b").input == .key(k("M-b")))
        #expect(KeyDecoder.decode("\(e)B").input.keyName == "M-B")
        #expect(KeyDecoder.decode("\(e)\u{7F}").input == .key(k("M-BSpace")))
        #expect(KeyDecoder.decode("\(e)\r").input == .key(k("M-Enter")))
        #expect(KeyDecoder.decode("\(e)4").input == .key(k("M-4")))
        #expect(KeyDecoder.decode("\(e)[").input == .key(k("M-[")))
        #expect(KeyDecoder.decode("\(e)O").input == .key(k("M-O")))
        #expect(KeyDecoder.decode("\(e)\(e)").input == .key(.escape))
        #expect(KeyDecoder.decode("\(e)中").input == .key(.with(.char("中"), .alt)))
        // A key curses decoded right after the ESC is that key with Alt.
        var s = EscapeScanner()
        #expect(s.feed(.key(.up)) == .done(.key(k("M-Up")), leftover: nil))
    }

    /// The reported bug: End from PuTTY/Xshell under TERM=xterm arrived as Esc, `[`, `4`, `~`.
    @Test func unknownSequencesAreSwallowedWholeNeverEscPlusKeys() {
        #expect(KeyDecoder.decode("\(e)[4~4").input == .key(.end))
        #expect(KeyDecoder.decode("\(e)[4~4").rest == "4")
        let unknown = KeyDecoder.decode("\(e)[99~4")
        #expect(unknown.input == .unrecognized("\(e)[99~"))
        #expect(unknown.rest == "4")
        #expect(KeyDecoder.decode("\(e)[?1;2c").input == .unrecognized("\(e)[?1;2c"))
        #expect(KeyDecoder.decode("\(e)[1;5").input == .unrecognized("\(e)[1;5"))   // cut short
        #expect(KeyDecoder.decode("\(e)O5").input == .unrecognized("\(e)O5"))
        #expect(KeyDecoder.decode("\(e)[[").input == .unrecognized("\(e)[["))
        let broken = KeyDecoder.decode("\(e)[12中")
        #expect(broken.input == .unrecognized("\(e)[12") && broken.rest == "中")
        #expect(KeyDecoder.decode("\(e)\(e)[99~").input == .unrecognized("\(e)\(e)[99~"))
        let long = "\(e)[" + String(repeating: "1", count: 60) + "~"
        #expect(KeyDecoder.decode(long).input == .unrecognized(String(long.prefix(2 + 31))))
        #expect(KeyDecoder.display("\(e)[99~") == "ESC[99~")
        // Modifier forms the table does not list are read by their parameters (Meta = Alt).
        #expect(KeyDecoder.decode("\(e)[1;9A").input == .key(k("M-Up")))
        #expect(KeyDecoder.decode("\(e)[3;13~").input == .key(k("C-M-Delete")))
        #expect(KeyDecoder.decode("\(e)[200~").input == .pasteBegin)
    }

    @Test func modifiedKeyNamesRoundTrip() {
        for name in ["C-Left", "M-b", "S-Home", "C-M-Up", "M-BSpace", "M-C-x", "C-S-Down", "M-[", "C-F5", "M-Enter"] {
            #expect(Key(name: name)?.name == name, "\(name)")
        }
        #expect(Key(name: "S-Tab") == .backTab && Key.with(.tab, .shift) == .backTab)
        #expect(Key.with(.function(3), .shift) == .function(15))
        #expect(Key(name: "S-F3") == .function(15))
        #expect(Key(name: "M-S-a") == Key(name: "M-a"))
        #expect(Key.with(Key.with(.up, .ctrl), .alt) == Key(name: "C-M-Up"))
        #expect(Key(name: "C-") == nil && Key(name: "X-Up") == nil && Key(name: "C-Resize") == nil)
        #expect(Key(name: "C-Left")?.base == .left && Key(name: "C-Left")!.base.isMotion)
    }
}

private extension EditorInput {
    var keyName: String? {
        if case .key(let k) = self { return k.name }
        return nil
    }
}
