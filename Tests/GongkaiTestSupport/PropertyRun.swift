import Foundation

/// 性质测试的长度 — how long the slowest randomised and stress tests run. The default run takes
/// the `quick` length (the same seeds, so the same first changes: what the long runs found is found
/// again); `GONGKAI_DEEP_PROPERTIES=1` runs the full length.
public enum PropertyRun {
    public static let deep = ProcessInfo.processInfo.environment["GONGKAI_DEEP_PROPERTIES"] == "1"

    public static func steps(_ full: Int, quick: Int) -> Int { deep ? full : quick }
}
