import GongkaiCore

/// 生成演示数据的请求 — what `gongkai demo generate` asks for.
public struct DemoGenerationRequest: Codable, Sendable, Equatable {
    public var documents: Int
    public var applications: Int
    /// 年份范围 — documents are formed and applications received in these years (up to today).
    public var fromYear: Int
    public var toYear: Int
    public var seed: UInt64

    public init(documents: Int, applications: Int, fromYear: Int = 2019, toYear: Int = 2026, seed: UInt64 = 1) {
        self.documents = documents
        self.applications = applications
        self.fromYear = fromYear
        self.toYear = toYear
        self.seed = seed
    }
}

/// 生成结果 — counts of what was written (also the `after` of the one `demo.generate` audit entry).
public struct DemoGenerationResult: Codable, Sendable, Equatable {
    public var units = 0
    public var documents = 0
    public var catalogPlacements = 0
    public var applications = 0
    public var events = 0
    public var seed: UInt64 = 0
    public var fromYear = 0
    public var toYear = 0
}

/// 生成进度 — reported after every committed batch.
public struct DemoGenerationProgress: Sendable, Equatable {
    public enum Phase: String, Sendable { case documents, applications }
    public var phase: Phase
    public var done: Int
    public var total: Int
}
