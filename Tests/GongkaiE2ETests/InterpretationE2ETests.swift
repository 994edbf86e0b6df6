import Foundation
import Testing

private func object(_ text: String) throws -> [String: Any] {
    guard let o = try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any] else {
        throw E2EError("not a JSON object: \(text)")
    }
    return o
}

private func array(_ text: String) throws -> [[String: Any]] {
    guard let a = try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [[String: Any]] else {
        throw E2EError("not a JSON array: \(text)")
    }
    return a
}

/// The id the demo gives its n-th document: `D<year formed>-000n`, formed `daysAgo` before today.
private func demoDocument(_ n: Int, formedDaysAgo: Int) -> String {
    var cal = Calendar(identifier: .gregorian)
    cal.timeZone = .current
    let formed = cal.date(byAdding: .day, value: -formedDaysAgo, to: Date())!
    return String(format: "D%04d-%04d", cal.component(.year, from: formed), n)
}

/// The real binary: `gongkai interp …`, the 三同步 guards on `doc approve|publish` with
/// `--override-reason`. (An interpretation created in the 解读 pane is a loop test:
/// InterpretationLoopTests.)
@Suite("端到端 政策解读 Interpretations end to end", .serialized)
struct InterpretationE2ETests {
    /// 县义务教育阶段学校招生入学工作方案 — in review, its demo interpretation signed.
    let plan = demoDocument(2, formedDaysAgo: 12)

