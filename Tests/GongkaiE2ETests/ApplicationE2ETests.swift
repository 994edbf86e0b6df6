import Foundation
import Testing

private func json(_ text: String) throws -> [String: Any] {
    let value = try JSONSerialization.jsonObject(with: Data(text.utf8))
    guard let object = value as? [String: Any] else { throw E2EError("not a JSON object: \(text)") }
    return object
}

/// The real binary: `gongkai app …` and `gongkai calendar …` with their JSON, exit codes and
/// messages. (The 申请 pane's form surviving a kill is a loop test: KilledSessionLoopTests.)
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
}
