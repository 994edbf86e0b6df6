import Foundation
import GRDB
import GongkaiCore

/// 解读设置 — the 三同步 rule's settings (需解读的标签、允许滞后工作日数; C6) kept in the workspace's
/// `meta` table as JSON; the defaults of `InterpretationSettings` until an admin changes them.
extension GongkaiService {
    static let interpretationSettingsKey = "interpretationSettings"

    static func interpretationSettings(_ db: Database) throws -> InterpretationSettings {
        guard let json = try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = ?",
                                             arguments: [interpretationSettingsKey]) else { return .default }
        do {
            return try JSONDecoder().decode(InterpretationSettings.self, from: Data(json.utf8))
        } catch {
            throw CorruptRowError(table: "meta", id: interpretationSettingsKey, column: "value")
        }
    }

    /// The settings in force.
    public func interpretationSettings() throws -> InterpretationSettings {
        try readShared { db in try Self.interpretationSettings(db) }
    }

    /// 修改解读设置 — admins only, audited (before → after).
    @discardableResult
    public func setInterpretationSettings(_ settings: InterpretationSettings) throws -> InterpretationSettings {
        try checkInput(settings)
        let cleaned = InterpretationSettings(
            requiredTags: settings.requiredTags.map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty },
            allowedLagWorkdays: settings.allowedLagWorkdays)
        guard settings.allowedLagWorkdays >= 0, settings.allowedLagWorkdays <= 20 else {
            throw ServiceError.invalidValue("允许滞后工作日数应在 0 至 20 之间（C6：默认 0，即同日发布）")
        }
        return try change(.interpretationSettings, item: Self.interpretationSettingsKey,
                          require: { try $0.requireAdmin() }) { db in
            let before = try Self.interpretationSettings(db)
            try db.execute(sql: "INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?)",
                           arguments: [Self.interpretationSettingsKey, AuditLog.json(cleaned)])
            return (cleaned, ChangeRecord(before: AuditLog.json(before), after: AuditLog.json(cleaned)))
        }
    }
}
