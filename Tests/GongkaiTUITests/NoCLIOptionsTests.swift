import Foundation
import Testing
@testable import GongkaiCore
@testable import GongkaiLetters
@testable import GongkaiStore
@testable import GongkaiTUI

/// Refusals and notes shown in the workstation name the form field, never a CLI option (issue 22);
/// the command line keeps naming its options.
@Suite("界面不出现命令行选项 No CLI options in the TUI")
struct NoCLIOptionsTests {
    init() { requireUTF8Locale() }

    /// A CLI option as a refusal would name it: `--problems`, `--override-reason`.
    static func optionNames(_ text: String) -> [String] {
        let pattern = try! NSRegularExpression(pattern: "--[a-z][a-z-]*")
        return pattern.matches(in: text, range: NSRange(text.startIndex..., in: text)).map { (text as NSString).substring(with: $0.range) }
    }

    /// The rule errors whose words tell the officer what to supply, each with the option the
    /// command line names.
    static var refusals: [(String, option: String)] {
        [
            (InspectionRuleError.missingInspector.description, "--inspector"),
            (InspectionRuleError.missingChannel.description, "--channel"),
            (InspectionRuleError.missingProblems.description, "--problems"),
            (ConsultationRuleError.publicCommentTooShort(days: 10, minimum: 30).description, "--short-reason"),
            (ConsultationRuleError.missingSummary.description, "--summary"),
            (ConsultationRuleError.missingAdoption.description, "--adoption"),
            (ConsultationRuleError.missingFeedback.description, "--feedback"),
            (ConsultationRuleError.closedEarlyWithoutReason(closes: pinnedToday).description, "--early-reason"),
            (DutyRuleError.missingStateDate(.cancelled).description, "--date"),
            (DeadlineError.feeBasisNotOne.message, "--count"),
            (DeadlineError.missingParameter(kind: .reply, parameter: "whereToGet").message, "--note"),
            (AccessDenied(rule: .overrideAdminOnly, officer: "wang.fang").description, "--override"),
            (SyncRefusal(action: .publish, problems: []).description, "--override-reason"),
            (LetterField.describe("correctionItems"), "--correct"),
            (LetterField.describe("reviewBody"), "--review-body"),
            (LetterField.describe("payBy"), "--pay-by"),
        ]
    }

    @Test func rulesNameTheFieldInTheWorkstationAndTheOptionOnTheCommandLine() {
        for lang in UILanguage.allCases {
            UILanguage.$current.withValue(lang) {
                let cli = Self.refusals
                let tui = InterfaceSurface.$current.withValue(.workstation) { Self.refusals }
                for (c, t) in zip(cli, tui) {
                    // English letter notes give the variable's name only, on both surfaces.
                    let englishLetter = lang == .en && LetterField.byName[c.0] != nil
                    #expect(englishLetter || c.0.contains(c.option), "\(lang) command line: \(c.0)")
                    #expect(Self.optionNames(t.0).isEmpty, "\(lang) workstation: \(t.0)")
                }
            }
        }
        InterfaceSurface.$current.withValue(.workstation) {
            #expect(InspectionRuleError.missingProblems.description == "有检查项未通过，须写明发现的问题（「发现的问题」栏）")
            #expect(LetterField.describe("correctionItems") == LettersText.Letters.missingItem.text(["需要补正的事项", "补正告知的备注"]))
            // The 三同步 refusal says where to give the reason and carries no English codes.
            let sync = SyncRefusal(action: .publish, problems: []).description
            #expect(sync.contains("在待办箱中审核时填写特批理由") && !sync.contains("refused"))
        }
    }

    /// Every phrase of the workstation's own catalog (Sources/GongkaiTUI/Language) — except the
    /// advice printed on the shell when no workstation can start — is free of CLI options.
    @Test func theWorkstationCatalogNamesNoCLIOption() throws {
        let dir = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../../Sources/GongkaiTUI/Language").standardized
        let files = try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { $0.hasSuffix(".swift") }
        #expect(files.count > 20)
        var offending: [String] = []
        for file in files {
            let text = try String(contentsOf: dir.appendingPathComponent(file), encoding: .utf8)
            for line in text.split(separator: "\n") where line.contains("Phrase(") && !line.contains("termAdvice") {
                if !Self.optionNames(String(line)).isEmpty { offending.append("\(file): \(line)") }
            }
        }
        #expect(offending.isEmpty, "\(offending)")
    }

    @Test func theInspectionFormsRefusalNamesTheField() throws {
        let m = try demoModel(width: 80, height: 24)
        m.handle(.char(":")); for c in "inspect" { m.handle(.char(c)) }; m.handle(.enter)
        m.handle(.char("a"))
        let form = try #require(m.state.register?.form)
        for (key, value) in [("channelName", "县人民政府门户网站")] {
            let target = try #require(form.fields.firstIndex { $0.key == key })
            for _ in 0..<form.fields.count where m.state.register?.form?.focus != target { m.handle(.tab) }
            for c in value { m.handle(.char(c)) }
        }
        let check = try #require(form.fields.firstIndex { $0.key == "check-anti-virus" })
        for _ in 0..<form.fields.count where m.state.register?.form?.focus != check { m.handle(.tab) }
        m.handle(.right)
        m.handle(.ctrl("s"))
        let message = try #require(m.state.message)
        #expect(message.isError && message.text.contains("「发现的问题」栏"), "\(message.text)")
        #expect(Self.optionNames(message.text).isEmpty)
        #expect(m.state.register?.form != nil)
    }
}
