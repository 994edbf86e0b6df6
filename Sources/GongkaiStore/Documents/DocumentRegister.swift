import Foundation
import GongkaiCore

/// 规章和规范性文件台账行 — one entry with its status (立改废; Docs/领域规则.md §6).
public struct RegisterLine: Codable, Sendable, Hashable {
    public var entry: RegisterEntry
    public var status: RegulationStatus
    public var state: DocumentState
    public var unitName: String
    /// 有效期将满，需评估 (6 个月内).
    public var needsEvaluation: Bool
    /// 有效期提示 for 试行/暂行 titles.
    public var validityHint: String?
}

/// 规章和规范性文件台账 — `doc register [--year Y]`: the entries issued by the end of `year`, their
/// status on `asOf` (31 December, or today for the current year), and table 二 第（一）项's counts.
public struct DocumentRegister: Codable, Sendable, Hashable {
    public var year: Int
    public var asOf: CivilDate
    public var entries: [RegisterLine]
    public var counts: [RegisterYearCounts]
}
