import Foundation
import Testing

private func json(_ text: String) throws -> [String: Any] {
    let value = try JSONSerialization.jsonObject(with: Data(text.utf8))
    guard let object = value as? [String: Any] else { throw E2EError("not a JSON object: \(text)") }
    return object
}

/// Today as the binary sees it (the server's zone), for the dates the TUI defaults to.
private func todayISO() -> String {
    let f = DateFormatter()
    f.calendar = Calendar(identifier: .gregorian)
    f.locale = Locale(identifier: "en_US_POSIX")
    f.timeZone = .current
    f.dateFormat = "yyyy-MM-dd"
    return f.string(from: Date())
}

/// The real binary: `gongkai app …` and `gongkai calendar …` with their JSON, exit codes and
/// messages, and the 申请 pane recording an application typed in Chinese.
@Suite("端到端 申请与日历 Applications end to end", .serialized)
struct ApplicationE2ETests {
    @Test func appCommandsPrintJSONAndRefuseBadInputWithoutChangingAnything() async throws {
        let cli = try WorkspaceCLI(workspace: try temporaryHome() + "/ws.sqlite")
        let add = try await cli.run("app", "add", "--received", "2025-09-26", "--channel", "互联网", "--applicant-type", "自然人",
                          "--applicant-name", "张三", "--content", "申请公开本村征地补偿款发放明细",
                          "--id-number", "110101199003071234", "--contact", "13800000001", "--form", "电子邮件",
                          "--format", "json")
        #expect(add.status == 0, "\(add.error)")
        let app = try json(add.output)
        #expect(app["id"] as? String == "A2025-0001")
        #expect(app["due"] as? String == "2025-10-30")       // C1 example of Docs/领域规则.md
        #expect(app["state"] as? String == "overdue")        // long past by the real today
        #expect(app["idNumber"] as? String == "**************1234")
        #expect(app["channel"] as? String == "online")
        #expect((app["events"] as? [Any])?.isEmpty == true)
        #expect((app["derivation"] as? [String: Any])?["countedDays"] as? Int == 20)

        // Unknown outcome, impossible date, unknown kind: clear message, non-zero exit, nothing stored.
        let badOutcome = try await cli.run("app", "event", "A2025-0001", "reply", "--date", "2025-10-20", "--outcome", "bogus")
        #expect(badOutcome.status != 0)
        #expect(badOutcome.error.contains("--outcome 的值“bogus”无效"))
        let badDate = try await cli.run("app", "event", "A2025-0001", "withdraw", "--date", "2025-02-30")
        #expect(badDate.status != 0)
        #expect(badDate.error.contains("2025-02-30") && badDate.error.contains("不存在"))
        let before = try await cli.run("app", "event", "A2025-0001", "withdraw", "--date", "2025-09-25")
        #expect(before.status != 0)
        #expect(before.error.contains("早于收到申请之日 2025-09-26"))

        // A reply during an open consultation is refused.
        let consult = try await cli.run("app", "event", "A2025-0001", "征求意见", "--date", "2025-09-29", "--format", "json")
        #expect(consult.status == 0, "\(consult.error)")
        let refused = try await cli.run("app", "event", "A2025-0001", "reply", "--date", "2025-10-09", "--outcome", "granted")
        #expect(refused.status != 0)
        #expect(refused.error.contains("征求意见尚未返回"))

        let show = try json(try await cli.run("app", "show", "A2025-0001", "--format", "json").output)
        let events = try #require(show["events"] as? [[String: Any]])
        #expect(events.count == 1)
        #expect(events.first?["kind"] as? String == "consult-start")
        #expect(events.first?["party"] as? String == "third-party")
        #expect(show.keys.contains("due") && show.keys.contains("workdaysLeft") && show.keys.contains("derivation"))

        let list = try json(try await cli.run("app", "list", "--overdue", "--format", "json").output)
        let items = try #require(list["items"] as? [[String: Any]])
        #expect(items.map { $0["id"] as? String } == ["A2025-0001"])
        #expect(items.first?["applicantName"] as? String == "张*")
        let text = try await cli.run("app", "list", "--state", "已答复")
        #expect(text.status == 0 && text.output.contains("共 0 件"))
    }

