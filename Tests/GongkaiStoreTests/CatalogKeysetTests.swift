import Foundation
import GRDB
import Testing
@testable import GongkaiCore
@testable import GongkaiStore

/// 按栏目筛选的文件键集分页 (issue 20): the 文件 pane filtered by a column reads the rows next to
/// a row from its sort key — the same rows the list read by position has there — over an index.
@Suite("栏目文件键集分页 Keyset paging within a column")
struct CatalogKeysetTests: DemoWorkspaceSuite {
    @Test func documentsBesideARowInAColumnAreItsNeighboursThere() throws {
        let ws = try Workspace.inMemory()
        let admin = as_(ws, "admin")
        _ = try admin.initialize(demo: true, created: true)
        _ = try admin.generateDemo(DemoGenerationRequest(documents: 300, applications: 0, fromYear: 2025, toYear: 2026, seed: 11))
        let nodes = try admin.catalogTree().map(\.id)
        var checked = 0
        for node in nodes {
            let list = try admin.listDocuments(DocumentQuery(catalogNode: node, offset: 0, limit: 1000)).items.map(\.id)
            guard list.count > 5 else { continue }
            for (i, id) in list.enumerated() {
                for n in [1, 4] {
                    #expect(try admin.documents(beside: id, side: .after, limit: n, catalogNode: node)?.map(\.id)
                            == Array(list[(i + 1)...].prefix(n)), "\(node): \(n) after \(id)")
                    #expect(try admin.documents(beside: id, side: .before, limit: n, catalogNode: node)?.map(\.id)
                            == Array(list[..<i].suffix(n)), "\(node): \(n) before \(id)")
                }
            }
            checked += 1
        }
        #expect(checked >= 2, "columns with documents")
        // A document not filed in the column: no neighbours there (the pane reads by position).
        let all = try admin.listDocuments(DocumentQuery(offset: 0, limit: 1000)).items.map(\.id)
        let node = try #require(nodes.first { node in
            (try? admin.listDocuments(DocumentQuery(catalogNode: node, offset: 0, limit: 1000)).items.count) ?? 0 < all.count
        })
        let inside = Set(try admin.listDocuments(DocumentQuery(catalogNode: node, offset: 0, limit: 1000)).items.map(\.id))
        let outside = try #require(all.first { !inside.contains($0) })
        #expect(try admin.documents(beside: outside, side: .after, limit: 3, catalogNode: node) == nil)
        try ws.writer.read { db in
            for side in [PageSide.after, .before] {
                let sql = GongkaiService.catalogKeysetSQL(scope: "1", side: side)
                let plan = try Row.fetchAll(db, sql: "EXPLAIN QUERY PLAN " + sql, arguments: [node, "2026-11-01", "D1", 5])
                    .map { $0["detail"] as String }.joined(separator: " | ")
                #expect(plan.contains("SEARCH d USING INDEX"), "\(plan)")
                #expect(!plan.contains("SCAN d ") && !plan.contains("TEMP B-TREE FOR ORDER BY"), "\(plan)")
            }
        }
    }
}
