import Testing
@testable import GongkaiCore

/// 单位目录模板 — a unit's sub-catalog under 部门乡镇信息公开.
@Suite struct UnitCatalogTemplateTests {
    let seed = CatalogSeed.tree(createdOn: catalogSeedDay)
    let day = catalogDay("2025-04-01")

    @Test func departmentGetsItsSubCatalogUnderUnitsCategory() throws {
        var tree = seed
        let unit = try tree.addUnitCatalog(unitName: "县教育局", unitID: "edu", template: .department, on: day)
        let node = try #require(tree[unit])
        #expect(node.path == "部门乡镇信息公开/县教育局")
        #expect(node.parentID == CatalogSeed.unitsCategoryID)
        #expect(node.ownerUnitID == "edu")
        #expect(node.origin == .unitTemplate)
        let columns = tree.children(of: unit)
        #expect(columns.map(\.name) == UnitCatalogTemplate.department.columnNames)
        #expect(!columns.isEmpty && columns.allSatisfy { $0.ownerUnitID == "edu" && $0.origin == .unitTemplate && $0.createdOn == day })
        #expect(tree.node(atPath: "部门乡镇信息公开/县教育局/政府信息公开年报")?.stalenessDays
                == CatalogSeed.annualReportStalenessDays)
        #expect(tree.count == 68 + 1 + UnitCatalogTemplate.department.columnNames.count)
    }

    @Test func townshipDiffersFromDepartment() throws {
        var tree = seed
        let unit = try tree.addUnitCatalog(unitName: "城关镇", unitID: "cgz",
                                           template: .template(for: .township), on: day)
        let names = tree.children(of: unit).map(\.name)
        #expect(names == UnitCatalogTemplate.township.columnNames)
        #expect(!names.contains("行政处罚"))
        #expect(names.contains("政务公开事项标准目录"))
        #expect(UnitCatalogTemplate.department.columnNames.contains("政府采购"))
    }

    @Test func templatesUseValidUniqueNames() throws {
        for template in [UnitCatalogTemplate.department, .township] {
            #expect(Set(template.columnNames).count == template.columnNames.count)
            for name in template.columnNames { #expect(try CatalogNode.validatedName(name) == name) }
        }
    }

    @Test func aSecondUnitOfTheSameNameIsRefusedAndNothingChanges() throws {
        var tree = seed
        try tree.addUnitCatalog(unitName: "县教育局", unitID: "edu", template: .department, on: day)
        let before = tree
        #expect(throws: CatalogError.duplicateSiblingName(name: "县教育局", parentPath: "部门乡镇信息公开")) {
            try tree.addUnitCatalog(unitName: " 县教育局 ", unitID: "edu2", template: .department, on: day)
        }
        #expect(tree == before)
        #expect(throws: CatalogError.unknownNode("c99")) {
            try tree.addUnitCatalog(unitName: "甲", unitID: "a", template: .township, on: day, under: "c99")
        }
    }

    @Test func freshUnitCatalogAddsNoCheckProblems() throws {
        var tree = seed
        try tree.addUnitCatalog(unitName: "城关镇", unitID: "cgz", template: .township, on: day)
        let problems = CatalogCheck.check(tree, itemsPerNode: [:], lastUpdated: [:], today: day)
        #expect(problems.map(\.kind) == [.uncoveredStandardArea, .uncoveredStandardArea])
    }
}
