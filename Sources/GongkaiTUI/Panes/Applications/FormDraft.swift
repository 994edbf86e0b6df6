import Foundation
import GongkaiStore

/// 表单草稿 — what an officer has typed into an open form, written to the officer's draft store
/// (`OfficerSide.files`, 0600) on every keystroke, so an SSH drop (SIGHUP), a restarted service or
/// even `kill -9` loses nothing: reopening the same form restores it (the lesson of vim's swap
/// file and nano's `.save`). Removed once the form is submitted or cancelled.
public struct FormDraft: Sendable {
    let journal: DraftJournal<FormState>

    public var name: String? { journal.name }

    public init(name: String?, files: (any OfficerFiles)? = nil) { journal = DraftJournal(name: name, files: files) }

    /// `<workspace key>.draft-<login>.json` in the officer's draft store.
    public static func forWorkspace(_ workspace: String, login: String, files: (any OfficerFiles)? = nil) -> FormDraft {
        FormDraft(name: DraftKind.applicationForm.fileName(workspace: workspace, login: login), files: files)
    }

    /// `<workspace key>.register-draft-<login>.json`: the register views' forms (Registers/).
    public static func forRegisters(_ workspace: String, login: String, files: (any OfficerFiles)? = nil) -> FormDraft {
        FormDraft(name: DraftKind.registerForm.fileName(workspace: workspace, login: login), files: files)
    }

    public func save(_ form: FormState?) { journal.save(form) }

    public func load() -> FormState? { journal.load() }
}
