import Foundation
import GRDB
import GongkaiCore

/// 办理规则设置 — the shortest 补正期限 (条例第三十条 “合理的补正期限”; C9) kept in the workspace's `meta`
/// table as JSON; the default of `ApplicationRuleSettings` until an admin changes it.
extension GongkaiService {
    static let applicationRuleSettingsKey = "applicationRuleSettings"

    static func applicationRuleSettings(_ db: Database) throws -> ApplicationRuleSettings {
        guard let json = try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = ?",
                                             arguments: [applicationRuleSettingsKey]) else { return .default }
        do {
            return try JSONDecoder().decode(ApplicationRuleSettings.self, from: Data(json.utf8))
        } catch {
            throw CorruptRowError(table: "meta", id: applicationRuleSettingsKey, column: "value")
        }
    }

    /// The settings in force.
    public func applicationRuleSettings() throws -> ApplicationRuleSettings {
        try readShared { db in try Self.applicationRuleSettings(db) }
    }

    /// 修改办理规则设置 — admins only, audited (before → after).
    @discardableResult
    public func setApplicationRuleSettings(_ settings: ApplicationRuleSettings) throws -> ApplicationRuleSettings {
        let range = ApplicationRuleSettings.minCorrectionRange
        guard range.contains(settings.minCorrectionWorkdays) else {
            throw ServiceError.invalidValue(StoreText.Applications.minCorrectionRange.with(
                ["\(settings.minCorrectionWorkdays)", "\(range.lowerBound)", "\(range.upperBound)"]))
        }
        return try change(.applicationSettings, item: Self.applicationRuleSettingsKey,
                          require: { try $0.requireAdmin() }) { db in
            let before = try Self.applicationRuleSettings(db)
            try db.execute(sql: "INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?)",
                           arguments: [Self.applicationRuleSettingsKey, AuditLog.json(settings)])
            return (settings, ChangeRecord(before: AuditLog.json(before), after: AuditLog.json(settings)))
        }
    }
}
