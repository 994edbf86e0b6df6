/// 单行输入 — the editing keys shared by every one-line input (the `:` command line, prompts
/// such as a return comment or a snooze date): characters (Chinese from an input method arrive
/// as ordinary characters), Backspace/Delete, Left/Right, Home/End, C-a/C-e, C-u.
public enum LineEditing {
    /// Applies `key` to `text` with the caret at grapheme index `caret`. Returns false when the
    /// key is not an editing key (the caller handles Enter, Esc, Tab, history …).
    public static func apply(_ key: Key, text: inout String, caret: inout Int) -> Bool {
        var chars = Array(text)
        caret = max(0, min(caret, chars.count))
        switch key {
        case .backspace, .ctrl("h"):
            eraseBack(&chars, caret: &caret)
        case .delete:
            if caret < chars.count { chars.remove(at: caret) }
        case .left: caret = max(0, caret - 1)
        case .right: caret = min(chars.count, caret + 1)
        case .home, .ctrl("a"): caret = 0
        case .end, .ctrl("e"): caret = chars.count
        case .ctrl("u"):
            chars.removeSubrange(0..<caret)
            caret = 0
        case .char(let c):
            chars.insert(c, at: caret)
            caret += 1
        default:
            return false
        }
        text = String(chars)
        caret = min(caret, text.count)   // a combining mark joins its base character
        return true
    }

    /// Deletes the character before the caret (what Backspace does; the `erase-back` command of
    /// the prompts, which close on an empty line, runs it on a line that is not empty).
    public static func eraseBack(text: inout String, caret: inout Int) {
        var chars = Array(text)
        caret = max(0, min(caret, chars.count))
        eraseBack(&chars, caret: &caret)
        text = String(chars)
        caret = min(caret, text.count)
    }

    private static func eraseBack(_ chars: inout [Character], caret: inout Int) {
        if caret > 0 { chars.remove(at: caret - 1); caret -= 1 }
    }
}
