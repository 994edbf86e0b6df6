import Foundation
import Testing

/// Issue 22, "Done when": a reviewer's morning in the real binary under tmux, keyboard only —
/// ten mixed inbox items (documents, interpretations awaiting sign-off, applications) read in the
/// reader and decided within 25 keys besides the typed comment, counted here; then the service
/// state is checked through the CLI.
@Suite("端到端 审核人的早晨 A reviewer's morning", .serialized)
struct ReviewerMorningE2ETests {
    static let keyBudget = 25

    /// The reader's title row: `>阅读  [3/12]  待审核 D2026-0010  标题` → (kind, id).
    static func reading(_ screen: [String]) -> (kind: String, id: String)? {
        guard let line = screen.first(where: { $0.hasPrefix(">阅读") }) else { return nil }
        let words = line.split(separator: " ").map(String.init)
        return words.count >= 4 ? (words[2], words[3]) : nil
    }

    @Test func tenMixedItemsReadAndDecidedWithinTheKeyBudget() async throws {
        let home = try temporaryHome()
        let ws = home + "/ws.sqlite"
        let cli = try WorkspaceCLI(workspace: ws)
        try await copyDemoWorkspace(to: cli.workspace)

        // The morning's inbox: the demo's two applications and two documents in review, four
        // documents submitted today and two interpretations submitted for sign-off.
        try "第一条 本通知自发布之日起施行。\n第二条 各村（社区）按本通知执行。".write(toFile: home + "/body.txt", atomically: true, encoding: .utf8)
        var submitted: [String] = []
        for title in ["城关镇冬季防火检查通知", "城关镇农村公路养护工作安排", "城关镇春节期间值班安排", "城关镇集中供暖情况通报"] {
            let add = try await cli.run("doc", "add", "--title", title, "--type", "general", "--attribute", "主动公开",
                              "--category", "工作动态", "--body-file", home + "/body.txt", "--format", "json")
            #expect(add.status == 0, "\(add.error)")
            let id = try #require(((try parseJSON(add.output) as? [String: Any])?["document"] as? [String: Any])?["id"] as? String)
            #expect(try await cli.run("doc", "submit", id).status == 0)
            submitted.append(id)
        }
        var interpretations: [String] = []
        for doc in submitted.prefix(2) {
            let add = try await cli.run("interp", "add", "--doc", doc, "--forms", "文字解读", "--format", "json")
            #expect(add.status == 0, "\(add.error)")
            let id = try #require((try parseJSON(add.output) as? [String: Any])?["id"] as? String)
            #expect(try await cli.run("interp", "submit", id).status == 0)
            interpretations.append(id)
        }
        let queue = try #require(try parseJSON(try await cli.run("review", "list", "--format", "json").output) as? [[String: Any]])
        let applicationKinds: Set<String> = ["application-overdue", "application-due-soon", "clarify-notice-due",
                                             "consultation-due", "correction-ended", "fee-payment-ended"]
        let applications = queue.filter { applicationKinds.contains($0["kind"] as? String ?? "") }.compactMap { $0["id"] as? String }
        let inReview = queue.filter { $0["kind"] as? String == "document-review" }.compactMap { $0["id"] as? String }
        #expect(applications.count == 2 && inReview.count == 6)
        let toReturn = submitted[3]
        let targets = Set(applications + inReview + interpretations)
        #expect(targets.count == 10)

        let session = try await TmuxSession(width: 100, height: 30, home: home, arguments: ["--workspace", ws])
        try await session.waitForText("待办")
        var keys = 0
        func press(_ key: String) async throws { keys += 1; try await session.keys(key) }

        try await press("i")
        try await session.waitFor("the inbox") { $0.contains { $0.hasPrefix(">待办") } }
        try await press("Enter")
        var screen = try await session.waitFor("the reader") { Self.reading($0) != nil }
        var decided: [String: String] = [:]
        while decided.count < targets.count {
            #expect(keys <= Self.keyBudget, "over the key budget with \(decided.count) items decided")
            guard keys <= Self.keyBudget, let now = Self.reading(screen) else { break }
            let key = "\(now.kind) \(now.id)"
            if !targets.contains(now.id) || decided[now.id] != nil {
                try await press("n")                        // not one of the morning's items: on to the next
            } else if applications.contains(now.id) {
                #expect(screen.contains { $0.contains("办理记录") })          // its timeline is read
                try await press("s")
                try await session.waitForText("暂缓到")
                try await press("Enter")                    // a week from today, as offered
                decided[now.id] = "snoozed"
            } else if now.id == toReturn {
                #expect(screen.contains { $0.contains("第二条 各村（社区）按本通知执行。") })   // its body is read
                try await press("r")
                try await session.waitForText("退回意见：")
                try await session.type("请补充执行日期")        // typed text: not counted
                try await press("Enter")
                decided[now.id] = "returned"
            } else {
                try await press("a")
                decided[now.id] = "approved"
            }
            screen = try await session.waitFor("the reader to move on from \(key)") { s in
                Self.reading(s).map { "\($0.kind) \($0.id)" } != key || !s.contains { $0.hasPrefix(">阅读") }
            }
        }
        #expect(decided.count == 10)
        #expect(keys <= Self.keyBudget, "\(keys) keys")
        try await session.keys("q", "q", "q")
        try await session.waitFor("exit", timeout: 10) { _ in (try? await session.exitStatus()) != nil }
        #expect(try await session.exitStatus() == 0)

        // The service's state after the morning.
        func documentState(_ id: String) async throws -> String? {
            (try parseJSON(try await cli.run("doc", "show", id, "--format", "json").output) as? [String: Any])?["state"] as? String
        }
        for id in inReview where id != toReturn { #expect(try await documentState(id) == "approved", "\(id)") }
        #expect(try await documentState(toReturn) == "draft")
        for doc in submitted.prefix(2) {
            let shown = try #require(try parseJSON(try await cli.run("interp", "show", "--doc", doc, "--format", "json").output) as? [[String: Any]])
            #expect(shown.map { $0["state"] as? String } == ["approved"], "\(doc)")
        }
        let after = try #require(try parseJSON(try await cli.run("review", "list", "--format", "json").output) as? [[String: Any]])
        #expect(!after.contains { targets.contains($0["id"] as? String ?? "") && $0["kind"] as? String != "document-returned" })
        let returned = after.first { $0["kind"] as? String == "document-returned" && $0["id"] as? String == toReturn }
        #expect((returned?["reason"] as? String)?.contains("请补充执行日期") == true)
    }
}