    @Test func calendarCommandsCountImportAndShow() async throws {
        let bin = try TmuxSession.binary()
        let home = try temporaryHome()
        let ws = home + "/ws.sqlite"
        let count = try await runProcess(bin, ["calendar", "add-workdays", "--from", "2025-09-26", "--days", "20",
                                         "--format", "json", "--workspace", ws])
        #expect(count.status == 0)
        let c = try json(count.output)
        #expect(Set(c.keys) == ["from", "days", "due", "provisional", "skipped", "missingYears"])
        #expect(c["due"] as? String == "2025-10-30" && c["provisional"] as? Bool == false)
        let skipped = try #require(c["skipped"] as? [[String: String]])
        #expect(skipped.first == ["date": "2025-09-27", "reason": "weekend"])
        #expect(skipped.contains(["date": "2025-10-01", "reason": "holiday"]))

        let provisional = try json(try await runProcess(bin, ["calendar", "add-workdays", "--from", "2027-01-04", "--days", "5",
                                                        "--format", "json", "--workspace", ws]).output)
        #expect(provisional["provisional"] as? Bool == true)
        #expect(provisional["missingYears"] as? [Int] == [2027])

        let toml = home + "/2027.toml"
        try """
            # 国务院办公厅关于2027年部分节假日安排的通知（示例）
            year = 2027
            notice = "国务院办公厅关于2027年部分节假日安排的通知"
            noticeDate = 2026-11-10
            daysOff = ["2027-01-01", "2027-02-05..2027-02-11"]
            makeUpWorkdays = ["2027-02-14"]
            """.write(toFile: toml, atomically: true, encoding: .utf8)
        let imported = try await runProcess(bin, ["calendar", "import", toml, "--workspace", ws])
        #expect(imported.status == 0, "\(imported.error)")
        #expect(imported.output.contains("已录入 2027 年安排"))
        let shown = try json(try await runProcess(bin, ["calendar", "show", "2027", "--format", "json", "--workspace", ws]).output)
        #expect(shown["source"] as? String == "imported")
        #expect(shown["daysOff"] as? [String] == ["2027-01-01", "2027-02-05..2027-02-11"])
        let now = try json(try await runProcess(bin, ["calendar", "add-workdays", "--from", "2027-01-04", "--days", "5",
                                                "--format", "json", "--workspace", ws]).output)
        #expect(now["provisional"] as? Bool == false)

        let broken = home + "/bad.toml"
        try "year = 2028\nnotice = \"x\"\nnoticeDate = \"2027-11-01\"\ndaysOff = [\"2028-02-30\"]\n"
            .write(toFile: broken, atomically: true, encoding: .utf8)
        let refused = try await runProcess(bin, ["calendar", "import", broken, "--workspace", ws])
        #expect(refused.status != 0)
        #expect(refused.error.contains("2028-02-30"))
        let still = try json(try await runProcess(bin, ["calendar", "show", "2028", "--format", "json", "--workspace", ws]).output)
        #expect(still["source"] as? String == "missing")
    }

    @Test func whatWasTypedInAFormSurvivesKill9() async throws {
        let home = try temporaryHome()
        let ws = home + "/ws.sqlite"
        let session = try await TmuxSession(width: 100, height: 30, home: home, arguments: ["--workspace", ws])
        try await session.waitForText("4 申请")
        try await session.keys("4", "a")
        try await session.waitForText("登记政府信息公开申请")
        try await session.keys("Tab", "Tab", "Tab")
        try await session.type("钱多多")
        try await session.waitForText("钱多多")
        kill(try await session.programPID(), SIGKILL)
        // No endwin after kill -9: the wrapper's status line lands mid-screen.
        try await session.waitFor("exit after kill -9", timeout: 10) { $0.contains { $0.contains(TmuxSession.exitMarker + "137") } }

        // The draft is listed, and the workstation offers it at start.
        let drafts = try await runProcess("/usr/bin/env", ["HOME=" + home, try TmuxSession.binary(), "drafts", "--format", "json", "--workspace", ws])
        let listed = try JSONSerialization.jsonObject(with: Data(drafts.output.utf8)) as? [[String: Any]] ?? []
        #expect(listed.count == 1 && listed.first?["kind"] as? String == "draft")
        let again = try await TmuxSession(width: 100, height: 30, home: home, arguments: ["--workspace", ws])
        try await again.waitForText("4 申请")
        try await again.waitForText("有未完成的草稿：申请表单")
        try await again.keys("4", "a")
        let restored = try await again.waitForText("已恢复上次未提交的表单")
        #expect(restored.contains { $0.contains("钱多多") })
        try await again.keys("C-s")
        try await again.waitFor("name field empty refused") { $0.contains { $0.contains("请填写申请内容") } }
        // The restored form holds typed input: Esc asks first, y drops it.
        try await again.keys("Escape")
        try await again.waitForText("申请表单有未保存的输入，放弃？")
        try await again.keys("y")
        try await again.waitForText("已放弃未保存的输入")
        #expect(draftFile(home: home, kind: "draft") == nil)
        let none = try await runProcess("/usr/bin/env", ["HOME=" + home, try TmuxSession.binary(), "drafts", "--workspace", ws])
        #expect(none.output.contains("没有可恢复的草稿"))
        try await again.keys("q")
        try await again.waitFor("exit", timeout: 10) { _ in (try? await again.exitStatus()) != nil }
    }
}
