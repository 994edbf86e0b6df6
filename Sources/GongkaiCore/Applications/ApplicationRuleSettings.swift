/// 办理规则设置 — the workspace's settings of the case-history rules: the shortest 补正期限 an officer
/// may give (条例第三十条 “合理的补正期限”; C9, default 10 working days). Admins change it.
public struct ApplicationRuleSettings: Hashable, Sendable, Codable {
    /// 最短补正期限 (working days after the notice day).
    public var minCorrectionWorkdays: Int

    public init(minCorrectionWorkdays: Int = ApplicationRuleSettings.defaultMinCorrectionWorkdays) {
        self.minCorrectionWorkdays = minCorrectionWorkdays
    }

    /// 默认最短补正期限 10 个工作日 (C9).
    public static let defaultMinCorrectionWorkdays = 10
    /// The accepted range of the setting.
    public static let minCorrectionRange = 1...60
    public static let `default` = ApplicationRuleSettings()
}
