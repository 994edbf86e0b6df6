import Foundation
import GongkaiCore
import GongkaiStore

/// 文件窗格的按键与命令 — the hook AppModel calls. The open editor takes every input first (keys
/// it does not bind, such as F1 and F10, go on to the app's keymap); the search results, the
/// recovery offer and the conflict box take their own keys. Saving goes through the service
/// door: a save over another officer's change comes back as a conflict and overwrites nothing.
enum DocumentEditorController {
    // MARK: Inputs

    static func handleEditor(_ input: EditorInput, model: AppModel) -> Bool {
        guard var editor = model.state.documents.editor else { return false }
        defer { sync(model) }
        if editor.conflict != nil {
            if case .key(let key) = input { handleConflict(key, model: model) }
            return true
        }
        if let prompt = editor.prompt {
            guard case .key(let key) = input else { return true }
            handlePrompt(prompt, key: key, editor: &editor, model: model)
            return true
        }
        fit(&editor, model: model)
        // Take the editor out of the state while it changes, so the text is not copied on
        // every keystroke (copy-on-write); every path below puts it back.
        model.state.documents.editor = nil
        // The `editor` bindings work everywhere in it: Tab / S-Tab move between the fields and
        // the body, C-s saves.
        if case .key(let key) = input, !editor.body.pasteGuard.isPasting,
           let command = model.keymap.command(for: key, in: [.editor], global: false) {
            switch command.name {
            case "field-next", "field-prev":
                moveFocus(&editor, by: command.name == "field-next" ? 1 : -1)
                model.state.documents.editor = editor
                return true
            case "save":
                model.state.documents.editor = editor
                save(model: model)
                return true
            default: break
            }
        }
        switch editor.focus {
        case .field(let field):
            // A paste into a field is text, never Enter or Esc (bracketed paste).
            let key: Key
            switch editor.fieldPaste.feed(input) {
            case .none:
                model.state.documents.editor = editor
                return true
            case .insert(let text):
                if !editor.readOnly {
                    editor.form.insert(text, field: field)
                    changed(&editor)
                }
                model.state.documents.editor = editor
                return true
            case .key(let k):
                key = k
            }
            // The `editor-field` bindings: Esc leaves, Enter / Down go on, Up goes back.
            let fieldCommand = model.keymap.command(for: key, in: [.editorField], global: false)?.name
            switch fieldCommand {
            case "close":
                model.state.documents.editor = editor
                leave(model: model)
                return true
            case "field-next": moveFocus(&editor, by: 1)
            case "field-prev": moveFocus(&editor, by: -1)
            case "choice-next" where field.isChoice && !editor.readOnly, "choice-prev" where field.isChoice && !editor.readOnly:
                // The choice fields (type, attribute …): h / l / Space / Left / Right by default.
                editor.form.cycle(field, by: fieldCommand == "choice-next" ? 1 : -1)
                changed(&editor)
            default:
                if editor.readOnly {
                    // Typing is refused aloud; the field's own commands (choice-next … on a
                    // read-only field) do nothing; other keys go on to the global ones.
                    if key.isTyping { model.error(readOnlyMessage(editor)) }
                    model.state.documents.editor = editor
                    return key.isTyping || fieldCommand != nil ? true : passOn(key, model: model)
                }
                if editor.form.edit(key, field: field) {
                    changed(&editor)
                } else {
                    model.state.documents.editor = editor
                    return passOn(key, model: model)
                }
            }
            model.state.documents.editor = editor
            return true
        case .body:
            var clipboard = model.clipboard
            // The body's keys are the `editor` bindings of the session's keymap (config.toml).
            editor.body.keymap = model.editorKeymap
            if editor.readOnly, case .key(let key) = input, !readOnlyAllows(key, model: model) {
                model.state.documents.editor = editor
                if key.isTyping || readOnlyRefuses(key, model: model) {
                    model.error(readOnlyMessage(editor))
                    return true
                }
                return passOn(key, model: model)
            }
            if editor.readOnly, case .pasteBegin = input {
                model.state.documents.editor = editor
                return true
            }
            let effect = editor.body.handle(input, clipboard: &clipboard)
            model.clipboard = clipboard
            model.state.documents.editor = editor
            return apply(effect, model: model)
        }
    }

