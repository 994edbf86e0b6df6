import Foundation
import Testing
@testable import GongkaiCore

/// 公开目录树 — add / rename / move / reorder / retire / delete rules.
@Suite struct CatalogTreeTests {
    let tree = CatalogSeed.tree(createdOn: catalogSeedDay)
    let day = catalogDay("2025-03-01")

    // MARK: names

    @Test func addTrimsAndValidatesNames() throws {
        var tree = self.tree
        let id = try tree.add("　 专题专栏 \n", under: nil, on: day)
        #expect(tree[id]?.name == "专题专栏")
        #expect(tree[id]?.path == "专题专栏")
        #expect(tree[id]?.order == 9)
        #expect(id == "n0001")
        #expect(throws: CatalogError.emptyName) { try tree.add("  ", under: nil, on: day) }
        #expect(throws: CatalogError.nameContainsSlash("a/b")) { try tree.add(" a/b ", under: nil, on: day) }
        #expect(throws: CatalogError.nameContainsControlCharacter) { try tree.add("a\tb", under: nil, on: day) }
        #expect(throws: CatalogError.nameContainsControlCharacter) { try tree.add("a\nb", under: nil, on: day) }
        #expect(throws: CatalogError.nameContainsControlCharacter) { try tree.add("a\u{7}b", under: nil, on: day) }
        #expect(throws: CatalogError.unknownNode("nope")) { try tree.add("x", under: "nope", on: day) }
        #expect(tree.count == 68 + 1)
    }

