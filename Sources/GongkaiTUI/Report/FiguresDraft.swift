import Foundation
import GongkaiCore
import GongkaiStore

/// 表二填报草稿 — the figures typed into the annual report's table 二 form, written to the officer's
/// draft store (`OfficerSide.files`, 0600) as they are typed, so an SSH drop or `kill -9` loses
/// nothing: opening the same report's form again offers them back. Read with the report (the loop
/// reads it); removed once saved or discarded. `<workspace key>.figures-draft-<login>.json`
/// (`DraftKind.reportFigures`).
public typealias FiguresDraft = DraftJournal<FiguresDraftFields>

/// What the figures draft keeps: which report, and each field's text as typed (in the form's order).
public struct FiguresDraftFields: Codable, Equatable, Sendable {
    public var year: Int
    public var scope: ReportScope
    public var fields: [String]
}
