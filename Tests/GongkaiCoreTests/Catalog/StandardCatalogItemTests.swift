import Foundation
import Testing
@testable import GongkaiCore

/// 标准目录事项 — 国办发〔2019〕54号.
@Suite struct StandardCatalogItemTests {
    func sample() -> StandardCatalogItem {
        StandardCatalogItem(
            serialNumber: 1, firstLevelMatter: "义务教育", secondLevelMatter: "招生入学",
            content: "招生政策、划片范围、招生计划", basis: "《中华人民共和国义务教育法》",
            timeLimit: StandardCatalogItem.statutoryTimeLimit, publisher: "县教育局",
            carriers: [.noticeBoard, .governmentWebsite, .noticeBoard],
            audience: .everyone, mode: .proactive, level: .county, catalogNodeID: "c05.09.01")
    }

    @Test func aCompleteItemIsValidAndCarriersAreNormalized() {
        let item = sample()
        #expect(item.validate().isEmpty)
        #expect(item.isValid)
        #expect(item.carriers == [.governmentWebsite, .noticeBoard])
        var changed = item
        changed.carriers = [.other, .hotline12345, .other]
        #expect(changed.carriers == [.hotline12345, .other])
    }

    @Test func missingFieldsAndNoCarrierAreReported() {
        var item = sample()
        item.firstLevelMatter = "  "
        item.basis = ""
        item.publisher = "\n"
        item.carriers = []
        item.serialNumber = 0
        let problems = item.validate()
        #expect(problems.map(\.field) == [.serialNumber, .firstLevelMatter, .basis, .publisher, .carriers])
        #expect(problems.first { $0.field == .carriers }?.message == "公开渠道和载体至少选择一项")
        #expect(problems.first { $0.field == .basis }?.message == "公开依据不能为空")
        #expect(!item.isValid)
    }

    @Test func fixedListsHaveTheDomainNames() {
        #expect(StandardCatalogItem.Carrier.allCases.map(\.chineseName) == [
            "政府网站", "政府公报", "两微一端", "发布会/听证会", "广播电视", "纸质载体", "公开查阅点",
            "政务服务中心", "便民服务站", "入户/现场", "社区/企事业单位/村公示栏(电子屏)", "精准推送",
            "12345政务服务热线", "其他"])
        #expect(StandardCatalogItem.Audience.allCases.map(\.chineseName) == ["全社会", "特定群体"])
        #expect(StandardCatalogItem.Mode.allCases.map(\.chineseName) == ["主动", "依申请"])
        #expect(StandardCatalogItem.Level.allCases.map(\.chineseName) == ["县级", "乡级"])
        #expect(StandardCatalogItem.Carrier(codeOrName: "两微一端") == .newMedia)
        #expect(StandardCatalogItem.Level(codeOrName: "乡级") == .township)
    }

    @Test func jsonRoundTripUsesCodes() throws {
        let item = sample()
        let data = try JSONEncoder().encode(item)
        let text = String(decoding: data, as: UTF8.self)
        #expect(text.contains(#""carriers":["government-website","notice-board"]"#))
        #expect(text.contains(#""mode":"proactive""#))
        #expect(try JSONDecoder().decode(StandardCatalogItem.self, from: data) == item)
    }
}
