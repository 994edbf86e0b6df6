import Testing
@testable import GongkaiTUI

@Suite("TextEditor — keys, paste guard, keymap, effects")
struct TextEditorTests {
    /// wcwidth needs the UTF-8 locale before any width is measured (tests run in parallel).
    init() { requireEditorUTF8() }

    @Test func typingSavingAndLeaving() {
        requireEditorUTF8()
        var c = EditorClipboard()
        var e = TextEditor(text: "", width: 20, height: 5)
        #expect(press(&e, .char("政"), .char("务"), clipboard: &c) == .changed)
        #expect(press(&e, .ctrl("s"), clipboard: &c) == .save)
        e.markSaved()
        #expect(!e.isModified)
        #expect(press(&e, .escape, clipboard: &c) == .leave)
        #expect(press(&e, .function(10), clipboard: &c) == .unhandled(.function(10)))
        #expect(press(&e, .ctrl("l"), clipboard: &c) == .unhandled(.ctrl("l")))
        #expect(press(&e, .enter, clipboard: &c) == .changed)   // Enter is a newline in the editor
        #expect(e.text == "政务\n")
        #expect(e.isModified)
        // A C1 control (8-bit CSI) typed or delivered as a character is not stored.
        #expect(press(&e, .char("\u{9B}"), clipboard: &c) == .none)
        #expect(e.text == "政务\n")
    }

    @Test func aPastedNewlineNeverTriggersACommand() {
        var c = EditorClipboard()
        var e = TextEditor(text: "原有", width: 20, height: 5)
        e.moveCaret(to: tpos(0, 2))
        var effects: [EditorEffect] = []
        let pasted: [EditorInput] = [.pasteBegin, .key(.char("第")), .key(.char("一")), .key(.enter),
                                     .key(.escape), .key(.ctrl("s")), .key(.char("第")), .key(.char("二")),
                                     .key(.tab), .key(.char("完")), .key(.function(1)), .key(.char("\u{9B}")), .key(.enter), .pasteEnd]
        for i in pasted { effects.append(e.handle(i, clipboard: &c)) }
        #expect(effects.dropLast().allSatisfy { $0 == .none })   // nothing saved, nothing left
        #expect(effects.last == .changed)
        #expect(e.text == "原有第一\n第二\t完\n")
        #expect(e.caret == tpos(2, 0))
        // The paste is one undo step.
        _ = e.perform(.undo, clipboard: &c)
        #expect(e.text == "原有")
        // Outside a paste the same keys are commands again.
        #expect(e.handle(.key(.ctrl("s")), clipboard: &c) == .save)
        #expect(e.handle(.pasteEnd, clipboard: &c) == .none)     // a stray end marker is harmless
    }

    @Test func anUnterminatedPasteIsClosedAfterIdleTicks() {
        var c = EditorClipboard()
        var e = TextEditor(text: "", width: 20, height: 5)
        _ = e.handle(.pasteBegin, clipboard: &c)
        _ = e.handle(.key(.char("粘")), clipboard: &c)
        _ = e.handle(.key(.char("贴")), clipboard: &c)
        var last = EditorEffect.none
        for _ in 0..<e.pasteGuard.idleLimit { last = e.noteIdle() }
        #expect(last == .changed)
        #expect(e.text == "粘贴")
        #expect(!e.pasteGuard.isPasting)
        #expect(press(&e, .escape, clipboard: &c) == .leave)     // keys work again
    }

    @Test func pasteGuardPassesKeysOutsideAPaste() {
        var g = PasteGuard()
        #expect(g.feed(.key(.enter)) == .key(.enter))
        #expect(g.feed(.pasteBegin) == .none)
        #expect(g.feed(.key(.char("e"))) == .none)
        #expect(g.feed(.key(.char("\u{301}"))) == .none)
        #expect(g.feed(.pasteEnd) == .insert("e\u{301}"))
        #expect(g.feed(.pasteBegin) == .none)
        #expect(g.feed(.pasteEnd) == .none)                       // an empty paste inserts nothing
    }

