import Testing
@testable import GongkaiCore

@Suite("UTF-8 文本 UTF8Text")
struct UTF8TextTests {
    @Test func validTextWithOrWithoutBOM() throws {
        let text = "year = 2027\nnotice = \"国务院办公厅关于2027年部分节假日安排的通知\"\n"
        #expect(try UTF8Text.decode(Array(text.utf8)) == text)
        #expect(try UTF8Text.decode([0xEF, 0xBB, 0xBF] + Array(text.utf8)) == text)
        #expect(try UTF8Text.decode(Array("👍🇨🇳e\u{301}".utf8)) == "👍🇨🇳e\u{301}")
    }

    @Test func gb18030IsRefusedWithItsLine() {
        // "year = 2027\n教育" with 教育 in GB18030 (BD CC D3 FD).
        let bytes = Array("year = 2027\n".utf8) + [0xBD, 0xCC, 0xD3, 0xFD]
        #expect(throws: UTF8Text.InvalidEncoding(line: 2, byteOffset: 12)) { try UTF8Text.decode(bytes) }
    }

    @Test(arguments: [[0xC0, 0xAF], [0xE0, 0x80, 0xAF], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xE4, 0xB8], [0xFF]] as [[UInt8]])
    func malformedSequencesAreRefused(bytes: [UInt8]) {
        #expect(throws: UTF8Text.InvalidEncoding.self) { try UTF8Text.decode([0x61] + bytes) }
    }
}
