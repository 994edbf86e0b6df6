import Foundation
import Testing

/// 测试不会卡死 — no test can hang: every loop in Tests/ ends on a deadline, a counter or the end of
/// what it walks, and no test waits for a child process without a deadline. A loop whose condition
/// only waits for a state (`while x != target { press j }`) hangs the whole run when the behaviour
/// breaks; it is written `for _ in 0..<n where x != target` or waits with `waitUntil(timeout:)`.
/// A loop bounded in a way the scan cannot see says so: `// bounded: <why>` on its line.
@Suite struct BoundedLoopTests {
    static let tests = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    /// The test folders the scan must find (a missing one fails: it would be read as clean).
    static let folders = ["GongkaiCoreTests", "GongkaiStoreTests", "GongkaiTUITests", "GongkaiE2ETests",
                          "GongkaiServerTests", "GongkaiExchangeTests", "GongkaiLettersTests", "GongkaiOfficeTests",
                          "GongkaiTestSupport"]

    /// The unbounded loops and waits in `source` (one description per line found).
    static func unbounded(in source: String) -> [String] {
        var found: [String] = []
        for (number, line) in source.components(separatedBy: "\n").enumerated() {
            let code = line.components(separatedBy: "//").first ?? line
            let trimmed = code.trimmingCharacters(in: .whitespaces)
            let marked = line.contains("// bounded:")
            if let whileRange = trimmed.range(of: #"^(\}\s*)?while\b"#, options: .regularExpression) {
                var condition = String(trimmed[whileRange.upperBound...])
                if let brace = condition.firstIndex(of: "{") { condition = String(condition[..<brace]) }
                condition = condition.trimmingCharacters(in: .whitespaces)
                let forever = ["true", "1"].contains(condition)
                let bounded = condition.hasPrefix("let ") || condition.hasPrefix("case ") || condition.hasPrefix("var ")
                    || condition.contains("deadline") || condition.contains("Date()")
                    || condition.range(of: #"[^-]>|<"#, options: .regularExpression) != nil
                if forever || !(bounded || marked) { found.append("\(number + 1): \(trimmed)") }
            }
            if code.contains("waitpid("), !code.contains("WNOHANG"), !marked {
                found.append("\(number + 1): \(trimmed) (waits for a child with no deadline: reapChild(_:timeout:))")
            }
        }
        return found
    }

    @Test func everyLoopAndWaitInTheTestsHasABound() throws {
        var scanned = 0
        var problems: [String] = []
        for folder in Self.folders {
            let root = Self.tests.appendingPathComponent(folder)
            var isDirectory: ObjCBool = false
            #expect(FileManager.default.fileExists(atPath: root.path, isDirectory: &isDirectory) && isDirectory.boolValue,
                    "no test folder \(root.path)")
            let enumerator = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil)
            while let url = enumerator?.nextObject() as? URL {
                guard url.pathExtension == "swift", url.lastPathComponent != "BoundedLoopTests.swift" else { continue }
                scanned += 1
                let text = try String(contentsOf: url, encoding: .utf8)
                problems += Self.unbounded(in: text).map { "\(folder)/\(url.lastPathComponent):\($0)" }
            }
        }
        #expect(scanned > 100, "the scan read only \(scanned) files")
        #expect(problems.isEmpty, "loops or waits without a bound:\n\(problems.joined(separator: "\n"))")
    }

    @Test func theScanFindsWhatHangsAndPassesWhatEnds() {
        let hanging = [
            "while true {",
            "    while m.state.inbox?.current?.id != id { m.handle(.char(\"j\")) }",
            "} while !done",
            "waitpid(pid, &status, 0)",
            "while true { // bounded: no, never",
        ]
        for line in hanging { #expect(Self.unbounded(in: line).count == 1, "\(line)") }
        let ending = [
            "while Date() < deadline {",
            "} while Date() < deadline",
            "while let url = enumerator.nextObject() as? URL {",
            "while i < chars.count, chars[i] != \"\\n\" { i += 1 }",
            "for _ in 0..<100 where m.state.inbox?.current?.id != id { m.handle(.char(\"j\")) }",
            "while b.undo() {}   // bounded: the history holds three edits",
            "let r = waitpid(pid, &status, WNOHANG)",
        ]
        for line in ending { #expect(Self.unbounded(in: line).isEmpty, "\(line)") }
    }
}
