import Foundation
import Testing

/// `gongkai duties|consult|inspect` as scripts meet them (issue 13): JSON shapes, CSV with BOM,
/// Chinese codes accepted, refusals on stderr with a non-zero status and nothing changed.
@Suite("命令行：登记簿 CLI registers")
struct RegisterCLITests {
    func gongkai(_ args: [String], home: String) async throws -> (status: Int32, output: String, error: String) {
        try await runProcess("/usr/bin/env", ["-i", "HOME=\(home)", "LANG=C.UTF-8", "PATH=/usr/bin:/bin",
                                        try TmuxSession.binary()] + args)
    }

    func json(_ text: String) throws -> Any { try JSONSerialization.jsonObject(with: Data(text.utf8)) }

    @Test func dutiesAddListCurrentCsvUpdateAndScoping() async throws {
        let home = try temporaryHome()
        try await copyDemoWorkspace(home: home)
        let added = try await gongkai(["duties", "add", "--unit", "县教育局", "--kind", "行政确认", "--name", "学历证明确认",
                                 "--basis", "《中华人民共和国教育法》第二十二条", "--time-limit", "5个工作日", "--format", "json"], home: home)
        #expect(added.status == 0)
        let entry = try #require(try json(added.output) as? [String: Any])
        #expect(entry["id"] as? String == "QZ0008" && entry["kind"] as? String == "confirmation")
        #expect(entry["state"] as? String == "current" && entry["unitName"] as? String == "县教育局")
        #expect(Set(entry.keys).isSuperset(of: ["legalBasis", "responsibleUnit", "procedure", "timeLimit", "supervisionPhone", "version"]))

        let cancelled = try await gongkai(["duties", "update", "QZ0008", "--cancel", "--reason", "并入其他事项", "--format", "json"], home: home)
        #expect(cancelled.status == 0)
        let detail = try #require(try json(cancelled.output) as? [String: Any])
        #expect((detail["entry"] as? [String: Any])?["state"] as? String == "cancelled")
        #expect((detail["history"] as? [[String: Any]])?.first?["reason"] as? String == "并入其他事项")

        let current = try await gongkai(["duties", "list", "--current", "--unit", "edu", "--format", "json"], home: home)
        let lists = try #require(try json(current.output) as? [[String: Any]])
        #expect(lists.count == 1 && lists[0]["unitId"] as? String == "edu" && lists[0]["asOf"] is String)
        let ids = (lists[0]["entries"] as? [[String: Any]])?.compactMap { $0["id"] as? String }
        #expect(ids == ["QZ0001", "QZ0002", "QZ0003"])       // the cancelled QZ0008 is not in force

        let csv = try await gongkai(["duties", "list", "--current", "--format", "csv"], home: home)
        #expect(csv.output.hasPrefix("序号,编号,单位,类别,事项名称,设定依据"))     // (the reader drops the BOM)
        let bytes = try await runProcess("/bin/sh", ["-c", "/usr/bin/env -i HOME=\(shellQuote(home)) LANG=C.UTF-8 \(shellQuote(try TmuxSession.binary())) "
                                               + "duties list --current --format csv | head -c 3 | od -An -tx1"])
        #expect(bytes.output.trimmingCharacters(in: .whitespacesAndNewlines) == "ef bb bf")
        #expect(csv.output.contains("\r\n") && !csv.output.contains("QZ0008"))
        // `export duties` is the same table: the same bytes as `duties list --current --format csv`.
        let exported = try await gongkai(["export", "duties", "--format", "csv"], home: home)
        #expect(exported.status == 0 && exported.output == csv.output)
        let all = try await gongkai(["duties", "list", "--format", "csv"], home: home)   // cancelled ones too
        #expect(all.output.hasPrefix("序号,编号,单位,类别,事项名称,设定依据") && all.output.contains("QZ0008"))
        let folder = (home as NSString).appendingPathComponent("out")
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        for kind in ["duties", "consultations", "inspections"] {
            let file = (folder as NSString).appendingPathComponent(kind + ".xlsx")
            let x = try await gongkai(["--as", "wang.cg", "export", kind, "--format", "xlsx", "-o", file], home: home)
            #expect(x.status == 0 && FileManager.default.fileExists(atPath: file), "\(kind): \(x.error)")
            let md = try await gongkai(["--as", "wang.cg", "export", kind, "--format", "md"], home: home)
            #expect(md.status == 0 && !md.output.contains("县教育局") && !md.output.contains("县人民政府办公室"), "\(kind)")
        }

        // 城关镇's clerk cannot read or change 县教育局's list.
        let refused = try await gongkai(["--as", "wang.cg", "duties", "show", "QZ0001"], home: home)
        #expect(refused.status != 0 && refused.output.isEmpty && refused.error.contains("（规则「仅限本单位」）")
                && !refused.error.contains("own-unit-only"))
        let own = try await gongkai(["--as", "wang.cg", "duties", "list", "--format", "json"], home: home)
        let rows = try #require(try json(own.output) as? [[String: Any]])
        #expect(Set(rows.compactMap { $0["unitId"] as? String }) == ["chengguan"])
        let badKind = try await gongkai(["duties", "add", "--kind", "行政命令", "--name", "x", "--basis", "y"], home: home)
        #expect(badKind.status != 0 && badKind.error.contains("行政许可"))
    }

    @Test func consultAndInspectJsonShapes() async throws {
        let home = try temporaryHome()
        try await copyDemoWorkspace(home: home)
        // Today as the command reckons it (the machine's zone), so the test holds at any hour.
        let today = ISO8601DateFormatter.string(from: Date(), timeZone: .current, formatOptions: [.withFullDate])
        let short = try await gongkai(["consult", "add", "--decision", "县图书馆开放时间调整", "--scope", "全县读者",
                                 "--methods", "向社会公开征求意见,问卷调查", "--opens", today, "--closes", today], home: home)
        #expect(short.status != 0 && short.error.contains("--short-reason"))
        let added = try await gongkai(["consult", "add", "--decision", "县图书馆开放时间调整", "--scope", "全县读者",
                                 "--methods", "实地走访", "--opens", today, "--closes", today, "--format", "json"], home: home)
        #expect(added.status == 0)
        let record = try #require(try json(added.output) as? [String: Any])
        let c = try #require(record["consultation"] as? [String: Any])
        #expect(c["methods"] as? [String] == ["site-visit"] && record["status"] as? String == "open" && record["periodDays"] as? Int == 1)
        let id = try #require(c["id"] as? String)
        let noFeedback = try await gongkai(["consult", "close", id, "--comments", "0", "--adoption", "无意见"], home: home)
        #expect(noFeedback.status != 0 && noFeedback.error.contains("--feedback"), "\(noFeedback.error)")
        let closed = try await gongkai(["consult", "close", id, "--comments", "2", "--summary", "希望延长周末开放",
                                  "--adoption", "采纳", "--feedback", "已公布", "--format", "json"], home: home)
        let closedRecord = try json(closed.output) as? [String: Any]
        #expect(closed.status == 0 && closedRecord?["status"] as? String == "closed")

        let inspected = try await gongkai(["inspect", "add", "--inspector", "陈静", "--kind", "政务新媒体", "--channel", "县政务微博",
                                     "--failed", "防篡改", "--problems", "置顶内容被改", "--format", "json"], home: home)
        #expect(inspected.status == 0)
        let i = try #require((try json(inspected.output) as? [String: Any])?["inspection"] as? [String: Any])
        #expect(i["checks"] as? [String] == ["anti-attack", "anti-tamper", "anti-virus"] && i["failed"] as? [String] == ["anti-tamper"])
        #expect(i["channelKind"] as? String == "new-media")
        let stale = try await gongkai(["inspect", "stale", "--days", "30", "--format", "json"], home: home)
        let report = try #require(try json(stale.output) as? [String: Any])
        #expect(report["stalenessDays"] as? Int == 30)
        let columns = try #require(report["columns"] as? [[String: Any]])
        #expect(!columns.isEmpty && columns.allSatisfy { $0["path"] is String && $0["idleDays"] is Int && $0["nodeId"] is String })
        let check = try await gongkai(["catalog", "check", "--staleness-days", "30", "--format", "json"], home: home)
        let problems = (try json(check.output) as? [String: Any])?["problems"] as? [[String: Any]] ?? []
        #expect(columns.compactMap { $0["path"] as? String }
                == problems.filter { $0["kind"] as? String == "stale-column" }.compactMap { $0["path"] as? String })
    }
}
