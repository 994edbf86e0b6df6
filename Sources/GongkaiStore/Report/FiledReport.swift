import GongkaiCore

/// 已报送的年度报告 — a report frozen when it was filed (第四十九条 publication): the whole
/// `AnnualReport` as it stood, with who filed it and when. Re-filing adds version n + 1; later
/// changes to the records never change a filed version.
public struct FiledReport: Hashable, Sendable, Codable {
    public var year: Int
    /// The unit id, nil for the county-wide report.
    public var unit: String?
    /// 版本 — 1 for the first filing.
    public var version: Int
    /// 报送时间 (ISO 8601).
    public var filedAt: String
    /// 报送人 — the officer's login.
    public var filedBy: String
    public var report: AnnualReport
}