    /// The editor's effect: journal a change, save, leave, search, hand the body out.
    static func apply(_ effect: EditorEffect, model: AppModel) -> Bool {
        guard var editor = model.state.documents.editor else { return true }
        switch effect {
        case .none, .moved: break
        case .changed:
            changed(&editor)
            model.state.documents.editor = editor
        case .save: save(model: model)
        case .leave: leave(model: model)
        case .search:
            editor.prompt = .find
            editor.promptText = editor.body.search?.query ?? ""
            editor.promptCaret = editor.promptText.count
            model.state.documents.editor = editor
        case .notFound:
            model.state.message = StatusMessage(text: TUIText.Documents.notFound.text(["\(editor.body.search?.query ?? "")"]), isError: false)
        case .editExternal:
            requestExternalEdit(model: model)
        case .unhandled(let key):
            return passOn(key, model: model)
        }
        return true
    }

    /// Keys the editor leaves alone go to the app's global bindings (help, quit, redraw); the
    /// pane bindings of the list underneath do not apply while editing.
    static func passOn(_ key: Key, model: AppModel) -> Bool {
        guard let command = model.keymap.command(for: key, in: [.editor]),
              ["help", "quit", "quit!", "redraw", "command-line"].contains(command.name) else { return true }
        return false
    }

    static func handlePrompt(_ prompt: DocumentEditorState.Prompt, key: Key, editor: inout DocumentEditorState,
                             model: AppModel) {
        switch prompt {
        case .find:
            let command = key.isTyping ? nil : model.keymap.command(for: key, in: [.editorFind], global: false)
            switch command?.name {
            case "cancel":
                editor.prompt = nil
            case "submit":
                editor.prompt = nil
                let query = editor.promptText.trimmingCharacters(in: .whitespaces)
                model.state.documents.editor = editor
                guard !query.isEmpty else {
                    editor.body.clearSearch()
                    break
                }
                if editor.body.find(query) == .notFound {
                    model.state.message = StatusMessage(text: TUIText.Documents.notFound.text(["\(query)"]), isError: false)
                } else {
                    model.state.message = StatusMessage(text: TUIText.Documents.findKeys.text(["\(query)"]), isError: false)
                }
            default:
                _ = LineEditing.apply(key, text: &editor.promptText, caret: &editor.promptCaret)
            }
            model.state.documents.editor = editor
        case .confirmLeave:
            editor.prompt = nil
            model.state.documents.editor = editor
            switch model.keymap.command(for: key, in: [.editorLeave], global: false)?.name {
            case "leave-save":
                save(model: model, thenClose: true)
            case "leave-discard":
                model.request(.journalDocument(.remove))
                close(model: model, message: TUIText.Documents.changesDiscarded.text())
            default:
                model.state.message = StatusMessage(text: TUIText.Documents.keepEditing.text(), isError: false)
            }
        }
    }

    // MARK: Opening, saving, leaving

    /// Asks for document `id` in the editor (`:open ID`, Enter on the list or a search hit;
    /// `thenExternalEdit`: `E`, then handed to $EDITOR): the loop reads it (`show`).
    static func open(_ id: String, thenExternalEdit: Bool = false, model: AppModel) {
        guard dataSource(model) != nil else { return }
        if let current = model.state.documents.editor, current.isModified {
            return model.error(TUIText.Documents.alreadyEditing.text([shownID(current.id)]))
        }
        model.request(.read(.document(id: id, thenExternalEdit: thenExternalEdit)))
    }

