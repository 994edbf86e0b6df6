import Testing
@testable import GongkaiCore

/// 基层政务公开标准指引领域 — 国办发〔2019〕54号.
@Suite struct NationalStandardAreaTests {
    @Test func theTwentySixAreasInDomainOrder() {
        #expect(NationalStandardArea.allCases.map(\.chineseName) == [
            "城乡规划", "重大建设项目", "公共资源交易", "财政预决算", "安全生产", "税收管理",
            "征地补偿(农村集体土地征收)", "国有土地上房屋征收与补偿", "农村危房改造", "城市综合执法", "扶贫", "就业",
            "社会保险", "社会救助", "养老服务", "户籍管理", "涉农补贴", "生态环境", "公共文化服务", "公共法律服务",
            "义务教育", "卫生健康", "食品药品监管", "救灾", "市政服务", "保障性住房"])
        #expect(Set(NationalStandardArea.allCases.map(\.code)).count == 26)
    }

    @Test func mappingCoversTheSeedsTwentyThreeAreas() {
        #expect(NationalStandardArea.seedMapping.map(\.seedName) == CatalogSeed.grassrootsAreas)
        #expect(NationalStandardArea.defaultAreas(forSeedName: "征地拆迁")
                == [.ruralLandExpropriation, .stateLandHousingExpropriation])
        #expect(NationalStandardArea.defaultAreas(forSeedName: "教育信息") == [.compulsoryEducation])
        #expect(NationalStandardArea.defaultAreas(forSeedName: "医疗卫生") == [.health])
        #expect(NationalStandardArea.defaultAreas(forSeedName: "扶贫开发") == [.povertyAlleviation])
        #expect(NationalStandardArea.defaultAreas(forSeedName: "政府采购") == [])
        let uncovered = NationalStandardArea.allCases.filter { $0.defaultSeedNames.isEmpty }
        #expect(uncovered == [.publicResourceTrading, .ruralDilapidatedHousing])
        // Each other area is covered by exactly one seed column.
        #expect(NationalStandardArea.allCases.filter { $0.defaultSeedNames.count > 1 }.isEmpty)
    }

    @Test func codesAndNamesParse() {
        #expect(NationalStandardArea(codeOrName: "义务教育") == .compulsoryEducation)
        #expect(NationalStandardArea(codeOrName: "public-resource-trading") == .publicResourceTrading)
        #expect(NationalStandardArea.normalized([.health, .urbanRuralPlanning, .health]) == [.urbanRuralPlanning, .health])
    }
}
