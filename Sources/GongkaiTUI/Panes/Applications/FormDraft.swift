import Foundation

/// 表单草稿 — what an officer has typed into an open form, written to a private file (0600) on
/// every keystroke, so an SSH drop (SIGHUP) or even `kill -9` loses nothing: reopening the same
/// form restores it (the lesson of vim's swap file and nano's `.save`). Removed once the form is
/// submitted or cancelled.
public struct FormDraft: Sendable {
    let journal: DraftJournal<FormState>

    public var path: String? { journal.path }

    public init(path: String?) { journal = DraftJournal(path: path) }

    /// `<workspace>.draft-<login>.json` beside the workspace file.
    public static func beside(workspace: String, login: String) -> FormDraft {
        FormDraft(path: DraftJournal<FormState>(kind: .applicationForm, workspace: workspace, login: login).path)
    }

    public func save(_ form: FormState?) { journal.save(form) }

    public func load() -> FormState? { journal.load() }
}
