import Foundation
import Testing
@testable import GongkaiOffice

@Suite struct OOXMLPackageTests {
    @Test func partsRoundTripThroughTheZip() throws {
        let parts = [
            OOXMLPart(path: "[Content_Types].xml", xml: "<Types/>"),
            OOXMLPart(path: "word/document.xml", xml: "<w:document>申请人</w:document>"),
        ]
        let zip = try OOXMLPackage.archive(parts)
        #expect(zip.prefix(2) == Data([0x50, 0x4B]))  // "PK"
        let back = try OOXMLPackage.parts(of: zip)
        #expect(back.count == 2)
        #expect(String(decoding: back["word/document.xml"]!, as: UTF8.self) == "<w:document>申请人</w:document>")
    }

    @Test func sameContentGivesSameBytes() throws {
        let parts = [OOXMLPart(path: "a.xml", xml: "<a>一</a>")]
        #expect(try OOXMLPackage.archive(parts) == OOXMLPackage.archive(parts))
    }
}
