import GongkaiCore
import GongkaiStore

/// What the annual report view needs — reading, entering and filing through the service door, so
/// the view obeys the same access rules and audit as `gongkai report`.
public protocol ReportDataSource: AnyObject {
    func reportScope(_ text: String?) throws -> ReportScope
    /// The report the inbox's 年度报告 item is about: the county-wide one for the county
    /// government's officers (31 March), else the officer's own unit's (31 January).
    func deadlineReportScope() throws -> ReportScope
    func annualReport(year: Int, scope: ReportScope) throws -> AnnualReportResult
    func setFigures(year: Int, scope: ReportScope, figures: ReportFigures) throws -> ReportFigures
    func setNarrative(year: Int, scope: ReportScope, section: ReportSection, text: String) throws
    func fileReport(year: Int, scope: ReportScope) throws -> FiledReport
    /// Where the narrative text being typed is kept until it is saved.
    var narrativeDraft: NarrativeDraft { get }
    /// Where the table 二 figures being typed are kept until they are saved.
    var figuresDraft: FiguresDraft { get }
}

extension ServiceDataSource: ReportDataSource {
    public func reportScope(_ text: String?) throws -> ReportScope { try service.reportScope(text) }

    public var narrativeDraft: NarrativeDraft {
        NarrativeDraft(kind: .reportNarrative, workspace: service.workspace.path, login: service.actor.login, files: officerFiles)
    }

    public var figuresDraft: FiguresDraft {
        FiguresDraft(kind: .reportFigures, workspace: service.workspace.path, login: service.actor.login, files: officerFiles)
    }

    public func deadlineReportScope() throws -> ReportScope {
        let p = try service.currentOfficer()
        let kind = try service.units().first { $0.id == p.officer.unitId }?.kind
        return kind == .county && p.seesAllUnits ? .county : .unit(p.officer.unitId)
    }

    public func annualReport(year: Int, scope: ReportScope) throws -> AnnualReportResult {
        try service.annualReport(year: year, scope: scope)
    }

    public func setFigures(year: Int, scope: ReportScope, figures: ReportFigures) throws -> ReportFigures {
        try service.setFigures(year: year, scope: scope, figures: figures)
    }

    public func setNarrative(year: Int, scope: ReportScope, section: ReportSection, text: String) throws {
        try service.setNarrative(year: year, scope: scope, section: section, text: text)
    }

    public func fileReport(year: Int, scope: ReportScope) throws -> FiledReport {
        try service.fileReport(year: year, scope: scope)
    }
}
