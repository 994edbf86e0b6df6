import Foundation
import GongkaiCore
import GongkaiStore

/// 文字草稿 — the narrative text being typed (一、五、六), written to the officer's draft store
/// (`OfficerSide.files`, 0600) on every keystroke, so an SSH drop or `kill -9` loses nothing:
/// opening the same section of the same report again restores it. Removed once saved or
/// discarded. `<workspace key>.report-draft-<login>.json` (`DraftKind.reportNarrative`).
public typealias NarrativeDraft = DraftJournal<NarrativeDraftText>

/// What the narrative draft keeps: which report and section, and the text.
public struct NarrativeDraftText: Codable, Equatable, Sendable {
    public var year: Int
    public var scope: ReportScope
    public var section: ReportSection
    public var text: String
}
