import Testing
@testable import GongkaiCore

@Suite("信息处理费 国办函〔2020〕109号")
struct InformationFeeTests {
    /// 按件: the rate of the n-th 件 of a natural month at every band edge.
    @Test(arguments: [(1, 0), (10, 0), (11, 100), (30, 100), (31, 200), (40, 200), (41, 300), (50, 300), (51, 400)])
    func perRequestRateAtEveryBoundary(n: Int, rate: Int) {
        #expect(InformationFee.perRequestRate(n) == rate)
    }

    /// 按件 totals for the whole month (超额累进).
    @Test(arguments: [(10, 0), (11, 100), (30, 2000), (31, 2200), (40, 4000), (41, 4300)])
    func perRequestTotalsAreProgressive(n: Int, total: Int) {
        #expect(InformationFee.charge(.perRequest, quantity: n).total == total)
    }

    /// 按量 totals for one application's pages.
    @Test(arguments: [(30, 0), (31, 10), (100, 700), (101, 720), (200, 2700), (201, 2740)])
    func perPageTotalsAtEveryBoundary(pages: Int, total: Int) {
        #expect(InformationFee.charge(.perPage, quantity: pages).total == total)
    }

    @Test func breakdownNamesEachBandOnce() {
        let c = InformationFee.charge(.perPage, quantity: 250)
        #expect(c.lines.map(\.rate) == [10, 20, 40])
        #expect(c.lines.map(\.units) == [70, 100, 50])
        #expect(c.total == 700 + 2000 + 2000)
        #expect(InformationFee.describe(c.lines[0], unit: "页") == "第31—100页：70页 × 10元 = 700元")
    }

    /// One application counted as 件 29–32 of the month: two at 100, two at 200.
    @Test func oneApplicationOfSeveralItemsIsChargedForItsOwnItems() {
        let c = InformationFee.charge(.perRequest, first: 29, through: 32)
        #expect(c.total == 600)
        #expect(c.lines.map(\.from) == [29, 31])
        #expect(InformationFee.charge(.perRequest, first: 12, through: 12).total == 100)
    }
}

@Suite("SHA-256")
struct SHA256Tests {
    @Test func knownVectors() {
        #expect(SHA256.hex(Array("".utf8)) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(SHA256.hex(Array("abc".utf8)) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(SHA256.hex(Array("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq".utf8))
                == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
        #expect(SHA256.hex([UInt8](repeating: 0x61, count: 1_000)) == "41edece42d63e8d9bf515a9ba6932e1c20cbc9f5a5d134645adb5db1b9737ea3")
    }
}