    @Test func addRefusesDuplicateActiveSibling() {
        var tree = self.tree
        #expect(throws: CatalogError.duplicateSiblingName(name: "教育信息",
                                                          parentPath: "法定主动公开内容/基层政府信息公开")) {
            try tree.add("教育信息", under: "c05.09", on: day)
        }
        #expect(throws: CatalogError.duplicateSiblingName(name: "领导介绍", parentPath: "")) {
            try tree.add("领导介绍", under: nil, on: day)
        }
        // The same name elsewhere is fine.
        #expect(throws: Never.self) { try tree.add("教育信息", under: "c08", on: day) }
    }

    @Test func addAtPositionAndIdsNeverReused() throws {
        var tree = self.tree
        let first = try tree.add("公共资源交易", under: "c05.09", on: day, at: 1)
        #expect(tree.children(of: "c05.09").map(\.name).prefix(2) == ["公共资源交易", "教育信息"])
        #expect(tree.children(of: "c05.09").map(\.order) == Array(1...24))
        #expect(throws: CatalogError.positionOutOfRange(position: 26, validRange: 1...25)) {
            try tree.add("x", under: "c05.09", on: day, at: 26)
        }
        try tree.delete(first, itemCounts: [:])
        let second = try tree.add("农村危房改造", under: "c05.09", on: day)
        #expect(first == "n0001")
        #expect(second == "n0002")
        #expect(tree.children(of: "c05.09").last?.id == second)
    }

    // MARK: rename

    @Test func renameUpdatesDescendantPathsAndKeepsIDs() throws {
        var tree = self.tree
        try tree.rename("c05.09", to: "基层政务信息公开")
        #expect(tree["c05.09.01"]?.path == "法定主动公开内容/基层政务信息公开/教育信息")
        #expect(tree.node(atPath: "法定主动公开内容/基层政务信息公开/教育信息")?.id == "c05.09.01")
        #expect(tree.node(atPath: "法定主动公开内容/基层政府信息公开/教育信息") == nil)
        #expect(throws: CatalogError.duplicateSiblingName(name: "行政处罚", parentPath: "法定主动公开内容")) {
            try tree.rename("c05.06", to: "行政处罚")
        }
        #expect(throws: CatalogError.nameContainsSlash("a/b")) { try tree.rename("c01", to: "a/b") }
        try tree.rename("c01", to: "政府信息公开指南") // unchanged name is not a duplicate of itself
    }

    // MARK: move

    @Test func moveRefusesItselfAndDescendants() {
        var tree = self.tree
        let before = tree
        #expect(throws: CatalogError.moveIntoItself(path: "法定主动公开内容")) {
            try tree.move("c05", under: "c05")
        }
        #expect(throws: CatalogError.moveIntoDescendant(path: "法定主动公开内容",
                                                        targetPath: "法定主动公开内容/基层政府信息公开/教育信息")) {
            try tree.move("c05", under: "c05.09.01")
        }
        #expect(throws: CatalogError.moveIntoDescendant(path: "法定主动公开内容",
                                                        targetPath: "法定主动公开内容/基层政府信息公开")) {
            try tree.move("c05", under: "c05.09")
        }
        #expect(tree == before)
    }

    @Test func moveCarriesTheSubtreeAndRenumbersBothSides() throws {
        var tree = self.tree
        try tree.move("c05.09", under: nil, at: 2)
        #expect(tree["c05.09"]?.path == "基层政府信息公开")
        #expect(tree["c05.09.11"]?.path == "基层政府信息公开/征地拆迁")
        #expect(tree.children(of: nil).map(\.id) == ["c01", "c05.09", "c02", "c03", "c04", "c05", "c06", "c07", "c08"])
        #expect(tree.children(of: nil).map(\.order) == Array(1...9))
        #expect(tree.children(of: "c05").map(\.order) == Array(1...9))
        #expect(tree.children(of: "c05").map(\.id).contains("c05.09") == false)
        #expect(throws: CatalogError.duplicateSiblingName(name: "教育信息", parentPath: "基层政府信息公开")) {
            let copy = try tree.add("教育信息", under: "c08", on: day)
            try tree.move(copy, under: "c05.09")
        }
    }

    @Test func reorderAndShiftAmongSiblings() throws {
        var tree = self.tree
        try tree.reorder("c08", to: 1)
        #expect(tree.children(of: nil).map(\.id) == ["c08", "c01", "c02", "c03", "c04", "c05", "c06", "c07"])
        try tree.reorder("c08", to: 8)
        #expect(tree.children(of: nil).map(\.id).last == "c08")
        try tree.shift("c08", by: -2)
        #expect(tree.children(of: nil).map(\.id).suffix(3) == ["c08", "c06", "c07"])
        try tree.shift("c08", by: 100)
        #expect(tree.children(of: nil).map(\.id).last == "c08")
        #expect(throws: CatalogError.positionOutOfRange(position: 0, validRange: 1...8)) {
            try tree.reorder("c08", to: 0)
        }
        #expect(throws: CatalogError.positionOutOfRange(position: 9, validRange: 1...8)) {
            try tree.reorder("c08", to: 9)
        }
    }

    // MARK: retire vs delete

    @Test func retiredNodeStaysButIsHidden() throws {
        var tree = self.tree
        try tree.retire("c05.10", on: day)
        #expect(tree["c05.10"]?.retiredOn == day)
        #expect(tree.count == 68)
        #expect(!tree.children(of: "c05").map(\.id).contains("c05.10"))
        #expect(tree.children(of: "c05", includeRetired: true).map(\.id).contains("c05.10"))
        #expect(tree.listing().count == 68 - 27)  // the column and its 26 children are hidden
        #expect(tree.listing(includeRetired: true).count == 68)
        #expect(!tree.isActive("c05.10.01"))
        #expect(throws: CatalogError.alreadyRetired(path: "法定主动公开内容/其他法定信息")) {
            try tree.retire("c05.10", on: day)
        }
        #expect(throws: CatalogError.parentRetired(path: "法定主动公开内容/其他法定信息")) {
            try tree.add("新栏目", under: "c05.10", on: day)
        }
        #expect(throws: CatalogError.parentRetired(path: "法定主动公开内容/其他法定信息")) {
            try tree.move("c05.09.01", under: "c05.10")
        }
    }

    @Test func retiredNameMayBeReusedAndRestoreChecksIt() throws {
        var tree = self.tree
        try tree.retire("c02", on: day)
        let replacement = try tree.add("领导介绍", under: nil, on: day)
        #expect(tree.node(atPath: "领导介绍")?.id == replacement)  // active one wins
        #expect(throws: CatalogError.duplicateSiblingName(name: "领导介绍", parentPath: "")) {
            try tree.restore("c02")
        }
        try tree.retire(replacement, on: day)
        try tree.restore("c02")
        #expect(tree["c02"]?.isRetired == false)
        #expect(tree.node(atPath: "领导介绍")?.id == "c02")
        #expect(throws: CatalogError.notRetired(path: "领导介绍")) { try tree.restore("c02") }
    }

    @Test func deleteOnlyEmptyNeverUsedNonStatutoryLeaves() throws {
        var tree = self.tree
        // Statutory columns are retired, never deleted.
        #expect(throws: CatalogError.statutoryNode(path: "领导介绍")) { try tree.delete("c02", itemCounts: [:]) }
        // A column that holds items cannot be deleted.
        #expect(throws: CatalogError.holdsItems(path: "领导介绍", count: 3)) {
            try tree.delete("c02", itemCounts: ["c02": 3])
        }
        let parent = try tree.add("专题专栏", under: nil, on: day)
        let child = try tree.add("疫情防控", under: parent, on: day)
        #expect(throws: CatalogError.hasChildren(path: "专题专栏")) { try tree.delete(parent, itemCounts: [:]) }
        // Used once, emptied since: history wins, retire instead.
        try tree.markUsed(child)
        #expect(throws: CatalogError.everUsed(path: "专题专栏/疫情防控")) { try tree.delete(child, itemCounts: [:]) }
        try tree.retire(child, on: day)
        #expect(throws: CatalogError.hasChildren(path: "专题专栏")) { try tree.delete(parent, itemCounts: [:]) }
        // A never-used empty leaf goes.
        let mistake = try tree.add("错建栏目", under: parent, on: day)
        try tree.delete(mistake, itemCounts: [:])
        #expect(tree[mistake] == nil)
        #expect(tree.children(of: parent, includeRetired: true).map(\.order) == [1])
        #expect(throws: CatalogError.unknownNode(mistake)) { try tree.delete(mistake, itemCounts: [:]) }
    }

    // MARK: lookup, owners, counts

    @Test func lookupByPathTrimsAndRejectsUnknown() {
        #expect(tree.node(atPath: " 法定主动公开内容 / 基层政府信息公开 / 征地拆迁 /")?.id == "c05.09.11")
        #expect(tree.node(atPath: "法定主动公开内容/不存在") == nil)
        #expect(tree.node(atPath: "") == nil)
        #expect(tree.node(id: "c99") == nil)
    }

    @Test func ownersInheritAndCountsComeFromOutside() throws {
        var tree = self.tree
        try tree.setOwner("c05", unitID: "county-office")
        try tree.setOwner("c05.09.01", unitID: " edu ")
        #expect(tree.effectiveOwner(of: "c05.09.01") == "edu")
        #expect(tree.effectiveOwner(of: "c05.09.02") == "county-office")
        #expect(tree.effectiveOwner(of: "c01") == nil)
        try tree.setOwner("c05.09.01", unitID: "  ")
        #expect(tree["c05.09.01"]?.ownerUnitID == nil)
        let counts: [CatalogNodeID: Int] = ["c05.09": 1, "c05.09.01": 4, "c05.09.02": 2, "c01": 7]
        #expect(tree.itemCount(of: "c05.09", in: counts) == 1)
        #expect(tree.itemCount(of: "c05.09", in: counts, includingDescendants: true) == 7)
        #expect(tree.itemCount(of: "c05", in: counts, includingDescendants: true) == 7)
        #expect(tree.itemCount(of: "c02", in: counts) == 0)
    }

    @Test func stalenessOverrideMustBePositive() throws {
        var tree = self.tree
        #expect(throws: CatalogError.invalidStalenessDays(0)) { try tree.setStalenessDays("c01", 0) }
        try tree.setStalenessDays("c01", 365)
        #expect(tree["c01"]?.stalenessDays == 365)
        #expect(tree[CatalogSeed.annualReportID]?.stalenessDays == CatalogSeed.annualReportStalenessDays)
    }

    // MARK: loading

    @Test func loadingValidatesStructure() {
        let a = CatalogNode(id: "a", name: "甲", parentID: nil, order: 1, origin: .custom, createdOn: day)
        let b = CatalogNode(id: "b", name: "乙", parentID: "a", order: 1, origin: .custom, createdOn: day)
        #expect(throws: CatalogError.duplicateID("a")) { try CatalogTree(nodes: [a, a]) }
        let orphan = CatalogNode(id: "b", name: "乙", parentID: "zz", order: 1, origin: .custom, createdOn: day)
        #expect(throws: CatalogError.missingParent(id: "b", parentID: "zz")) { try CatalogTree(nodes: [a, orphan]) }
        let x = CatalogNode(id: "x", name: "丙", parentID: "y", order: 1, origin: .custom, createdOn: day)
        let y = CatalogNode(id: "y", name: "丁", parentID: "x", order: 1, origin: .custom, createdOn: day)
        #expect(throws: CatalogError.cycle("x")) { try CatalogTree(nodes: [a, x, y]) }
        let bad = CatalogNode(id: "中文", name: "甲", parentID: nil, order: 1, origin: .custom, createdOn: day)
        #expect(throws: CatalogError.invalidID("中文")) { try CatalogTree(nodes: [bad]) }
        let slash = CatalogNode(id: "s", name: "甲/乙", parentID: nil, order: 1, origin: .custom, createdOn: day)
        #expect(throws: CatalogError.nameContainsSlash("甲/乙")) { try CatalogTree(nodes: [slash]) }
        let zero = CatalogNode(id: "z", name: "戊", parentID: nil, order: 1, origin: .custom, createdOn: day,
                               stalenessDays: 0)
        #expect(throws: CatalogError.invalidStalenessDays(0)) { try CatalogTree(nodes: [zero]) }
        #expect(throws: Never.self) { try CatalogTree(nodes: [b, a]) }
    }

    /// An add updates the index in place (`placeNew`): after random adds at random places (and
    /// retirements and moves between them, which rebuild), the tree is the one rebuilt from its
    /// nodes — the same orders, paths and display order.
    @Test func addsInPlaceLeaveTheTreeARebuildWouldMake() throws {
        var g = SplitMix64(seed: 2026_1207)
        var t = tree
        var added = 0
        for step in 0..<200 {
            let active = t.listing()
            switch Int.random(in: 0..<10, using: &g) {
            case 0:
                if let victim = active.filter({ $0.origin == .custom }).randomElement(using: &g) {
                    try t.retire(victim.id, on: day)
                }
            case 1:
                if let node = active.filter({ $0.origin == .custom }).randomElement(using: &g),
                   let parent = active.randomElement(using: &g) {
                    try? t.move(node.id, under: parent.id)
                }
            default:
                let parent = Int.random(in: 0..<8, using: &g) == 0 ? nil : active.randomElement(using: &g)?.id
                let siblings = t.children(of: parent).count
                let position: Int? = Bool.random(using: &g) ? Int.random(in: 1...(siblings + 1), using: &g) : nil
                _ = try t.add("栏目\(step)", under: parent, on: day, at: position)
                added += 1
            }
            // A wrong order or path stays wrong, so every fifth step is enough to see it.
            guard step % 5 == 4 else { continue }
            let rebuilt = try CatalogTree(nodes: t.nodes)
            #expect(t.nodes == rebuilt.nodes, "step \(step)")
            if t.nodes != rebuilt.nodes { break }
        }
        #expect(added > 130)
    }

    @Test func loadingRecomputesPathsOrdersAndSerial() throws {
        let a = CatalogNode(id: "n0007", name: "甲", parentID: nil, order: 5, path: "stale", origin: .custom, createdOn: day)
        let b = CatalogNode(id: "b", name: "乙", parentID: nil, order: 2, origin: .custom, createdOn: day)
        let c = CatalogNode(id: "c", name: "丙", parentID: "n0007", order: 9, origin: .custom, createdOn: day)
        var tree = try CatalogTree(nodes: [a, b, c])
        #expect(tree.children(of: nil).map(\.id) == ["b", "n0007"])
        #expect(tree.children(of: nil).map(\.order) == [1, 2])
        #expect(tree["c"]?.path == "甲/丙")
        #expect(tree["c"]?.order == 1)
        #expect(tree.nextSerial == 8)
        #expect(try tree.add("新", under: nil, on: day) == "n0008")
    }

    @Test func errorsSpeakChinese() {
        #expect(CatalogError.moveIntoDescendant(path: "甲", targetPath: "甲/乙").message == "不能把栏目“甲”移到它的下级栏目“甲/乙”下面")
        #expect(CatalogError.holdsItems(path: "甲", count: 2).localizedDescription.contains("不能删除"))
        #expect(CatalogError.duplicateSiblingName(name: "乙", parentPath: "").message == "顶层目录下已有同名栏目“乙”")
    }
}
