/// 管理员越过规则 — an admin recorded an event a case-history rule refuses, with the reason; kept on the
/// event (shown on the case) and in the audit log (C9).
public struct GuardOverride: Hashable, Sendable, Codable {
    /// The rule that refused the event.
    public var rule: CaseHistoryRule
    /// Why the admin recorded it anyway.
    public var reason: String

    public init(rule: CaseHistoryRule, reason: String) {
        self.rule = rule
        self.reason = reason
    }
}
