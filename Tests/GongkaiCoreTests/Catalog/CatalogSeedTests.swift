import Foundation
import Testing
@testable import GongkaiCore

/// 法定公开目录（种子） — Docs/领域规则.md §2.
@Suite struct CatalogSeedTests {
    let tree = CatalogSeed.tree(createdOn: catalogSeedDay)

    @Test func topLevelHasTheEightCategoriesInOrder() {
        let names = tree.children(of: nil).map(\.name)
        #expect(names == ["政府信息公开指南", "领导介绍", "政府信息公开制度", "政府文件",
                          "法定主动公开内容", "政府信息公开年报", "依申请公开", "部门乡镇信息公开"])
        #expect(tree.children(of: nil).map(\.id) == ["c01", "c02", "c03", "c04", "c05", "c06", "c07", "c08"])
        #expect(tree.children(of: nil).map(\.order) == Array(1...8))
    }

    @Test func statutoryProactiveContentHasTenUniqueColumns() throws {
        let parent = try #require(tree.node(atPath: "法定主动公开内容"))
        let names = tree.children(of: parent.id).map(\.name)
        #expect(names == ["履职依据", "机关简介", "规划动态", "人事任免", "行政处罚",
                          "统计信息", "政府采购", "收费目录", "基层政府信息公开", "其他法定信息"])
        #expect(names.filter { $0 == "行政处罚" }.count == 1)
        #expect(tree.children(of: parent.id).map(\.id).last == "c05.10")
    }

    @Test func grassrootsHasTwentyThreeAreas() throws {
        let parent = try #require(tree.node(atPath: "法定主动公开内容/基层政府信息公开"))
        #expect(parent.id == "c05.09")
        let children = tree.children(of: parent.id)
        #expect(children.count == 23)
        #expect(children.map(\.name) == [
            "教育信息", "扶贫开发", "医疗卫生", "公共文化", "社会保险", "社会救助", "就业创业", "生态环境",
            "安全生产", "食品药品", "征地拆迁", "户籍管理", "住房保障", "涉农政策", "城乡规划", "预算决算",
            "重大项目建设", "市政设施", "税收管理", "公共法律服务", "养老服务", "救灾领域", "综合执法"])
        #expect(children.first?.id == "c05.09.01")
        #expect(children.last?.id == "c05.09.23")
    }

    @Test func otherStatutoryInformationHasTwentySixNames() throws {
        let parent = try #require(tree.node(atPath: "法定主动公开内容/其他法定信息"))
        let children = tree.children(of: parent.id)
        #expect(children.count == 26)
        #expect(Set(children.map(\.name)).count == 26)
        #expect(children.map(\.name)[24] == "\u{201C}六稳\u{201D}和\u{201C}六保\u{201D}")
        #expect(children.map(\.name).first == "政府工作报告")
        #expect(children.map(\.name).last == "涉企优惠政策")
        #expect(children.last?.id == "c05.10.26")
    }

    @Test func everySeededNameAppearsExactlyOnceWhereTheSeedPutsIt() {
        // The summary's four counted lists, plus 政府网站与政务新媒体 under 政府信息公开制度.
        #expect(tree.count == 8 + 1 + 10 + 23 + 26)
        let lists: [(String?, [String])] = [
            (nil, CatalogSeed.topCategories),
            ("政府信息公开制度", CatalogSeed.disclosureSystemColumns),
            ("法定主动公开内容", CatalogSeed.statutoryProactiveContent),
            ("法定主动公开内容/基层政府信息公开", CatalogSeed.grassrootsAreas),
            ("法定主动公开内容/其他法定信息", CatalogSeed.otherStatutoryInformation),
        ]
        for (parentPath, names) in lists {
            for name in names {
                let path = parentPath.map { $0 + "/" + name } ?? name
                let matches = tree.nodes.filter { $0.path == path }
                #expect(matches.count == 1, "\(path)")
                #expect(tree.nodes.filter { $0.name == name }.count == 1, "\(name) appears elsewhere too")
            }
        }
        // Only 政府信息公开制度, 法定主动公开内容 and its two list columns have children.
        let parents = Set(tree.nodes.compactMap(\.parentID))
        #expect(parents == ["c03", "c05", "c05.09", "c05.10"])
    }

    /// 政府网站与政务新媒体 — outside the counted lists, under 政府信息公开制度, and it opens 网站巡检.
    @Test func theWebsiteColumnSitsUnderTheDisclosureRulesAndOpensTheInspections() throws {
        let column = try #require(tree.node(atPath: "政府信息公开制度/政府网站与政务新媒体"))
        #expect(column.id == CatalogSeed.websiteColumnID && column.id == "c03.01")
        #expect(column.parentID == CatalogSeed.disclosureSystemID)
        #expect(tree.children(of: "c03").map(\.name) == ["政府网站与政务新媒体"])
        #expect(RegisterKind.forColumn(named: column.name) == .inspections)
        #expect(column.nationalAreas.isEmpty)
        for list in [CatalogSeed.topCategories, CatalogSeed.statutoryProactiveContent, CatalogSeed.grassrootsAreas,
                     CatalogSeed.otherStatutoryInformation] {
            #expect(!list.contains(column.name))
        }
        #expect(CatalogSeed.topCategories.count == 8 && CatalogSeed.statutoryProactiveContent.count == 10
                && CatalogSeed.grassrootsAreas.count == 23 && CatalogSeed.otherStatutoryInformation.count == 26)
    }

    @Test func idsAreUniqueStableAndFollowSeedPosition() {
        let ids = tree.nodes.map(\.id)
        #expect(Set(ids).count == ids.count)
        #expect(tree.node(atPath: "法定主动公开内容/基层政府信息公开/教育信息")?.id == "c05.09.01")
        #expect(tree.node(atPath: "法定主动公开内容/行政处罚")?.id == "c05.05")
        #expect(tree.node(atPath: "法定主动公开内容/其他法定信息/涉企优惠政策")?.id == "c05.10.26")
        #expect(tree.node(atPath: "部门乡镇信息公开")?.id == CatalogSeed.unitsCategoryID)
        // A second build gives the same ids (nothing random or order-of-hashing dependent).
        #expect(CatalogSeed.tree(createdOn: catalogDay("2030-06-01")).nodes.map(\.id) == ids)
        #expect(CatalogSeed.entries.map(\.id) == ids)
    }

    @Test func pathsAndOrdersAreRight() throws {
        let education = try #require(tree.node(id: "c05.09.01"))
        #expect(education.path == "法定主动公开内容/基层政府信息公开/教育信息")
        #expect(education.order == 1)
        #expect(education.parentID == "c05.09")
        #expect(education.origin == .seed)
        #expect(education.createdOn == catalogSeedDay)
        let enforcement = try #require(tree.node(id: "c05.09.23"))
        #expect(enforcement.path == "法定主动公开内容/基层政府信息公开/综合执法")
        #expect(enforcement.order == 23)
        for node in tree.nodes {
            let expected = (tree.ancestors(of: node.id).map(\.name) + [node.name]).joined(separator: "/")
            #expect(node.path == expected)
        }
        #expect(CatalogSeed.entries.map(\.path) == tree.nodes.map(\.path))
    }

    @Test func correctionsRecordBothDepartures() {
        #expect(CatalogSeed.corrections.count == 2)
        #expect(CatalogSeed.corrections[0].contains("12个类别"))
        #expect(CatalogSeed.corrections[0].contains("行政处罚"))
        #expect(CatalogSeed.corrections[1].contains("25个类别"))
        #expect(CatalogSeed.corrections[1].contains("26"))
    }

    @Test func grassrootsAreasCarryTheirNationalLinks() throws {
        let land = try #require(tree.node(atPath: "法定主动公开内容/基层政府信息公开/征地拆迁"))
        #expect(land.nationalAreas == [.ruralLandExpropriation, .stateLandHousingExpropriation])
        #expect(tree.node(atPath: "法定主动公开内容/基层政府信息公开/教育信息")?.nationalAreas == [.compulsoryEducation])
        #expect(tree.node(atPath: "法定主动公开内容/政府采购")?.nationalAreas == [])
        #expect(tree.nodes.filter { !$0.nationalAreas.isEmpty }.allSatisfy { $0.parentID == "c05.09" })
    }

    @Test func treeSurvivesJSONRoundTrip() throws {
        let data = try JSONEncoder().encode(tree)
        let back = try JSONDecoder().decode(CatalogTree.self, from: data)
        #expect(back == tree)
        #expect(back.node(id: "c05.10.25")?.name == "“六稳”和“六保”")
    }
}
