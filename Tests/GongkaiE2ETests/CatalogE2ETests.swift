import Foundation
import GRDB
import GongkaiStore
import Testing

/// End-to-end: the catalog through the real binary — `catalog check` and friends on the command
/// line (the 目录 pane filtering the 文件 pane is a loop test: WorkstationFlowTests).
@Suite("端到端：公开目录 Catalog end to end", .serialized)
struct CatalogE2ETests {
    func gongkai(_ args: [String], workspace: String) async throws -> (status: Int32, output: String, error: String) {
        try await runProcess(try TmuxSession.binary(), args + ["--workspace", workspace])
    }

    func json(_ text: String) throws -> Any {
        try JSONSerialization.jsonObject(with: Data(text.utf8))
    }

    @Test func catalogCheckOnAFreshWorkspaceAndAfterADuplicateSibling() async throws {
        let home = try temporaryHome()
        let workspace = home + "/ws.sqlite"

        let fresh = try await gongkai(["catalog", "check", "--format", "json"], workspace: workspace)
        #expect(fresh.status == 0, "stderr: \(fresh.error)")
        let report = try #require(try json(fresh.output) as? [String: Any])
        let problems = try #require(report["problems"] as? [[String: Any]])
        #expect(problems.count == 2)
        #expect(problems.allSatisfy { Set($0.keys).isSuperset(of: ["kind", "path", "message", "severity"]) })
        #expect(problems.allSatisfy { $0["kind"] as? String == "uncovered-standard-area" })
        let messages = problems.compactMap { $0["message"] as? String }
        #expect(messages.contains { $0.contains("公共资源交易") })
        #expect(messages.contains { $0.contains("农村危房改造") })

        // The tree refuses a duplicate: an error on stderr, a non-zero exit, nothing changed.
        let refused = try await gongkai(["catalog", "add", "教育信息", "--parent", "基层政府信息公开"], workspace: workspace)
        #expect(refused.status != 0)
        #expect(refused.error.contains("已有同名栏目“教育信息”"))
        #expect(refused.output.isEmpty)

        // An old ledger imported with a duplicate: the check reports an error and exits non-zero.
        do {
            let (ws, _) = try Workspace.open(at: workspace)
            try await ws.writer.write { db in
                try db.execute(sql: """
                    INSERT INTO catalogNode (id, parentId, name, "order", origin, createdOn)
                    VALUES ('legacy-1', 'c05.09', '教育信息', 99, 'custom', '2026-01-01')
                    """)
            }
        }
        let broken = try await gongkai(["catalog", "check", "--format", "json"], workspace: workspace)
        #expect(broken.status == 1)
        let brokenReport = try #require(try json(broken.output) as? [String: Any])
        #expect(brokenReport["errors"] as? Int == 1)
        let text = try await gongkai(["catalog", "check"], workspace: workspace)
        #expect(text.status == 1)
        #expect(text.output.contains("[错误] 同级栏目重名  法定主动公开内容/基层政府信息公开/教育信息"))
    }

    @Test func unitAddAndTheTreeAsJSON() async throws {
        let home = try temporaryHome()
        let workspace = home + "/ws.sqlite"
        let added = try await gongkai(["unit", "add", "西岭镇", "--kind", "乡镇", "--format", "json"], workspace: workspace)
        #expect(added.status == 0, "stderr: \(added.error)")
        let result = try #require(try json(added.output) as? [String: Any])
        #expect((result["catalogNode"] as? [String: Any])?["path"] as? String == "部门乡镇信息公开/西岭镇")

        let tree = try await gongkai(["catalog", "tree", "--unit", "西岭镇", "--format", "json"], workspace: workspace)
        #expect(tree.status == 0)
        let roots = try #require(try json(tree.output) as? [[String: Any]])
        #expect(roots.count == 1)
        func check(_ node: [String: Any]) {
            #expect(Set(node.keys).isSuperset(of: ["id", "name", "path", "children"]))
            for child in node["children"] as? [[String: Any]] ?? [] { check(child) }
        }
        roots.forEach(check)
        let children = roots[0]["children"] as? [[String: Any]] ?? []
        #expect(children.first?["path"] as? String == "部门乡镇信息公开/西岭镇/政府信息公开指南")

        let units = try await gongkai(["unit", "list", "--format", "json"], workspace: workspace)
        let list = try #require(try json(units.output) as? [[String: Any]])
        #expect(list.compactMap { $0["name"] as? String } == ["县人民政府办公室", "西岭镇"])

        let unknownKind = try await gongkai(["unit", "add", "某某", "--kind", "village"], workspace: workspace)
        #expect(unknownKind.status != 0 && unknownKind.error.contains("village") && unknownKind.error.contains("--kind"), "\(unknownKind.error)")
    }
}
