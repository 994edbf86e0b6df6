import Foundation
import Testing

/// `gongkai doc …` through the built binary: add → show JSON → search finds it; the register;
/// refusals on stderr with a non-zero exit and nothing written.
@Suite("命令行：文件 CLI documents")
struct DocumentCLITests {
    func gongkai(_ args: [String], home: String) async throws -> (status: Int32, output: String, error: String) {
        try await runProcess("/usr/bin/env", ["-i", "HOME=\(home)", "LANG=C.UTF-8", "PATH=/usr/bin:/bin",
                                        try TmuxSession.binary()] + args)
    }

    func json(_ text: String) throws -> Any { try JSONSerialization.jsonObject(with: Data(text.utf8)) }

    @Test func addShowAndSearchFindIt() async throws {
        let home = try temporaryHome()
        try await copyDemoWorkspace(home: home)
        let bodyFile = home + "/body.txt"
        try "第一条 为落实惠企政策，减免小微企业税费。\n第二条 本办法自发布之日起施行。\n"
            .write(toFile: bodyFile, atomically: true, encoding: .utf8)
        let add = try await gongkai(["doc", "add", "--title", "县惠企政策兑现办法", "--type", "行政规范性文件",
                               "--attribute", "主动公开", "--category", "政府文件", "--unit", "县教育局",
                               "--formed", "2026-11-02", "--doc-number", "X教发〔2026〕30号", "--body-file", bodyFile,
                               "--channels", "门户网站,微信平台", "--tags", "惠企政策,六稳六保", "--format", "json"], home: home)
        #expect(add.status == 0, "\(add.error)")
        let added = try #require(try json(add.output) as? [String: Any])
        let id = try #require(added["id"] as? String)
        #expect((added["warnings"] as? [Any])?.isEmpty == true)

        let show = try await gongkai(["doc", "show", id, "--format", "json"], home: home)
        let d = try #require(try json(show.output) as? [String: Any])
        #expect(d["state"] as? String == "draft" && d["attribute"] as? String == "proactive")
        #expect((d["body"] as? String)?.contains("减免小微企业税费") == true)
        #expect(d["publishDue"] as? String != nil && d["docNumber"] as? String == "X教发〔2026〕30号")
        #expect(d["channels"] as? [String] == ["门户网站", "微信平台"] && d["tags"] as? [String] == ["惠企政策", "六稳六保"])

        for term in ["税", "惠企", "小微企业税费"] {
            let search = try await gongkai(["doc", "search", term, "--format", "json"], home: home)
            let hits = try #require(try json(search.output) as? [[String: Any]])
            // 惠企 is also in the title of a newer demo document: title hits rank by date (bodies are not read to rank).
            #expect(term == "惠企" ? hits.prefix(2).contains { $0["id"] as? String == id } : hits.first?["id"] as? String == id, "\(term)")
            #expect(hits.first.map { Set($0.keys).isSuperset(of: ["id", "title", "snippet"]) } == true)
        }
        let list = try await gongkai(["doc", "list", "--state", "草稿", "--format", "json"], home: home)
        let page = try #require(try json(list.output) as? [String: Any])
        #expect((page["items"] as? [[String: Any]])?.contains { $0["id"] as? String == id } == true)
    }

