import Testing
@testable import GongkaiCore

/// 栏目引用 — a bare column name resolves within the unit's own catalog.
@Suite struct CatalogReferenceTests {
    let day = catalogDay("2025-04-01")

    /// The seed with two townships; each gets 工作动态 from the template.
    func twoTownships() throws -> CatalogTree {
        var tree = CatalogSeed.tree(createdOn: catalogSeedDay)
        try tree.addUnitCatalog(unitName: "城关镇", unitID: "cgz", template: .township, on: day)
        try tree.addUnitCatalog(unitName: "东关乡", unitID: "dgx", template: .township, on: day)
        return tree
    }

    @Test func aNameUniqueInTheUnitsCatalogResolvesThereAlthoughOtherUnitsCarryIt() throws {
        let tree = try twoTownships()
        guard case .found(let node) = tree.resolve(reference: "工作动态", unitID: "cgz") else {
            Issue.record("工作动态 did not resolve for 城关镇"); return
        }
        #expect(node.path == "部门乡镇信息公开/城关镇/工作动态")
        guard case .found(let other) = tree.resolve(reference: " 工作动态 ", unitID: "dgx") else {
            Issue.record("工作动态 did not resolve for 东关乡"); return
        }
        #expect(other.path == "部门乡镇信息公开/东关乡/工作动态")
    }

    @Test func withoutAUnitTheSameNameIsAmbiguousAndListsEveryPath() throws {
        let tree = try twoTownships()
        guard case .ambiguous(let candidates) = tree.resolve(reference: "工作动态") else {
            Issue.record("expected ambiguity"); return
        }
        #expect(candidates.map(\.path) == ["部门乡镇信息公开/城关镇/工作动态", "部门乡镇信息公开/东关乡/工作动态"])
    }

    @Test func ambiguityIsOnlyAmongTheUnitsOwnColumns() throws {
        var tree = try twoTownships()
        let cgz = try #require(tree.node(atPath: "部门乡镇信息公开/城关镇"))
        let policy = try #require(tree.node(atPath: "部门乡镇信息公开/城关镇/政策文件"))
        // A second 工作动态 inside 城关镇's catalog (under 政策文件) makes the name ambiguous there only.
        try tree.add("工作动态", under: policy.id, on: day)
        guard case .ambiguous(let candidates) = tree.resolve(reference: "工作动态", unitID: "cgz") else {
            Issue.record("expected ambiguity within 城关镇"); return
        }
        #expect(candidates.map(\.path) == ["部门乡镇信息公开/城关镇/政策文件/工作动态", "部门乡镇信息公开/城关镇/工作动态"])
        #expect(!candidates.isEmpty && candidates.allSatisfy { tree.isDescendant($0.id, of: cgz.id) })
        guard case .found = tree.resolve(reference: "工作动态", unitID: "dgx") else {
            Issue.record("东关乡's 工作动态 should still resolve"); return
        }
    }

    @Test func aNameTheUnitDoesNotCarryIsLookedUpInTheWholeCatalog() throws {
        let tree = try twoTownships()
        #expect(tree.resolve(reference: "教育信息", unitID: "cgz")
                == .found(try #require(tree.node(atPath: "法定主动公开内容/基层政府信息公开/教育信息"))))
        #expect(tree.resolve(reference: "不存在的栏目", unitID: "cgz") == .unknown)
        #expect(tree.resolve(reference: "部门乡镇信息公开/城关镇/不存在", unitID: "cgz") == .unknown)
    }

    @Test func idsAndFullPathsNameTheirColumnWhateverTheUnit() throws {
        let tree = try twoTownships()
        let path = "部门乡镇信息公开/东关乡/工作动态"
        let node = try #require(tree.node(atPath: path))
        #expect(tree.resolve(reference: path, unitID: "cgz") == .found(node))
        #expect(tree.resolve(reference: node.id, unitID: "cgz") == .found(node))
    }
}
