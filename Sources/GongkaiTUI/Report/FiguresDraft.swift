import Foundation
import GongkaiCore
import GongkaiStore

/// 表二填报草稿 — the figures typed into the annual report's table 二 form, written to the officer's
/// draft store (`OfficerSide.files`, 0600) as they are typed, so an SSH drop or `kill -9` loses
/// nothing: opening the same report's form again offers them back. Read with the report (the loop
/// reads it); removed once saved or discarded (as `NarrativeDraft`).
public struct FiguresDraft: Sendable {
    /// Which report, and each field's text as typed (in the form's order).
    public struct Content: Codable, Equatable, Sendable {
        public var year: Int
        public var scope: ReportScope
        public var fields: [String]
    }

    let journal: DraftJournal<Content>

    public var name: String? { journal.name }

    public init(name: String?, files: (any OfficerFiles)? = nil) { journal = DraftJournal(name: name, files: files) }

    /// `<workspace key>.figures-draft-<login>.json` in the officer's draft store.
    public static func forWorkspace(_ workspace: String, login: String, files: (any OfficerFiles)? = nil) -> FiguresDraft {
        FiguresDraft(name: DraftKind.reportFigures.fileName(workspace: workspace, login: login), files: files)
    }

    public func save(_ content: Content?) { journal.save(content) }

    public func load() -> Content? { journal.load() }
}
