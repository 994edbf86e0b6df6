import Foundation
import Testing
@testable import GongkaiCore

/// 目录规则的语言 — the catalog's refusals and `catalog check` findings in both languages; the
/// columns' paths are the workspace's own and stay as written.
@Suite struct CatalogLanguageTests {
    let seed = CatalogSeed.tree(createdOn: catalogSeedDay)

    @Test func aRefusalReadsInTheLanguageInForce() {
        var tree = seed
        var refusal: CatalogError?
        do { try tree.add("教育信息", under: "c05.09", on: catalogSeedDay) } catch { refusal = error }
        let error = refusal
        #expect(error == .duplicateSiblingName(name: "教育信息", parentPath: "法定主动公开内容/基层政府信息公开"))
        #expect(error?.message == "“法定主动公开内容/基层政府信息公开”下已有同名栏目“教育信息”")
        UILanguage.$current.withValue(.en) {
            #expect(error?.message == "There is already a column \"教育信息\" under \"法定主动公开内容/基层政府信息公开\"")
            #expect(error?.description == error?.message)
            #expect(CatalogError.duplicateSiblingName(name: "领导介绍", parentPath: "").message
                    == "There is already a column \"领导介绍\" under the top level")
            #expect(CatalogError.holdsItems(path: "领导介绍", count: 3).message
                    == "The column \"领导介绍\" holds 3 item(s) and cannot be deleted; retire it if it is no longer used")
            #expect(CatalogError.positionOutOfRange(position: 9, validRange: 1...4).message == "Position 9 is out of range (1-4)")
        }
        #expect(CatalogError.positionOutOfRange(position: 9, validRange: 1...4).message == "位置 9 超出范围（应为 1–4）")
    }

    @Test func checkFindingsReadInEnglish() throws {
        var tree = seed
        try tree.setOwner("c05.09", unitID: "county-office")
        let counts: [CatalogNodeID: Int] = ["c02": 1]
        let english = UILanguage.$current.withValue(.en) {
            CatalogCheck.check(tree, itemsPerNode: counts, lastUpdated: [:], today: catalogSeedDay)
        }
        let (owner, areas) = UILanguage.$current.withValue(.en) {
            (english.first { $0.kind == .noOwner }?.message,
             english.filter { $0.kind == .uncoveredStandardArea }.map(\.message))
        }
        #expect(owner == "The column \"领导介绍\" holds 1 item(s) but has no responsible unit")
        #expect(areas.count == 2, "\(areas)")
        #expect(areas.allSatisfy { $0.contains("is not covered by any column in use") })
        #expect(areas.allSatisfy { !$0.unicodeScalars.contains { (0x3000...0x9FFF).contains($0.value) } })
        let chinese = CatalogCheck.check(tree, itemsPerNode: counts, lastUpdated: [:], today: catalogSeedDay)
        #expect(chinese.first { $0.kind == .noOwner }?.message == "栏目“领导介绍”有 1 条信息，但未指定责任单位")
        // A finding made in one language reads in the other where it is shown, and JSON (an
        // outside contract) carries the Chinese whatever the interface language.
        #expect(english == chinese)
        #expect(english.first { $0.kind == .noOwner }?.message == "栏目“领导介绍”有 1 条信息，但未指定责任单位")
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let jsonEN = try UILanguage.$current.withValue(.en) { try encoder.encode(english) }
        #expect(jsonEN == (try encoder.encode(chinese)))
        #expect(String(decoding: jsonEN, as: UTF8.self).contains("未指定责任单位"))
    }
}
