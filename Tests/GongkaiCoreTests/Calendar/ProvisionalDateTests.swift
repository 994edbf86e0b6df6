import Testing
@testable import GongkaiCore

@Suite struct ProvisionalDateTests {
    @Test func aProvisionalDateCarriesItsMarkAndFitsTheColumnWidth() {
        let d = CivilDate(iso: "2027-01-05")!
        #expect(ProvisionalDate.text(d, provisional: true) == "2027-01-05?")
        #expect(ProvisionalDate.text(d, provisional: false) == "2027-01-05")
        #expect(ProvisionalDate.text(d, provisional: true).count == ProvisionalDate.width)
        #expect(ProvisionalDate.years([2028, 2027], separator: "、") == "2027、2028")
    }
}
