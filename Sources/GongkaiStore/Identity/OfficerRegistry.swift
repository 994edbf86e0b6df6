import Foundation
import GRDB
import GongkaiCore

struct OfficerRow: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "officer"
    var login: String
    var name: String
    var unitId: String
    var role: String
    var createdAt: String

    var officer: Officer? {
        Role(rawValue: role).map { Officer(login: login, name: name, unitId: unitId, role: $0) }
    }
}

extension GongkaiService {
    /// The access policy of the acting officer, read in the caller's transaction.
    /// An unknown login gets no access at all.
    func policy(_ db: Database) throws -> AccessPolicy {
        // Every read and change asks this first: one statement, prepared once per connection.
        let statement = try db.cachedStatement(sql: """
            SELECT o.login, o.name, o.unitId, o.role, u.isCountyOffice
            FROM officer o LEFT JOIN unit u ON u.id = o.unitId WHERE o.login = ?
            """)
        guard let row = try Row.fetchOne(statement, arguments: [actor.login]),
              let role = Role(rawValue: row["role"]) else {
            throw AccessDenied(rule: .unknownOfficer, officer: actor.login)
        }
        let officer = Officer(login: row["login"], name: row["name"], unitId: row["unitId"], role: role)
        let county: Bool = row["isCountyOffice"] ?? false
        return AccessPolicy(officer: officer, inCountyOffice: county)
    }

    /// 当前工作人员 — who the service acts for; throws `AccessDenied` for an unknown login.
    public func currentOfficer() throws -> AccessPolicy {
        try read { db, access in access.policy }
    }

    /// The admins of this workspace, for the "whom to ask" message.
    public func adminLogins() throws -> [String] {
        try readShared { db in
            try String.fetchAll(db, sql: "SELECT login FROM officer WHERE role = 'admin' ORDER BY login")
        }
    }

    /// 工作人员名单 — admins see everyone; others see their own unit's officers.
    public func officers() throws -> [Officer] {
        try read { db, access in
            let p = access.policy
            let rows = p.officer.role == .admin || p.seesAllUnits
                ? try OfficerRow.order(Column("unitId"), Column("login")).fetchAll(db)
                : try OfficerRow.filter(Column("unitId") == p.officer.unitId).order(Column("login")).fetchAll(db)
            return rows.compactMap(\.officer)
        }
    }

    /// 登记工作人员 — admin only; the unit must exist, the login must be a Unix user name.
    @discardableResult
    public func addOfficer(_ officer: Officer) throws -> Officer {
        try checkInput(officer)
        guard Officer.isValidLogin(officer.login) else {
            throw ServiceError.invalid("登录名 \(officer.login) 不是有效的系统用户名（字母、数字、. _ -）")
        }
        let name = officer.name.trimmingCharacters(in: .whitespaces)
        guard !name.isEmpty else { throw ServiceError.invalid("姓名不能为空") }
        let stamp = now()
        return try change(.officerAdd, item: officer.login, require: { try $0.requireAdmin() }) { db in
            // The unit by its code or exact name (`UnitResolver`): `officer add --unit 城关镇`.
            let unitId = try UnitResolver.resolve(db, officer.unitId).id
            guard try OfficerRow.fetchOne(db, key: officer.login) == nil else {
                throw ServiceError.conflict("登录名 \(officer.login) 已经登记")
            }
            var o = officer
            o.name = name
            o.unitId = unitId
            try OfficerRow(login: o.login, name: o.name, unitId: o.unitId, role: o.role.rawValue,
                           createdAt: stamp).insert(db)
            return (o, ChangeRecord(after: AuditLog.json(o)))
        }
    }
}

/// 代他人操作 — resolves who the session acts as. `--as LOGIN` is accepted only from an admin
/// and is audited; nothing else (environment variables included) can change who you are.
public enum SessionIdentity {
    public static func resolve(workspace: Workspace, realLogin: String, actAs: String?, origin: String,
                               today: @escaping @Sendable () -> CivilDate = { CivilDate.today() }) throws -> GongkaiService {
        let real = GongkaiService(workspace: workspace, actor: Actor(login: realLogin, origin: origin), today: today)
        let realPolicy = try real.currentOfficer()
        guard let target = actAs, target != realLogin else { return real }
        guard realPolicy.officer.role == .admin else {
            throw AccessDenied(rule: .actAsAdminOnly, officer: realLogin)
        }
        let acting = GongkaiService(workspace: workspace,
                                    actor: Actor(login: target, origin: origin, realLogin: realLogin), today: today)
        _ = try acting.currentOfficer()   // the target must be a registered officer too
        try acting.change(.sessionActAs, item: target) { _ in ((), ChangeRecord(after: AuditLog.json(["as": target, "by": realLogin]))) }
        return acting
    }
}