    @Test func cutCopyPasteAndKillThroughTheKeymap() {
        var c = EditorClipboard()
        var e = TextEditor(text: "政务公开工作要点", width: 40, height: 5)
        e.moveCaret(to: tpos(0, 0))
        press(&e, .ctrl("b"), .right, .right, clipboard: &c)      // mark, select 政务
        #expect(e.buffer.selection == tpos(0, 0)..<tpos(0, 2))
        #expect(press(&e, .ctrl("x"), clipboard: &c) == .changed)
        #expect(c.text == "政务")
        #expect(e.text == "公开工作要点")
        press(&e, .ctrl("e"), .ctrl("v"), clipboard: &c)
        #expect(e.text == "公开工作要点政务")
        press(&e, .ctrl("a"), .ctrl("b"), .right, .right, .ctrl("c"), clipboard: &c)
        #expect(c.text == "公开")
        #expect(e.buffer.selection == nil)
        // C-w with nothing selected deletes a word; with a selection it cuts.
        press(&e, .ctrl("e"), .ctrl("w"), clipboard: &c)
        #expect(e.text == "")
        #expect(c.text == "公开")                                  // a deleted word is not clipped
        // Consecutive kills collect into the clipboard.
        var k = TextEditor(text: "第一行\n第二行\n第三行", width: 40, height: 5)
        k.moveCaret(to: tpos(0, 0))
        press(&k, .ctrl("k"), .ctrl("k"), .ctrl("k"), clipboard: &c)
        #expect(c.text == "第一行\n第二行")
        #expect(k.text == "\n第三行")
        press(&k, .down, .ctrl("k"), clipboard: &c)                 // a motion starts a new kill
        #expect(c.text == "第三行")
    }

    @Test func undoRedoThroughTheKeymap() {
        var c = EditorClipboard()
        var e = TextEditor(text: "", width: 40, height: 5)
        press(&e, .char("公"), .char("开"), .enter, .char("目"), .char("录"), clipboard: &c)
        #expect(press(&e, .ctrl("z"), clipboard: &c) == .changed)
        #expect(e.text == "公开\n")
        press(&e, .ctrl("z"), .ctrl("z"), clipboard: &c)
        #expect(e.text == "")
        #expect(press(&e, .ctrl("z"), clipboard: &c) == .none)      // nothing left to undo
        press(&e, .ctrl("y"), clipboard: &c)
        #expect(e.text == "公开")
        // A pause reported by the caller splits typing.
        press(&e, .ctrl("e"), .char("工"), clipboard: &c)
        _ = e.noteIdle()
        press(&e, .char("作"), .ctrl("z"), clipboard: &c)
        #expect(e.text == "公开工")
    }

    @Test func searchThroughTheKeymap() {
        var c = EditorClipboard()
        var e = TextEditor(text: "政务公开\n做好公开工作", width: 40, height: 5)
        e.moveCaret(to: tpos(0, 0))
        #expect(press(&e, .function(3), clipboard: &c) == .search)  // no query yet: ask for one
        #expect(press(&e, .ctrl("f"), clipboard: &c) == .search)
        #expect(e.find("公开") == .moved)
        #expect(e.caret == tpos(0, 2))
        press(&e, .function(3), clipboard: &c)
        #expect(e.caret == tpos(1, 2))
        press(&e, .ctrl("r"), clipboard: &c)
        #expect(e.caret == tpos(0, 2))
        #expect(e.find("没有") == .notFound)
        #expect(e.caret == tpos(0, 2))
    }

    @Test func keymapIsConflictFreeAndLeavesTypingAlone() {
        let km = EditorKeymap.standard
        let names = km.bindings.map(\.key)
        #expect(Set(names).count == names.count)                   // one command per key
        // Every printable ASCII character is typed, never a command.
        for v in 0x20...0x7E {
            #expect(km.command(for: .char(Character(Unicode.Scalar(UInt8(v))))) == nil)
        }
        // Keys the terminal cannot tell from others are not bound by their C- names.
        for alias in ["C-h", "C-i", "C-m", "C-j", "C-["] { #expect(km.command(forName: alias) == nil) }
        // The commands officers need most have a key the backend delivers today.
        let delivered: [EditorCommand] = [.save, .leave, .undo, .redo, .cut, .copy, .paste, .search,
                                          .searchNext, .killLine, .toggleMark, .pageUp, .pageDown,
                                          .rowStart, .rowEnd, .lineStart, .lineEnd, .editExternal]
        for cmd in delivered {
            #expect(km.keys(for: cmd).contains { Key(name: $0) != nil }, "\(cmd.rawValue) has no live key")
        }
        var custom = km
        custom.bind("C-s", to: .leave)
        #expect(custom.command(for: .ctrl("s")) == .leave)
        #expect(EditorCommand.allCases.allSatisfy { !$0.summary.isEmpty })
    }
}
