import Foundation
import GRDB
import GongkaiCore

extension GongkaiService {
    /// 生成演示数据 — fills the workspace with `request.documents` documents and
    /// `request.applications` applications (with their 办理记录, sort columns and catalog placement)
    /// for trying the workstation at county scale and for the benchmark. Admins only; the whole
    /// run is recorded as one `demo.generate` audit entry carrying the counts. Deterministic for a
    /// seed and a `today`.
    public func generateDemo(_ request: DemoGenerationRequest,
                             progress: (DemoGenerationProgress) -> Void = { _ in }) throws -> DemoGenerationResult {
        guard request.documents >= 0, request.applications >= 0 else {
            throw ServiceError.invalidValue(StoreText.Reports.negativeCounts.with())
        }
        try InputBounds.check(number: request.documents, field: "documents", range: 0...InputBounds.maxDemoRecords)
        try InputBounds.check(number: request.applications, field: "applications", range: 0...InputBounds.maxDemoRecords)
        guard request.fromYear <= request.toYear, request.fromYear >= 1990 else {
            throw ServiceError.invalidValue(StoreText.Reports.badYears.with(["\(request.fromYear)", "\(request.toYear)"]))
        }
        let today = self.today()
        guard request.fromYear <= today.year else {
            throw ServiceError.invalidValue(StoreText.Reports.futureYears.with(["\(request.fromYear)", "\(request.toYear)", "\(today)"]))
        }
        let actor = self.actor
        let generator = DemoGenerator(request: request, today: today, stamp: now(), actorLogin: actor.login)
        var result = DemoGenerationResult(seed: request.seed, fromYear: request.fromYear, toYear: request.toYear)
        let (units, leaves, calendar, added) = try writer.write { db in
            guard try OfficerRow.fetchOne(db, key: actor.login).flatMap(\.officer)?.role == .admin else {
                throw AccessDenied(rule: .adminOnly, officer: actor.login)
            }
            var added = 0
            let units = try generator.ensureUnits(db, added: &added)
            return (units, try DemoGenerator.catalogLeaves(db), try Self.workdayCalendar(db), added)
        }
        result.units = added
        try generator.insertDocuments(writer, units: units, leaves: leaves, result: &result, progress: progress)
        try generator.insertApplications(writer, units: units, calendar: calendar, result: &result, progress: progress)
        let summary = result
        try writer.write { db in
            // Written in batches around the service's door: every area counts as changed.
            try ChangeCounterStore.bump(db, ChangeArea.allCases)
            try AuditLog.append(db, actor: actor, action: .demoGenerate, item: nil, after: AuditLog.json(summary))
        }
        return result
    }
}
