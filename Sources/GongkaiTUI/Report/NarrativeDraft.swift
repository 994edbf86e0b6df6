import Foundation
import GongkaiCore
import GongkaiStore

/// 文字草稿 — the narrative text being typed (一、五、六), written to a private file (0600) beside
/// the workspace on every keystroke, so an SSH drop or `kill -9` loses nothing: opening the same
/// section of the same report again restores it. Removed once saved or discarded (as `FormDraft`).
public struct NarrativeDraft: Sendable {
    /// What is kept: which report and section, and the text.
    public struct Content: Codable, Equatable, Sendable {
        public var year: Int
        public var scope: ReportScope
        public var section: ReportSection
        public var text: String
    }

    let journal: DraftJournal<Content>

    public var path: String? { journal.path }

    public init(path: String?) { journal = DraftJournal(path: path) }

    /// `<workspace>.report-draft-<login>.json` beside the workspace file.
    public static func beside(workspace: String, login: String) -> NarrativeDraft {
        NarrativeDraft(path: DraftJournal<Content>(kind: .reportNarrative, workspace: workspace, login: login).path)
    }

    public func save(_ content: Content?) { journal.save(content) }

    public func load() -> Content? { journal.load() }
}
