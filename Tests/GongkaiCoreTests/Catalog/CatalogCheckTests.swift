import Foundation
import Testing
@testable import GongkaiCore

/// 目录检查 — `catalog check`.
@Suite struct CatalogCheckTests {
    let seed = CatalogSeed.tree(createdOn: catalogSeedDay)

    @Test func freshSeedReportsExactlyTheTwoUncoveredAreas() {
        let problems = CatalogCheck.check(seed, itemsPerNode: [:], lastUpdated: [:], today: catalogSeedDay)
        #expect(problems.count == 2)
        #expect(problems.allSatisfy { $0.kind == .uncoveredStandardArea && $0.severity == .warning })
        #expect(problems[0].message.contains("公共资源交易"))
        #expect(problems[1].message.contains("农村危房改造"))
        #expect(CatalogCheck.uncoveredAreas(in: seed) == [.publicResourceTrading, .ruralDilapidatedHousing])
    }

    @Test func coveringAnAreaOrRetiringItsColumnChangesCoverage() throws {
        var tree = seed
        try tree.add("公共资源交易", under: CatalogSeed.grassrootsID, on: catalogSeedDay,
                     nationalAreas: [.publicResourceTrading])
        #expect(CatalogCheck.uncoveredAreas(in: tree) == [.ruralDilapidatedHousing])
        try tree.retire("c05.09.11", on: catalogSeedDay) // 征地拆迁
        #expect(CatalogCheck.uncoveredAreas(in: tree) ==
                [.ruralLandExpropriation, .stateLandHousingExpropriation, .ruralDilapidatedHousing])
        try tree.retire("c05.09", on: catalogSeedDay)     // hides every grassroots area
        #expect(CatalogCheck.uncoveredAreas(in: tree).count == 26)
    }

    @Test func duplicateSiblingsAreErrors() throws {
        var nodes = seed.nodes
        nodes.append(CatalogNode(id: "old1", name: "教育信息", parentID: "c05.09", order: 99,
                                 origin: .custom, createdOn: catalogSeedDay))
        nodes.append(CatalogNode(id: "old2", name: "领导介绍", parentID: nil, order: 99,
                                 origin: .custom, createdOn: catalogSeedDay))
        nodes.append(CatalogNode(id: "old3", name: "统计信息", parentID: "c05", order: 99,
                                 origin: .custom, createdOn: catalogSeedDay, retiredOn: catalogSeedDay))
        let tree = try CatalogTree(nodes: nodes)
        let problems = CatalogCheck.check(tree, itemsPerNode: [:], lastUpdated: [:], today: catalogSeedDay)
        let duplicates = problems.filter { $0.kind == .duplicateSibling }
        #expect(duplicates.map(\.path) == ["领导介绍", "法定主动公开内容/基层政府信息公开/教育信息"])
        #expect(!duplicates.isEmpty && duplicates.allSatisfy { $0.severity == .error })
        #expect(duplicates[0].message.contains("顶层目录下有 2 个同名栏目“领导介绍”"))
        #expect(duplicates[1].message.contains("“法定主动公开内容/基层政府信息公开”下有 2 个同名栏目"))
        // The retired 统计信息 twin is history, not a duplicate.
        #expect(!duplicates.contains { $0.path.hasSuffix("统计信息") })
    }

    @Test func ownerWarningOnlyForColumnsWithItemsAndNoResponsibleUnit() throws {
        var tree = seed
        try tree.setOwner("c05.09", unitID: "county-office")
        let counts: [CatalogNodeID: Int] = ["c05.09.01": 5, "c02": 1, "c05.10.01": 0]
        let problems = CatalogCheck.check(tree, itemsPerNode: counts, lastUpdated: [:], today: catalogSeedDay)
        let owners = problems.filter { $0.kind == .noOwner }
        #expect(owners.map(\.path) == ["领导介绍"])
        #expect(owners.first?.severity == .warning)
        #expect(owners.first?.message == "栏目“领导介绍”有 1 条信息，但未指定责任单位")
    }

    @Test func stalenessWithAFixedToday() throws {
        var tree = seed
        let extra = try tree.add("专题专栏", under: nil, on: catalogDay("2025-03-01"))
        _ = extra
        let updated: [CatalogNodeID: CivilDate] = [
            "c05.09.01": catalogDay("2025-03-20"),  // 92 days before today: stale
            "c05.09.02": catalogDay("2025-03-22"),  // exactly 90 days: not yet
            "c05": catalogDay("2025-01-10"),        // a container with updates is judged too
        ]
        let today = catalogDay("2025-06-20")
        let problems = CatalogCheck.check(tree, itemsPerNode: [:], lastUpdated: updated, today: today)
        let stale = problems.filter { $0.kind == .staleColumn }
        let paths = Set(stale.map(\.path))
        #expect(paths.contains("法定主动公开内容/基层政府信息公开/教育信息"))
        #expect(!paths.contains("法定主动公开内容/基层政府信息公开/扶贫开发"))
        #expect(paths.contains("法定主动公开内容"))
        // Never-updated leaves count from creation (2025-01-02, 169 days): every other seeded leaf …
        #expect(paths.contains("领导介绍"))
        #expect(paths.contains("法定主动公开内容/其他法定信息/涉企优惠政策"))
        // … but a column created 2025-03-01 is 111 days old: stale; the yearly report is not.
        #expect(paths.contains("专题专栏"))
        #expect(!paths.contains("政府信息公开年报"))
        // Containers without updates or items are not columns of their own.
        #expect(!paths.contains("法定主动公开内容/基层政府信息公开"))
        // 7 top leaves + 专题专栏 - 年报 … counted exactly: leaves are 7 top (c01–c04, c06–c08) minus 年报,
        // 8 columns of c05 (without the two containers), 23 + 26 areas, plus c05 itself, 专题专栏, minus 扶贫开发.
        #expect(stale.count == 6 + 8 + 22 + 26 + 1 + 1)
        #expect(stale.allSatisfy { $0.severity == .warning })
        let education = try #require(stale.first { $0.path.hasSuffix("教育信息") })
        #expect(education.message == "栏目“法定主动公开内容/基层政府信息公开/教育信息”最近一次更新为 2025-03-20，已 92 天无新内容（超过 90 天）")
        let leaders = try #require(stale.first { $0.path == "领导介绍" })
        #expect(leaders.message.contains("自 2025-01-02 设立以来从未更新"))
    }

    @Test func stalenessPeriodIsAParameterAndRetiredColumnsAreSkipped() throws {
        var tree = seed
        try tree.retire("c05.10", on: catalogSeedDay)
        let today = catalogDay("2025-03-01") // 58 days after the seed
        #expect(CatalogCheck.staleColumns(tree, itemsPerNode: [:], lastUpdated: [:], today: today).isEmpty)
        let strict = CatalogCheck.staleColumns(tree, itemsPerNode: [:], lastUpdated: [:], today: today,
                                               stalenessDays: 30)
        #expect(strict.count == 6 + 8 + 23)
        #expect(!strict.contains { $0.path.hasPrefix("法定主动公开内容/其他法定信息") })
    }

    @Test func problemJSONHasTheFourKeysWithCodes() throws {
        let problem = CatalogProblem(kind: .duplicateSibling, path: "甲/乙", message: "重名")
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let json = String(decoding: try encoder.encode(problem), as: UTF8.self)
        #expect(json == #"{"kind":"duplicate-sibling","message":"重名","path":"甲\/乙","severity":"error"}"#)
        let object = try JSONSerialization.jsonObject(with: try encoder.encode(problem)) as? [String: String]
        #expect(object.map { Set($0.keys) } == ["kind", "path", "message", "severity"])
        #expect(try JSONDecoder().decode(CatalogProblem.self, from: Data(json.utf8)) == problem)
        #expect(CatalogProblemKind(codeOrName: "栏目长期不更新") == .staleColumn)
        #expect(CatalogProblemSeverity(codeOrName: "警告") == .warning)
    }
}