    /// Issue 22: the short command a township clerk types — a column name from the unit's own
    /// catalog, 公开属性 left open (未定) in the draft, 成文日期 today — and the submit that refuses
    /// the open attribute with the reason.
    @Test func aTownshipDraftWithTheColumnNameAnOpenAttributeAndTodaysDate() async throws {
        let home = try temporaryHome()
        try await copyDemoWorkspace(home: home)
        let add = try await gongkai(["doc", "add", "--title", "城关镇冬季防火检查", "--type", "一般信息", "--attribute", "未定",
                               "--unit", "城关镇", "--category", "工作动态", "--format", "json"], home: home)
        #expect(add.status == 0, "\(add.error)")
        let added = try #require(try json(add.output) as? [String: Any])
        let id = try #require(added["id"] as? String)
        let d = try #require(added["document"] as? [String: Any])
        #expect(d["category"] as? String == "部门乡镇信息公开/城关镇/工作动态")
        #expect(d["attribute"] == nil)
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withFullDate]
        formatter.timeZone = .current
        #expect(d["formed"] as? String == formatter.string(from: Date()))
        let submit = try await gongkai(["doc", "submit", id], home: home)
        #expect(submit.status != 0 && submit.error.contains("尚未确定公开属性"), "\(submit.error)")
        let show = try #require(try json(try await gongkai(["doc", "show", id, "--format", "json"], home: home).output) as? [String: Any])
        #expect(show["state"] as? String == "draft")
        // The history in words (AuditNarrative), in the CLI as in the workstation.
        let history = try await gongkai(["doc", "history", id], home: home).output
        #expect(history.contains("登记文件") && history.contains("  标题：城关镇冬季防火检查"), "\(history)")
        let audit = try await gongkai(["audit", "--item", id], home: home).output
        #expect(audit.contains("[\(id)] ") && audit.contains("登记文件") && !audit.contains("document.add") && !audit.contains("{"))
        // Without --unit the document is the officer's own unit's (here the county office), and the
        // bare name is looked up in that unit's catalog.
        let own = try await gongkai(["doc", "add", "--title", "县政府办工作动态", "--type", "general", "--category", "工作动态",
                               "--format", "json"], home: home)
        let ownDoc = try #require(try json(own.output) as? [String: Any])["document"] as? [String: Any]
        #expect(ownDoc?["category"] as? String == "部门乡镇信息公开/县人民政府办公室/工作动态", "\(own.error)")
        #expect(ownDoc?["unitId"] as? String == "county-office")
    }

    @Test func anUnusualDocNumberWarnsAndARefusalChangesNothing() async throws {
        let home = try temporaryHome()
        try await copyDemoWorkspace(home: home)
        let common = ["--type", "general", "--attribute", "proactive", "--category", "法定主动公开内容",
                      "--unit", "county-office", "--formed", "2026-11-02"]
        let warned = try await gongkai(["doc", "add", "--title", "通知", "--doc-number", "X政发（2026）第5号"] + common, home: home)
        #expect(warned.status == 0 && warned.output.contains("X政发〔2026〕5号") && warned.output.contains("六角括号"))
        let before = try await gongkai(["info", "--format", "json"], home: home).output
        for bad in [["--doc-number", "五号文"], ["--attribute", "withheld"], ["--formed", "2026-02-30"]] {
            var args = ["doc", "add", "--title", "拒绝"] + common
            if let i = args.firstIndex(of: bad[0]) { args[i + 1] = bad[1] } else { args += bad }
            let refused = try await gongkai(args, home: home)
            #expect(refused.status != 0 && refused.output.isEmpty && !refused.error.isEmpty, "\(bad)")
        }
        #expect(try await gongkai(["info", "--format", "json"], home: home).output == before)
        let missing = try await gongkai(["doc", "show", "D2026-9999"], home: home)
        #expect(missing.status != 0 && missing.error.contains("D2026-9999"))
    }

    @Test func amendRepealAndTheRegister() async throws {
        let home = try temporaryHome()
        try await copyDemoWorkspace(home: home)
        func add(_ title: String, formed: String) async throws -> String {
            let r = try await gongkai(["doc", "add", "--title", title, "--type", "normative", "--attribute", "proactive",
                                 "--category", "政府文件", "--unit", "county-office", "--formed", formed,
                                 "--format", "json"], home: home)
            let id = try #require((try json(r.output) as? [String: Any])?["id"] as? String)
            // No interpretation in this register test: 签发 with a recorded 三同步 override.
            #expect(try await gongkai(["doc", "submit", id], home: home).status == 0)
            #expect(try await gongkai(["doc", "approve", id, "--override-reason", "登记簿测试，不涉及解读"], home: home).status == 0)
            return id
        }
        let old = try await add("县城区停车管理办法", formed: "2026-03-02")
        let new = try await add("县城区停车管理办法（修订）", formed: "2026-09-01")
        #expect(try await gongkai(["doc", "amend", old, "--by", new], home: home).status == 0)
        #expect(try await gongkai(["doc", "repeal", new, "--date", "2026-10-01"], home: home).status == 0)
        let again = try await gongkai(["doc", "repeal", new, "--date", "2026-10-02"], home: home)
        #expect(again.status != 0 && again.error.contains("已于 2026-10-01 废止"))
        let reg = try await gongkai(["doc", "register", "--year", "2026", "--format", "json"], home: home)
        let r = try #require(try json(reg.output) as? [String: Any])
        let entries = try #require(r["entries"] as? [[String: Any]])
        func status(_ id: String) -> String? {
            entries.first { ($0["entry"] as? [String: Any])?["id"] as? String == id }?["status"] as? String
        }
        #expect(status(old) == "amended" && status(new) == "repealed")
        #expect((r["counts"] as? [[String: Any]])?.count == 2)
    }
}
