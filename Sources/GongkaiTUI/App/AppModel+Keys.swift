/// 组合键与未知序列 — what the terminal decoder delivers besides plain keys: a key with
/// Shift/Alt/Ctrl (`C-Left`, `M-b`) and an escape sequence no table knows.
extension AppModel {
    /// The input as the views should see it: an unknown sequence becomes a status-line note
    /// (and nothing else happens), a modified key nobody binds falls back to the key itself when
    /// it moves (`C-Down` in a list moves down) and is ignored otherwise (an unbound `M-q` must
    /// not quit). Nil: nothing more to do.
    func resolveTerminalInput(_ input: EditorInput) -> EditorInput? {
        switch input {
        case .unrecognized(let sequence):
            state.message = StatusMessage(text: TUIText.Keys.unrecognized.text([KeyDecoder.display(sequence)]), isError: false)
            return nil
        case .key(let key):
            guard case .modified(let base, _) = key else { return input }
            if isBound(key) { return input }
            return base.isMotion ? .key(base) : nil
        default:
            return input
        }
    }

    /// Whether the open editor's keymap or the app's keymap (for the view on top) binds `key`.
    func isBound(_ key: Key) -> Bool {
        if state.documents.editor != nil, editorKeymap.command(for: key) != nil { return true }
        return keymap.command(for: key, in: topView.scopes(state)) != nil
    }
}