    /// Opens document `id` in the editor once read (performed by the loop); when it cannot be
    /// read, the screen stays as it was and the message line says why.
    static func show(_ id: String, thenExternalEdit: Bool, model: AppModel) {
        guard let source = dataSource(model) else { return }
        if let current = model.state.documents.editor, current.isModified {
            return model.error(TUIText.Documents.alreadyEditing.text([shownID(current.id)]))
        }
        defer { if thenExternalEdit, model.state.documents.editor != nil { requestExternalEdit(model: model) } }
        do {
            let detail = try source.documentDetail(id: id)
            var editor = DocumentEditorState(detail)
            fit(&editor, model: model)
            model.state.documents.search = nil
            model.state.documents.editor = editor
            model.focus(.documents)
            if let index = try? model.data.index(of: id, in: .documents) { model.moveSelection(to: index) }
            model.state.message = StatusMessage(
                text: editor.readOnly ? readOnlyMessage(editor) : TUIText.Documents.editing.text(["\(id)"]) + DocumentsOverlay.editorKeys(model.keymap),
                isError: false)
        } catch {
            model.error("\(error)")
        }
    }

    /// The editor on a new document not added yet (`NewDocumentController`): the title first.
    static func openNew(_ detail: DocumentDetail, model: AppModel) {
        var editor = DocumentEditorState(detail)
        editor.focus = .field(.title)
        editor.form.caret = 0
        fit(&editor, model: model)
        model.state.documents.search = nil
        model.state.documents.editor = editor
        model.focus(.documents)
        model.state.message = StatusMessage(text: TUIText.Documents.newEditing.text(
            KeyHints.keys(["field-prev", "field-next", "save"], in: [.editor], keymap: model.keymap, global: false)), isError: false)
    }

    /// `save` (C-s): the form's fields are checked here (a mistake is said at once and nothing is
    /// asked); the write is asked of the loop (`Effect.change(.saveDocument)`, made by `write`).
    /// `thenClose`: leaving with a save closes the editor once the document is saved.
    static func save(model: AppModel, thenClose: Bool = false) {
        guard let editor = model.state.documents.editor, dataSource(model) != nil else { return }
        if editor.readOnly { return model.error(readOnlyMessage(editor)) }
        do {
            model.request(.change(.saveDocument(edit: try editor.currentEdit(), thenClose: thenClose)))
        } catch let e as FormInputError {
            model.error(e.message)
        } catch {
            model.error(TUIText.Common.notSaved.text(["\(error)"]))
        }
    }

    /// Writes the editor's document through the service door (performed by the loop): the first
    /// save of a new document adds it; otherwise it is saved against the version opened, and
    /// another officer's newer version shows as a conflict.
    static func write(_ edit: DocumentEdit, thenClose: Bool, model: AppModel) {
        guard let editor = model.state.documents.editor, let source = dataSource(model) else { return }
        defer {
            if thenClose, let now = model.state.documents.editor, !now.isModified, now.conflict == nil {
                close(model: model, message: TUIText.Documents.savedAndClosed.text())
            }
            sync(model)   // what is unsaved now, for the quit question
        }
        do {
            if editor.opened.isUnsaved {
                // The first save of a new document adds it (the call `gongkai doc add` makes).
                let saved = try source.addDocument(NewDocument(
                    title: edit.title, type: edit.type, disclosure: edit.disclosure, category: edit.category,
                    unit: editor.opened.unitId, formed: edit.formed, docNumber: edit.docNumber, body: edit.body,
                    channels: edit.channels, tags: edit.tags, validUntil: edit.validUntil))
                return didSave(saved, editor: editor, added: true, model: model)
            }
            switch try source.saveDocument(edit) {
            case .saved(let saved):
                didSave(saved, editor: editor, added: false, model: model)
            case .conflict(let conflict):
                var editor = editor
                editor.conflict = conflict
                model.state.documents.editor = editor
                journal(model: model, force: true)
                model.error(TUIText.Documents.notSavedConflict.text([conflict.changedBy ?? TUIText.Documents.anotherOfficer.text()]))
            }
        } catch let e as FormInputError {
            model.error(e.message)
        } catch {
            model.error(TUIText.Common.notSaved.text(["\(error)"]))
        }
    }

