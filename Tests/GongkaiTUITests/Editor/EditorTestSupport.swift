import Testing
@testable import GongkaiTUI

/// wcwidth needs a UTF-8 LC_CTYPE; set it up the app's way once for the editor tests.
let editorTestLocale: TerminalLocale.Outcome = testLocale   // one setlocale for the whole test process

func requireEditorUTF8(sourceLocation: SourceLocation = #_sourceLocation) {
    if case .unavailable(let name) = editorTestLocale {
        Issue.record("no UTF-8 locale available (was \(name)); install locales / C.UTF-8",
                     sourceLocation: sourceLocation)
    }
}

/// A buffer with `text` and the caret at `caret` (default: end of the text).
func editorBuffer(_ text: String, caret: TextPosition? = nil) -> TextBuffer {
    requireEditorUTF8()
    var b = TextBuffer(text)
    b.moveCaret(to: caret ?? b.endPosition)
    return b
}

func tpos(_ line: Int, _ index: Int) -> TextPosition { TextPosition(line: line, index: index) }

/// Feeds keys to an editor, returning the last effect.
@discardableResult
func press(_ editor: inout TextEditor, _ keys: Key..., clipboard: inout EditorClipboard) -> EditorEffect {
    var last = EditorEffect.none
    for k in keys { last = editor.handle(.key(k), clipboard: &clipboard) }
    return last
}

/// The display widths of each visual row of `chars` wrapped at `width`.
func editorRowWidths(_ chars: [Character], width: Int) -> [Int] {
    let starts = SoftWrap.rowStarts(of: chars, width: width)
    return starts.indices.map { r in
        let end = r + 1 < starts.count ? starts[r + 1] : chars.count
        return SoftWrap.column(of: end, in: chars, rowStart: starts[r])
    }
}
