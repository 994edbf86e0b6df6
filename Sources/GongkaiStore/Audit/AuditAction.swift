import GongkaiCore

/// 修改记录的动作 — every action the audit log records, defined once. The raw value is what the
/// `auditLog.action` column stores (and `audit --format json` shows); `words` is what a person
/// reads (history overlay, `gongkai audit`), from `StoreText.Audit`.
public enum AuditAction: String, Codable, Sendable, CaseIterable {
    case applicationAdd = "application.add"
    case applicationEvent = "application.event"
    case applicationImport = "application.import"
    case applicationSettings = "application.settings"
    /// Written by versions that refreshed expired sort keys on a list read; kept to read old logs.
    case applicationClockRefresh = "application.clock-refresh"
    case calendarImport = "calendar.import"
    case catalogAdd = "catalog.add"
    case catalogDelete = "catalog.delete"
    case catalogItemAdd = "catalog.item.add"
    case catalogMove = "catalog.move"
    case catalogPlace = "catalog.place"
    case catalogRename = "catalog.rename"
    case catalogReorder = "catalog.reorder"
    case catalogRestore = "catalog.restore"
    case catalogRetire = "catalog.retire"
    case catalogSeed = "catalog.seed"
    case catalogUnit = "catalog.unit"
    case catalogUpdate = "catalog.update"
    case consultationAdd = "consultation.add"
    case consultationClose = "consultation.close"
    case consultationSettings = "consultation.settings"
    case demoGenerate = "demo.generate"
    case documentAdd = "document.add"
    case documentAmend = "document.amend"
    case documentApprove = "document.approve"
    case documentImport = "document.import"
    case documentPublish = "document.publish"
    case documentRepeal = "document.repeal"
    case documentReturn = "document.return"
    case documentSubmit = "document.submit"
    case documentUndo = "document.undo"
    case documentUpdate = "document.update"
    case dutyAdd = "duty.add"
    case dutyAdjust = "duty.adjust"
    case dutyCancel = "duty.cancel"
    case importApplications = "import.applications"
    case importDocuments = "import.documents"
    case inspectionAdd = "inspection.add"
    case inspectionFix = "inspection.fix"
    case interpretationAdd = "interpretation.add"
    case interpretationApprove = "interpretation.approve"
    case interpretationPublish = "interpretation.publish"
    case interpretationReturn = "interpretation.return"
    case interpretationSettings = "interpretation.settings"
    case interpretationSubmit = "interpretation.submit"
    case interpretationUndo = "interpretation.undo"
    case interpretationUpdate = "interpretation.update"
    case letterIssue = "letter.issue"
    case letterPattern = "letter.pattern"
    case officerAdd = "officer.add"
    case reportCaseAdd = "report.case.add"
    case reportCaseUpdate = "report.case.update"
    case reportFigures = "report.figures"
    case reportFile = "report.file"
    case reportNarrative = "report.narrative"
    case reviewSnooze = "review.snooze"
    case reviewUnsnooze = "review.unsnooze"
    case searchReindex = "search.reindex"
    case sessionActAs = "session.act-as"
    case unitAdd = "unit.add"
    case unitRemedies = "unit.remedies"
    case workspaceBackup = "workspace.backup"
    case templateReset = "template.reset"
    case templateSet = "template.set"

    /// The audit action of a document's workflow step.
    public static func document(_ step: DocumentAction) -> AuditAction {
        switch step {
        case .submit: return .documentSubmit
        case .approve: return .documentApprove
        case .returnToDraft: return .documentReturn
        case .publish: return .documentPublish
        }
    }

    /// The audit action of an interpretation's workflow step (the same steps as a document's).
    public static func interpretation(_ step: DocumentAction) -> AuditAction {
        switch step {
        case .submit: return .interpretationSubmit
        case .approve: return .interpretationApprove
        case .returnToDraft: return .interpretationReturn
        case .publish: return .interpretationPublish
        }
    }
}