    /// After a save (or the first save, `added`): the editor holds the stored document, the journal
    /// is gone, the lists are re-read and a new document is selected in 文件.
    static func didSave(_ saved: DocumentSaved, editor: DocumentEditorState, added: Bool, model: AppModel) {
        guard let source = dataSource(model) else { return }
        var editor = editor
        editor.id = saved.id
        editor.opened = saved.document
        let caret = editor.form.caret
        editor.form = DocumentMetadataForm(DocumentEdit(saved.document))
        editor.form.caret = caret
        editor.body.markSaved()
        editor.isModified = false
        editor.journalPending = false
        editor.conflict = nil
        model.state.documents.editor = editor
        model.request(.journalDocument(.remove))
        var text = added ? TUIText.Documents.added.text(["\(saved.id)", saved.document.title, "\(saved.version)"])
            : TUIText.Documents.saved.text(["\(saved.id)", "\(saved.version)"])
        if let typed = saved.docNumberTyped, let stored = saved.document.docNumber {
            text += TUIText.Documents.numberNormalised.text(["\(typed)", "\(stored)"])
        }
        model.reloadAll()
        if added, let index = try? model.paneIndex(of: saved.id, in: .documents) {
            model.focus(.documents)
            model.moveSelection(to: index)
        }
        model.state.message = StatusMessage(text: text, isError: false)
    }

    static func leave(model: AppModel) {
        guard var editor = model.state.documents.editor else { return }
        if editor.isModified {
            editor.prompt = .confirmLeave
            model.state.documents.editor = editor
            return
        }
        close(model: model, message: TUIText.Documents.closed.text())
    }

    static func close(model: AppModel, message: String) {
        model.state.documents.editor = nil
        model.request(.journalDocument(.remove))
        model.state.message = StatusMessage(text: message, isError: false)
        sync(model)
    }

    static func handleConflict(_ key: Key, model: AppModel) {
        guard var editor = model.state.documents.editor, let conflict = editor.conflict else { return }
        switch model.keymap.command(for: key, in: [.conflict], global: false)?.name {
        case "keep-mine":
            // An explicit choice: save mine over theirs, still checked against their version.
            editor.opened.version = conflict.theirs.version
            editor.conflict = nil
            model.state.documents.editor = editor
            save(model: model)
        case "take-theirs":
            var fresh = DocumentEditorState(conflict.theirs)
            fit(&fresh, model: model)
            model.state.documents.editor = fresh
            model.request(.journalDocument(.remove))
            model.state.message = StatusMessage(text: TUIText.Documents.tookTheirs.text(["\(conflict.theirs.version)"]), isError: false)
        case "close":
            editor.conflict = nil
            model.state.documents.editor = editor
            model.state.message = StatusMessage(text: TUIText.Documents.backFromConflict.text(), isError: false)
        default: break
        }
    }

    /// Another session changed the workspace: if it changed the open document, say so now
    /// rather than only at the next save (which will show the conflict).
    static func noticeExternalChange(model: AppModel) {
        guard let editor = model.state.documents.editor, editor.conflict == nil,
              let source = model.data as? DocumentsDataSource,
              let now = try? source.documentDetail(id: editor.id), now.version != editor.opened.version,
              model.state.documents.externalVersionNoticed != now.version else { return }
        model.state.documents.externalVersionNoticed = now.version
        let what = now.state != editor.opened.state ? TUIText.Documents.nowState.text(["\(now.state.displayName)"]) : ""
        model.state.message = StatusMessage(
            text: TUIText.Documents.changedByOther.text(["\(editor.id)", "\(what)", "\(now.version)"])
                + (editor.isModified ? TUIText.Documents.willShowBoth.text() : TUIText.Documents.reopenToSee.text([KeyHints.key("leave", in: [.editor], keymap: model.keymap, global: false)])),
            isError: true)
    }

    // MARK: Helpers

