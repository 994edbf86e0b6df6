import Testing
import Foundation
@testable import GongkaiCore
@testable import GongkaiStore
@testable import GongkaiTUI

/// Every code of every DomainCode type has a Chinese and an English name (the protocol requires
/// both; this checks they are filled in, English without Chinese characters, and distinct).
@Suite("语言 Domain code names")
struct DomainCodeNameTests {
    static let types: [any DomainCode.Type] = [
        ArrangementSource.self, DocumentAction.self, DocumentNumberVerdict.self, DocumentNumberWarning.self,
        RegulationStatus.self, SearchTermKind.self, DayKind.self, SkipReason.self, NationalStandardArea.self,
        CatalogProblemKind.self, CatalogProblemSeverity.self, CatalogNodeOrigin.self, UnitCatalogTemplate.Kind.self,
        StandardCatalogItem.Carrier.self, StandardCatalogItem.Audience.self, StandardCatalogItem.Mode.self,
        StandardCatalogItem.Level.self, StandardCatalogItem.Field.self, ReviewKind.self, ApplicationEventKind.self, CaseHistoryRule.self,
        ConsultParty.self, ApplicationState.self, PauseEnd.self, ClockWarningKind.self, ReportColumn.self,
        ReportSection.self, ReportIdentity.self, ReviewCaseKind.self, ReviewResult.self, ReportRow.self,
        ReceiptChannel.self, DisclosureAttribute.self, ApplicantType.self, ApplicationOutcome.self,
        DocumentType.self, DocumentState.self, Role.self, UnitKind.self, SyncProblemCode.self,
        InterpretationForm.self, InterpretationElement.self, InterpretationState.self,
        LetterKind.self, InformationFee.Basis.self,
        RegisterKind.self, ConsultationMethod.self, ConsultationStatus.self, DutyKind.self, DutyState.self,
        InspectionCheck.self, InspectionChannelKind.self,
    ]

    static func names<T: DomainCode>(_ type: T.Type) -> [(code: String, zh: String, en: String)] {
        T.allCases.map { ($0.code, $0.chineseName, $0.englishName) }
    }

    @Test func everyCodeHasBothNames() {
        var count = 0
        for type in Self.types {
            let rows = Self.names(type)
            count += rows.count
            for r in rows {
                #expect(!r.zh.isEmpty, "\(type).\(r.code): no Chinese name")
                #expect(!r.en.isEmpty, "\(type).\(r.code): no English name")
                #expect(!LanguageCatalogTests.hasCJK(r.en), "\(type).\(r.code): English name has Chinese: \(r.en)")
            }
            // Names are accepted as input, so within a type they must tell the codes apart.
            #expect(Set(rows.map { $0.en.lowercased() }).count == rows.count, "\(type): English names repeat")
        }
        #expect(count > 230)
    }

    /// Every `enum X: String, DomainCode` declared under Sources is in `types` (so a new code
    /// type cannot skip the name check above).
    @Test func everyDeclaredCodeTypeIsChecked() throws {
        let sources = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Sources")
        var declared: Set<String> = []
        let files = FileManager.default.enumerator(at: sources, includingPropertiesForKeys: nil)!
        let pattern = try Regex(#"enum\s+(\w+)\s*:\s*String\s*,\s*DomainCode"#)
        for case let url as URL in files where url.pathExtension == "swift" {
            let text = try String(contentsOf: url, encoding: .utf8)
            for match in text.matches(of: pattern) {
                if let name = match.output[1].substring { declared.insert(String(name)) }
            }
        }
        let checked = Set(Self.types.map { "\($0)".split(separator: ".").last.map(String.init) ?? "" })
        #expect(declared.count > 40)
        #expect(declared.subtracting(checked).isEmpty, "code types missing from DomainCodeNameTests.types: \(declared.subtracting(checked).sorted())")
    }

    @Test func displayNameFollowsTheLanguageAndEnglishIsAcceptedAsInput() {
        #expect(ApplicationState.overdue.displayName == "逾期")
        UILanguage.$current.withValue(.en) {
            #expect(ApplicationState.overdue.displayName == "Overdue")
            #expect(ReportRow.outcome(.withheldStateSecret).englishName == "3(3) Withheld 1 State secret")
        }
        #expect(ApplicantType(codeOrName: "natural person") == .naturalPerson)
        #expect(ApplicantType(codeOrName: "自然人") == .naturalPerson)
        #expect(ApplicantType(codeOrName: "natural-person") == .naturalPerson)
    }
}
