/// 编辑器输入 — what the backend hands an editor: a key, or a bracketed-paste marker.
///
/// The backend registers the terminal's paste markers (terminfo `PS`/`PE`, sent once bracketed
/// paste is switched on with `BE`) as special keys and delivers them as `pasteBegin`/`pasteEnd`.
public enum EditorInput: Hashable, Sendable {
    case key(Key)
    case pasteBegin
    case pasteEnd
    /// A click or wheel step (config `mouse = true`); AppModel takes it before any editor.
    case mouse(MouseEvent)
    /// An escape sequence no table knows, swallowed whole (`KeyDecoder`): never run as keys;
    /// the app says on the status line that it was ignored.
    case unrecognized(String)
}

/// 粘贴防护 — turns everything between the paste markers into text, never into commands.
///
/// Without bracketed paste every newline of a pasted paragraph arrives as Enter and every ESC
/// as Esc, and could save, leave or run whatever is bound. The contract:
/// - Between `pasteBegin` and `pasteEnd` keys are collected, not acted on. `.char` becomes
///   itself, Enter a line break, Tab a tab; anything else (Esc, Ctrl keys, arrows, function
///   keys — only escape sequences inside the pasted text produce those) is dropped. At
///   `pasteEnd` the whole text comes out as one `.insert`: one undo step.
/// - Outside a paste every key comes out unchanged as `.key`: Enter inserts a newline in the
///   editor too, but it is the caller (the editor's keymap, then the app's) that decides what a
///   key means. Pasted text never reaches a keymap.
/// - A paste whose end marker never comes (a terminal that dropped it) must not swallow the
///   officer's keys forever: after `idleLimit` idle ticks (`timeout()`, called when the input
///   read times out, 200 ms in the app) the collected text is inserted and paste mode ends.
public struct PasteGuard: Equatable, Sendable {
    /// What to do with one input.
    public enum Output: Equatable, Sendable {
        /// A key pressed outside a paste: the caller decides.
        case key(Key)
        /// A completed paste: insert this text literally.
        case insert(String)
        /// Collected or dropped; nothing to do yet.
        case none
    }

    public private(set) var isPasting = false
    private var collected = ""
    private var idleTicks = 0
    /// Idle ticks (input timeouts) after which an unterminated paste is closed.
    public var idleLimit = 10

    public init() {}

    public mutating func feed(_ input: EditorInput) -> Output {
        switch input {
        case .pasteBegin:
            // A second begin without an end: keep collecting into the same paste.
            isPasting = true
            idleTicks = 0
            return .none
        case .pasteEnd:
            guard isPasting else { return .none }
            return finish()
        case .mouse, .unrecognized:
            return .none
        case .key(let key):
            guard isPasting else { return .key(key) }
            idleTicks = 0
            switch key {
            case .char(let c): collected.append(c)
            case .enter: collected.append("\n")
            case .tab: collected.append("\t")
            default: break
            }
            return .none
        }
    }

    /// The input read timed out: an unterminated paste is closed after `idleLimit` of these.
    public mutating func timeout() -> Output {
        guard isPasting else { return .none }
        idleTicks += 1
        return idleTicks >= idleLimit ? finish() : .none
    }

    private mutating func finish() -> Output {
        let text = collected
        collected = ""
        isPasting = false
        idleTicks = 0
        return text.isEmpty ? .none : .insert(text)
    }
}