    /// Sizes the body editor to its area on screen (the layout may have changed).
    static func fit(_ editor: inout DocumentEditorState, model: AppModel) {
        let rect = DocumentsOverlay.bodyRect(editor, layout: model.state.layout)
        if rect.width != editor.body.wrap.width || rect.height != editor.body.viewport.height {
            editor.body.resize(width: rect.width, height: rect.height)
        }
    }

    static func resize(model: AppModel) {
        guard var editor = model.state.documents.editor else { return }
        fit(&editor, model: model)
        model.state.documents.editor = editor
    }

    static func moveFocus(_ editor: inout DocumentEditorState, by delta: Int) {
        let stops: [DocumentEditorState.Focus] = editor.form.fields.map { .field($0) } + [.body]
        let i = stops.firstIndex(of: editor.focus) ?? stops.count - 1
        editor.focus = stops[(i + delta + stops.count) % stops.count]
        if case .field(let f) = editor.focus { editor.form.caret = editor.form.text(of: f).count }
    }

    static func readOnlyAllows(_ key: Key, model: AppModel) -> Bool {
        guard let command = model.editorKeymap.command(for: key) else { return false }
        return readOnlyCommands.contains(command)
    }

    /// Whether `key` runs one of the body's text-changing commands that a read-only document
    /// answers with its read-only message (new line, delete before / after the caret: Enter,
    /// BSpace, Delete by default, or whatever `[keys.editor]` binds to them).
    static func readOnlyRefuses(_ key: Key, model: AppModel) -> Bool {
        guard let command = model.editorKeymap.command(for: key) else { return false }
        return readOnlyRefused.contains(command)
    }

    static let readOnlyRefused: Set<EditorCommand> = [.newline, .deleteBackward, .deleteForward]

    /// What a read-only body still does: move, select, copy, search, leave.
    static let readOnlyCommands: Set<EditorCommand> = [
        .moveLeft, .moveRight, .moveUp, .moveDown, .rowStart, .rowEnd, .lineStart, .lineEnd, .wordLeft, .wordRight,
        .paragraphUp, .paragraphDown, .pageUp, .pageDown, .documentStart, .documentEnd, .toggleMark, .selectAll, .copy,
        .leave, .search, .searchNext, .searchPrevious,
    ]

    /// A body editor command run by name (`:undo` typed at the prompt, or a key the body passed
    /// on): only while the body has the focus, and in a read-only document only what reading
    /// allows. False: not a body command now (the global commands run instead).
    static func performBodyCommand(_ command: CommandLine, model: AppModel) -> Bool {
        guard command.argument == nil, let name = EditorCommand(rawValue: command.name),
              var editor = model.state.documents.editor, editor.focus == .body,
              editor.prompt == nil, editor.conflict == nil else { return false }
        if editor.readOnly, !readOnlyCommands.contains(name) {
            model.error(readOnlyMessage(editor))
            return true
        }
        fit(&editor, model: model)
        var clipboard = model.clipboard
        let effect = editor.body.perform(name, clipboard: &clipboard)
        model.clipboard = clipboard
        model.state.documents.editor = editor
        _ = apply(effect, model: model)
        sync(model)
        return true
    }

    /// A document's number as the officer reads it: a new one not added yet is “新建文件”, never
    /// its internal `new:` id.
    static func shownID(_ id: String) -> String {
        id.hasPrefix(DocumentDetail.unsavedPrefix) ? TUIText.Documents.newTitle.text() : id
    }

    static func readOnlyMessage(_ editor: DocumentEditorState) -> String {
        TUIText.Documents.readOnly.text(["\(editor.opened.state.displayName)"])
    }

    static func dataSource(_ model: AppModel) -> DocumentsDataSource? {
        guard let source = model.data as? DocumentsDataSource else {
            model.error(TUIText.Documents.noEditing.text())
            return nil
        }
        return source
    }
}

extension Key {
    /// A printable character (typing), as opposed to a command key.
    var isTyping: Bool {
        if case .char = self { return true }
        return false
    }
}
