/// 角色 — officers' roles: 经办人 drafts and records, 审核人 approves and signs, 管理员 administers.
public enum Role: String, DomainCode {
    case clerk
    case reviewer
    case admin

    public var chineseName: String {
        switch self {
        case .clerk: return "经办人"
        case .reviewer: return "审核人"
        case .admin: return "管理员"
        }
    }

    /// The English name shown when the interface language is English.
    public var englishName: String {
        switch self {
        case .clerk: return "Clerk"
        case .reviewer: return "Reviewer"
        case .admin: return "Admin"
        }
    }
}
