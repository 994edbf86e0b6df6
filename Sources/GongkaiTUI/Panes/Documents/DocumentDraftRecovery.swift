import Foundation
import GongkaiCore
import GongkaiStore

/// 草稿日志与恢复 — every edit of the open editor is appended to its journal before the frame
/// that shows it is drawn (DocumentDraftJournal), compacted when the keyboard goes idle, and
/// offered at the next start after an SSH drop or `kill -9`.
extension DocumentEditorController {
    /// After an edit: modified while the body or a field differs from what was opened or saved
    /// (typing and then undoing it all leaves nothing to save).
    static func changed(_ editor: inout DocumentEditorState) {
        editor.isModified = editor.body.isModified
            || !editor.form.sameFields(as: DocumentMetadataForm(DocumentEdit(editor.opened)))
        editor.journalPending = true
    }

    /// Asks for the pending changes to be journaled (`Effect.journalDocument`, written by the loop
    /// before the frame is drawn): the edit appended; `whole` (or `force`): the whole entry,
    /// compacting the journal, also when nothing is pending but lines were appended.
    static func journal(model: AppModel, force: Bool = false, whole: Bool = false) {
        guard let editor = model.state.documents.editor, editor.isModified, let source = dataSource(model) else { return }
        guard force || editor.journalPending || (whole && (source.documentJournal.hasAppended || model.journalAppendAsked))
        else { return }
        guard let edit = (try? editor.form.edit(id: editor.id, version: editor.opened.version, body: editor.body.text))
            ?? fallbackEdit(editor) else { return }
        let entry = DocumentDraftJournal.Entry(
            edit: edit, caretLine: editor.body.caret.line, caretIndex: editor.body.caret.index,
            savedAt: ISO8601DateFormatter().string(from: Date()))
        let compact = whole || force
        model.request(.journalDocument(compact ? .whole(entry) : .append(entry)))
        model.journalAppendAsked = !compact
        model.state.documents.editor?.journalPending = false
    }

    /// A form with an unreadable date is journaled with the opened dates (the text is what matters).
    static func fallbackEdit(_ editor: DocumentEditorState) -> DocumentEdit? {
        var form = editor.form
        form.formed = editor.opened.formed.iso
        form.validUntil = editor.opened.validUntil?.iso ?? ""
        return try? form.edit(id: editor.id, version: editor.opened.version, body: editor.body.text)
    }

    /// The input read timed out: the editor ends its undo step, and the journal is compacted.
    /// Returns whether the screen changed (an unterminated paste was inserted).
    static func idle(model: AppModel) -> Bool {
        guard var editor = model.state.documents.editor else { return false }
        model.state.documents.editor = nil
        let effect = editor.body.noteIdle()
        if effect == .changed { changed(&editor) }
        model.state.documents.editor = editor
        journal(model: model, whole: true)   // what is pending, and the appended lines, as one entry
        sync(model)
        return effect != .none
    }

    /// After every input, before the frame is drawn: the edit goes into the journal now, and the
    /// quit guard is kept right.
    static func sync(_ model: AppModel) {
        if let editor = model.state.documents.editor, editor.journalPending {
            journal(model: model)
        }
        model.markUnsaved(model.state.documents.editor?.isModified == true ? 1 : 0)
    }

    /// At start: a journal left by a dropped session is offered for recovery; a draft store that
    /// cannot be used is said on the message line.
    static func offerRecovery(model: AppModel) {
        if let source = model.data as? ServiceDataSource, source.service.workspace.path.hasPrefix("/"),
           let problem = DraftInfo.storeProblem(files: source.officerFiles) {
            model.state.message = StatusMessage(text: problem, isError: true)
        }
        guard let source = model.data as? DocumentsDataSource, let entry = source.documentJournal.load() else { return }
        model.state.documents.recovery = entry
    }

    /// The document a journaled draft was made on; a new document not added yet is rebuilt
    /// from the journal (its id names the unit it is for).
    static func recoveredDetail(_ entry: DocumentDraftJournal.Entry, source: DocumentsDataSource) throws -> DocumentDetail {
        let id = entry.edit.id
        guard id.hasPrefix(DocumentDetail.unsavedPrefix) else { return try source.documentDetail(id: id) }
        let unit = String(id.dropFirst(DocumentDetail.unsavedPrefix.count))
        let name = (try? source.newDocumentChoices())?.units.first { $0.id == unit }?.name ?? unit
        return .unsaved(unitId: unit, unitName: name, type: entry.edit.type, attribute: entry.edit.disclosure.attribute,
                        category: entry.edit.category, formed: entry.edit.formed)
    }

    /// The recovery offer's commands (`recovery` bindings: r restores, d discards, Esc keeps).
    static func handleRecovery(_ command: CommandLine, model: AppModel) {
        guard model.state.documents.recovery != nil, dataSource(model) != nil else { return }
        switch command.name {
        case "draft-restore":
            // The document the draft was made on is read by the loop (`restore`).
            model.request(.read(.documentDraft))
        case "draft-discard":
            model.state.documents.recovery = nil
            model.request(.journalDocument(.remove))
            model.state.message = StatusMessage(text: TUIText.Documents.draftDiscarded.text(), isError: false)
        case "draft-keep":
            model.state.documents.recovery = nil
            model.state.message = StatusMessage(text: TUIText.Documents.draftKept.text(), isError: false)
        default: break
        }
    }

    /// The draft offered, restored into the editor on the document it was made on (performed by
    /// the loop); when that cannot be read the message line says why.
    static func restore(model: AppModel) {
        guard let entry = model.state.documents.recovery, let source = dataSource(model) else { return }
        model.state.documents.recovery = nil
        do {
            var detail = try recoveredDetail(entry, source: source)
            // The save is checked against the version the draft was made on, so a change
            // another officer made meanwhile comes up as a conflict.
            detail.version = entry.edit.expectedVersion
            var editor = DocumentEditorState(detail)
            editor.form = DocumentMetadataForm(entry.edit)
            editor.body.replaceAll(with: entry.edit.body)
            editor.body.moveCaret(to: TextPosition(line: entry.caretLine, index: entry.caretIndex))
            editor.isModified = true
            fit(&editor, model: model)
            model.state.documents.editor = editor
            model.focus(.documents)
            // The list's selection follows the recovered document, so the next `s` or `P`
            // acts on the document the officer was editing, not on the row that was selected.
            if let index = try? model.paneIndex(of: entry.edit.id, in: .documents) { model.moveSelection(to: index) }
            model.state.message = StatusMessage(text: TUIText.Documents.draftRestored.text([shownID(entry.edit.id)]), isError: false)
            sync(model)
        } catch {
            model.error(TUIText.Documents.restoreFailed.text(["\(error)"]))
        }
    }
}
