import Foundation
import GongkaiCore
import GongkaiStore

/// 文字草稿 — the narrative text being typed (一、五、六), written to the officer's draft store
/// (`OfficerSide.files`, 0600) on every keystroke, so an SSH drop or `kill -9` loses nothing:
/// opening the same section of the same report again restores it. Removed once saved or
/// discarded (as `FormDraft`).
public struct NarrativeDraft: Sendable {
    /// What is kept: which report and section, and the text.
    public struct Content: Codable, Equatable, Sendable {
        public var year: Int
        public var scope: ReportScope
        public var section: ReportSection
        public var text: String
    }

    let journal: DraftJournal<Content>

    public var name: String? { journal.name }

    public init(name: String?, files: (any OfficerFiles)? = nil) { journal = DraftJournal(name: name, files: files) }

    /// `<workspace key>.report-draft-<login>.json` in the officer's draft store.
    public static func forWorkspace(_ workspace: String, login: String, files: (any OfficerFiles)? = nil) -> NarrativeDraft {
        NarrativeDraft(name: DraftKind.reportNarrative.fileName(workspace: workspace, login: login), files: files)
    }

    public func save(_ content: Content?) { journal.save(content) }

    public func load() -> Content? { journal.load() }
}
