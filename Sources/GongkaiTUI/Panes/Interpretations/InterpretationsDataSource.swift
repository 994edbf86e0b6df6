import GongkaiCore
import GongkaiStore

/// What the 解读 pane needs beyond its list rows: one document's check and interpretations, the
/// writes and the period statistics — all through the service door, so the TUI keeps the same
/// 三同步 rules as the CLI.
public protocol InterpretationsDataSource: AnyObject {
    var today: CivilDate { get }
    func interpretationRow(doc: String) throws -> InterpretationOverviewRow?
    func addInterpretation(_ request: AddInterpretationRequest) throws -> InterpretationDetail
    func updateInterpretation(id: String, _ request: UpdateInterpretationRequest) throws -> InterpretationDetail
    func interpretationAction(_ action: DocumentAction, id: String, comment: String?) throws -> InterpretationStep
    func interpretationStats(from: CivilDate, to: CivilDate) throws -> InterpretationStats
    /// Where what is typed into the 解读 sheet is kept until it is saved.
    var interpretationDraft: InterpretationDraft { get }
}

extension ServiceDataSource: InterpretationsDataSource {
    public var interpretationDraft: InterpretationDraft {
        InterpretationDraft(kind: .interpretationSheet, workspace: service.workspace.path, login: service.actor.login, files: officerFiles)
    }

    public func interpretationRow(doc: String) throws -> InterpretationOverviewRow? {
        try service.interpretationRow(doc: doc)
    }

    public func addInterpretation(_ request: AddInterpretationRequest) throws -> InterpretationDetail {
        try service.addInterpretation(request)
    }

    public func updateInterpretation(id: String, _ request: UpdateInterpretationRequest) throws -> InterpretationDetail {
        try service.updateInterpretation(id: id, request)
    }

    public func interpretationAction(_ action: DocumentAction, id: String, comment: String?) throws -> InterpretationStep {
        try service.performInterpretationAction(action, id: id, comment: comment)
    }

    public func interpretationStats(from: CivilDate, to: CivilDate) throws -> InterpretationStats {
        try service.interpStats(from: from, to: to)
    }
}
