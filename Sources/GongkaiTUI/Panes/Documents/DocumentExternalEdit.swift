import Foundation
import GongkaiCore
import GongkaiStore

/// 外部编辑 — the body handed to $VISUAL/$EDITOR (the event loop runs it outside curses) and read back.
extension DocumentEditorController {
    static func requestExternalEdit(model: AppModel) {
        guard let editor = model.state.documents.editor else { return }
        if editor.readOnly { return model.error(readOnlyMessage(editor)) }
        journal(model: model, force: editor.isModified)
        model.request(.runEditor(body: editor.body.text))
    }

    /// The body came back from $VISUAL/$EDITOR (nil: the editor failed; the text is unchanged).
    public static func externalEditFinished(_ text: String?, error: String?, model: AppModel) {
        guard var editor = model.state.documents.editor else { return }
        guard let text else { return model.error(TUIText.Documents.externalFailed.text(["\(error ?? "")"])) }
        if text != editor.body.text {
            editor.body.replaceAll(with: text)
            changed(&editor)
            fit(&editor, model: model)
            model.state.documents.editor = editor
            model.state.message = StatusMessage(text: TUIText.Documents.externalRead.text(
                KeyHints.keys(["undo", "save"], in: [.editor], keymap: model.keymap, global: false)), isError: false)
        } else {
            model.state.message = StatusMessage(text: TUIText.Documents.externalUnchanged.text(), isError: false)
        }
        sync(model)
    }
}
