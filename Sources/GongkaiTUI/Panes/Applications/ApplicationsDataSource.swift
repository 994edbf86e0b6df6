import GongkaiCore
import GongkaiStore

/// What the 申请 pane needs beyond the list rows: the filter, one application, and the two
/// writes — all through the service door, so the TUI keeps the same rules as the CLI.
public protocol ApplicationsDataSource: AnyObject {
    var applicationQuery: ApplicationQuery { get set }
    var today: CivilDate { get }
    func applicationDetail(id: String) throws -> ApplicationDetail
    func addApplication(_ request: NewApplication) throws -> ApplicationDetail
    func recordEvent(applicationId: String, _ event: ApplicationEvent, overrideReason: String?) throws -> ApplicationDetail
    /// 承办单位的选项 — names of the units the officer may act for, own unit first (a township
    /// clerk: only their unit; the county office: every unit).
    func actingUnitNames() throws -> [String]
    /// True for an admin, the only officer whose reason to override a rule (C9) the service
    /// accepts: only they see that field in an event form.
    var mayOverrideRules: Bool { get }
    /// 文书 — the letter for the application's current step, written as DOCX and recorded.
    func produceLetter(applicationId: String) throws -> ProducedLetter
    /// Where the open form's draft is kept (SIGHUP / kill -9 safety).
    var formDraft: FormDraft { get }
}

extension ServiceDataSource: ApplicationsDataSource {
    public var today: CivilDate { service.today() }

    public func applicationDetail(id: String) throws -> ApplicationDetail { try service.application(id: id) }

    public func addApplication(_ request: NewApplication) throws -> ApplicationDetail {
        try service.addApplication(request)
    }

    public func recordEvent(applicationId: String, _ event: ApplicationEvent,
                            overrideReason: String?) throws -> ApplicationDetail {
        try service.recordEvent(applicationId: applicationId, event, overrideReason: overrideReason)
    }

    public func actingUnitNames() throws -> [String] { try actingUnits().map(\.name) }

    public var mayOverrideRules: Bool { (try? service.currentOfficer())?.officer.role == .admin }

    /// The units the officer may act for, own unit first (a township clerk: only their unit).
    public func actingUnits() throws -> [OrgUnit] {
        let policy = try service.currentOfficer()
        let units = try service.units().filter { policy.canSee(unit: $0.id) }
        let own = units.filter { $0.id == policy.officer.unitId }
        return own + units.filter { $0.id != policy.officer.unitId }
    }
}
