import Foundation
import Testing
@testable import GongkaiCore
@testable import GongkaiLetters
@testable import GongkaiStore

/// 文书提示的语言 — why a letter was not made follows the interface language; the variables'
/// Chinese labels (as the letters use them) stay Chinese, with their names beside them.
@Suite("文书提示的语言 Letter messages in both languages")
struct LetterLanguageTests {
    @Test func missingDataReadsInEnglishWithTheChineseLabels() throws {
        let s = try letterService()
        let id = try application(s)
        let request = LetterRequest(kind: .clarify, date: pinned)
        var english: LetterError?
        UILanguage.$current.withValue(.en) {
            do { _ = try compose(s, id, request) } catch let e as LetterError { english = e } catch {}
        }
        let e = try #require(english)
        let text = UILanguage.$current.withValue(.en) { e.description }
        #expect(text == "Missing data for the letter (Notice to correct the request, built-in template): "
                + "correctionItems, correctionDue. No file was made and no number was taken.")
        // The same refusal in Chinese.
        do {
            _ = try compose(s, id, request)
            Issue.record("composed without data")
        } catch let e as LetterError {
            #expect(e.description == "缺少生成文书所需的数据（补正告知书，内置模板）：需要补正的事项（补正告知的备注，或 --correct）、"
                    + "补正期限（补正告知登记的补正期限）。未生成任何文件，也未取号。")
        }
    }

    @Test func aMissingStepAndNoReplyReadInEnglish() throws {
        let s = try letterService()
        let id = try application(s)
        let missingStep = LetterError.missingEvent(kind: .extend, event: "延期")
        UILanguage.$current.withValue(.en) {
            #expect(missingStep.description == "To make the \(LetterKind.extend.englishName), record the extension step first")
            #expect(LetterError.noReply(id).description.hasPrefix("\(id) has no reply recorded"))
        }
        #expect(missingStep.description == "生成\(LetterKind.extend.chineseName)需要先登记“延期”环节。")
    }
}
