import GongkaiCore

/// 个人显示设置 — what an officer may set for their own screen in config.toml. These change only
/// what is highlighted, never a legal deadline or a workspace rule (those are in the workspace
/// and changed by an administrator through the audited service door).
public struct DisplaySettings: Sendable, Equatable {
    /// `due-soon-days`: requests with this many working days left or fewer are amber in the 申请
    /// pane and its detail view (the deadline itself is 条例第三十三条's, unchanged).
    public var dueSoonDays = DisplaySettings.standardDueSoonDays
    /// The default: 3 working days, the same window the inbox uses for 申请将到期.
    public static let standardDueSoonDays = 3
    /// The largest sensible value: the whole 20-working-day reply period.
    public static let maxDueSoonDays = 20

    public init(dueSoonDays: Int = DisplaySettings.standardDueSoonDays) {
        self.dueSoonDays = dueSoonDays
    }

    /// The settings in force for the current task (the event loop runs inside
    /// `DisplaySettings.$current.withValue(...)`, like `UILanguage.current`).
    @TaskLocal public static var current = DisplaySettings()
}
