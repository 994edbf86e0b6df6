import Testing
@testable import GongkaiTUI

/// What the app does with what the terminal decoder delivers besides plain keys.
@Suite("终端输入 Modified keys and unknown sequences in the app")
struct TerminalInputTests {
    init() { requireUTF8Locale() }

    private func feed(_ m: AppModel, _ bytes: String) {
        var rest = bytes
        for _ in 0..<bytes.unicodeScalars.count where !rest.isEmpty {   // each pass reads at least one character
            if rest.first == "\u{1B}" {
                let (input, left) = KeyDecoder.decode(rest)
                m.handle(input)
                rest = left
            } else {
                m.handle(.key(EscapeScanner.characterKey(rest.unicodeScalars.first!.value)!))
                rest.removeFirst()
            }
        }
    }

    @Test func anUnknownSequenceIsANoteAndNothingElse() throws {
        let m = try demoModel(width: 80, height: 24)
        m.handle(.char("2"))
        let before = m.state.lists[.documents]?.selected
        feed(m, "\u{1B}[99~")
        #expect(m.state.focus == .documents && m.state.lists[.documents]?.selected == before)
        #expect(m.state.message?.text.contains("ESC[99~") == true)
        #expect(!m.asksToQuit)
    }

    @Test func modifiedMotionKeysMoveAndUnboundAltKeysDoNothing() throws {
        let m = try demoModel(width: 80, height: 24)
        m.handle(.char("2"))
        feed(m, "\u{1B}[1;5B")          // C-Down: not bound, moves as Down
        #expect(m.state.lists[.documents]?.selected == 1)
        feed(m, "\u{1B}[a")             // rxvt S-Up
        #expect(m.state.lists[.documents]?.selected == 0)
        feed(m, "\u{1B}[4~")            // PuTTY End
        let last = (m.state.lists[.documents]?.count ?? 0) - 1
        #expect(m.state.lists[.documents]?.selected == last && last > 1)
        feed(m, "\u{1B}[1~")            // PuTTY Home
        #expect(m.state.lists[.documents]?.selected == 0)
        feed(m, "\u{1B}4\u{1B}q")       // M-4, M-q: bound to nothing, so nothing happens
        #expect(m.state.focus == .documents && !m.asksToQuit)
        feed(m, "\u{1B}")               // a real Esc is still Esc (nothing to close here)
        #expect(m.state.focus == .documents)
    }

    @Test func theEditorStaysOpenOnEndFromPuTTYAndMovesByWordOnAltB() throws {
        let m = try demoModel(width: 80, height: 24)
        m.execute(CommandLine(name: "open", argument: "D2026-0005"))
        #expect(m.state.documents.editor != nil)
        for _ in 0..<12 where m.state.documents.editor?.focus != .body { m.handle(.tab) }
        #expect(m.state.documents.editor?.focus == .body)
        feed(m, "\u{1B}[4~")            // End, as PuTTY and Xshell send it
        let caret = try #require(m.state.documents.editor?.body.caret)
        #expect(caret.index > 0)
        feed(m, "\u{1B}b")              // M-b: a word back, not Esc then b
        let back = try #require(m.state.documents.editor?.body.caret)
        #expect(back.line == caret.line && back.index < caret.index)
        #expect(m.state.documents.editor?.isModified == false && m.state.documents.editor?.prompt == nil)
        feed(m, "\u{1B}[1~4")           // Home, then the digit 4 typed
        #expect(m.state.documents.editor != nil && m.state.focus == .documents)
        #expect(m.state.documents.editor?.body.text.hasPrefix("4") == true)
        feed(m, "\u{1B}[99~")           // unknown: the editor stays open, nothing typed
        #expect(m.state.documents.editor?.body.text.hasPrefix("4") == true)
        #expect(m.state.documents.editor != nil)
        feed(m, "\u{1B}")
        #expect(m.state.documents.editor?.prompt != nil || m.state.documents.editor == nil)
    }
}