    @Test func guardsRefuseExplainingTheRuleAndPassWithAnAuditedOverride() async throws {
        let ws = try temporaryHome() + "/ws.sqlite"
        let cli = try WorkspaceCLI(workspace: ws)
        try await copyDemoWorkspace(to: cli.workspace)
        let interps = try array(try await cli.run("interp", "show", "--doc", plan, "--format", "json").output)
        let interp = try #require(interps.first?["id"] as? String)
        #expect(interps.first?["state"] as? String == "approved")
        // Take the interpretation back to draft: signing the plan alone is now refused.
        #expect(try await cli.run("interp", "return", interp, "--comment", "请补充政策问答").status == 0)
        let refused = try await cli.run("doc", "approve", plan)
        #expect(refused.status != 0 && refused.output.isEmpty)
        #expect(refused.error.contains("不能签发") && refused.error.contains("未同步审签"))
        #expect(refused.error.contains("同步组织、同步审签、同步部署") && refused.error.contains("--override-reason"))
        #expect(try array(try await cli.run("doc", "history", plan, "--format", "json").output).isEmpty)   // nothing changed
        // Signed again, the plan passes; publishing it before its interpretation is refused.
        #expect(try await cli.run("interp", "submit", interp).status == 0)
        #expect(try await cli.run("interp", "approve", interp).status == 0)
        #expect(try await cli.run("doc", "approve", plan).status == 0)
        let early = try await cli.run("doc", "publish", plan)
        #expect(early.status != 0 && early.error.contains("未同步部署") && early.error.contains("同日发布"))
        let status = try object(try await cli.run("interp", "status", "--doc", plan, "--format", "json").output)
        #expect(Set(status.keys) == ["doc", "required", "organised", "signedTogether", "publishedTogether",
                                     "lagWorkdays", "problems"])
        #expect(status["doc"] as? String == plan && status["required"] as? Bool == true)
        #expect(status["signedTogether"] as? Bool == true && status["publishedTogether"] as? Bool == false)
        #expect(status["lagWorkdays"] is NSNull && (status["problems"] as? [Any])?.isEmpty == true)
        // With a reason it goes ahead, and the reason is on the step and in the audit log.
        let forced = try await cli.run("doc", "publish", plan, "--override-reason", "县政府要求今日先行发布", "--format", "json")
        #expect(forced.status == 0, "\(forced.error)")
        #expect(try object(forced.output)["overrideReason"] as? String == "县政府要求今日先行发布")
        let audit = try await cli.run("audit", "--item", plan, "--format", "json")
        #expect(audit.output.contains("document.publish") && audit.output.contains("县政府要求今日先行发布"))
        let after = try object(try await cli.run("interp", "status", "--doc", plan, "--format", "json").output)
        let problems = try #require(after["problems"] as? [[String: Any]])
        #expect(problems.first?["code"] as? String == "not-published-together")
        #expect(problems.first?["overridden"] as? Bool == true)
        // The interpretation follows on the same day: 同步部署 met after all, lag 0.
        #expect(try await cli.run("interp", "publish", interp).status == 0)
        let met = try object(try await cli.run("interp", "status", "--doc", plan, "--format", "json").output)
        #expect(met["publishedTogether"] as? Bool == true && met["lagWorkdays"] as? Int == 0)
    }

    @Test func interpAddTakesChineseFormsAndRefusesBadInputWithoutChangingAnything() async throws {
        let home = try temporaryHome()
        let ws = home + "/ws.sqlite"
        let cli = try WorkspaceCLI(workspace: ws)
        try await copyDemoWorkspace(to: cli.workspace)
        try "一、政策背景\n二、主要内容".write(toFile: home + "/body.txt", atomically: true, encoding: .utf8)
        let add = try await cli.run("interp", "add", "--doc", plan, "--forms", "图解，政策问答", "--leader", "县教育局局长",
                          "--body-file", home + "/body.txt", "--format", "json")
        #expect(add.status == 0, "\(add.error)")
        let d = try object(add.output)
        #expect(d["forms"] as? [String] == ["graphic", "qa"] && d["unit"] as? String == "edu")
        #expect(d["body"] as? String == "一、政策背景\n二、主要内容" && d["state"] as? String == "draft")
        let count = { try array(try await cli.run("interp", "show", "--doc", self.plan, "--format", "json").output).count }
        #expect(try await count() == 2)
        let badForm = try await cli.run("interp", "add", "--doc", plan, "--forms", "图解,海报")
        #expect(badForm.status != 0 && badForm.error.contains("无法识别的解读形式：海报"))
        let otherUnit = try await cli.run("interp", "add", "--doc", plan, "--forms", "图解", "--unit", "县财政局")
        #expect(otherUnit.status != 0 && otherUnit.error.contains("谁起草、谁解读"))
        let noDoc = try await cli.run("interp", "add", "--doc", "D1999-0001", "--forms", "图解")
        #expect(noDoc.status != 0 && noDoc.error.contains("D1999-0001"))
        #expect(try await count() == 2)
        let id = try #require(d["id"] as? String)
        let tick = try await cli.run("interp", "tick", id, "背景依据", "main-content", "--format", "json")
        #expect(try object(tick.output)["elements"] as? [String] == ["background", "main-content"])
        let badTick = try await cli.run("interp", "tick", id, "背景")
        #expect(badTick.status != 0 && badTick.error.contains("解读要素"))
        let stats = try await cli.run("interp", "stats", "--from", "2000-01-01", "--to", "2099-12-31", "--format", "json")
        let s = try object(stats.output)
        #expect(s["published"] as? Int == 2 && s["metAllThree"] as? Int == 2)
        let text = try await cli.run("interp", "stats", "--from", "2000-01-01", "--to", "2099-12-31")
        #expect(text.output.contains("共发布政策解读 2 条") && text.output.contains("三同步均达标：2 条（100.0%）"))
        let badDate = try await cli.run("interp", "stats", "--from", "2026-02-30", "--to", "2026-12-31")
        #expect(badDate.status != 0 && badDate.error.contains("2026-02-30"))
        // The rule's settings: admins only, audited.
        let clerk = try await cli.run("interp", "settings", "--lag", "3", "--as", "zhao.edu")
        #expect(clerk.status != 0 && clerk.error.contains("（规则「仅限管理员」）") && !clerk.error.contains("admin-only"))
        let set = try object(try await cli.run("interp", "settings", "--lag", "3", "--tags", "六稳六保，重要政策", "--format", "json").output)
        #expect(set["allowedLagWorkdays"] as? Int == 3 && set["requiredTags"] as? [String] == ["六稳六保", "重要政策"])
        #expect(try await cli.run("audit", "--item", "interpretationSettings").output.contains("修改政策解读设置"))
    }
}
