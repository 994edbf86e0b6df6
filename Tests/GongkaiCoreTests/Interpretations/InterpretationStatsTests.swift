import Foundation
import Testing
@testable import GongkaiCore

@Suite struct InterpretationStatsTests {
    let cal = WorkdayCalendar.builtIn

    func interp(_ id: String, doc: String, unit: String = "jyj", forms: [InterpretationForm], created: String = "2025-03-03",
                approved: String = "2025-03-05", published: String?) -> Interpretation {
        Interpretation(id: id, documentId: doc, unit: InterpretingUnit(unitId: unit, reason: unit == "jyj" ? nil : "牵头单位"),
                       forms: forms, state: published == nil ? .approved : .published, created: docDay(created),
                       approved: docDay(approved), published: published.map(docDay))
    }

    func document(_ id: String, published: String?) -> SyncDocument {
        SyncDocument(id: id, required: true, submitted: docDay("2025-03-03"), approved: docDay("2025-03-05"),
                     published: published.map(docDay))
    }

    var documents: [String: SyncDocument] {
        ["D1": document("D1", published: "2025-03-07"), "D2": document("D2", published: "2025-03-07"),
         "D3": document("D3", published: "2025-06-30"), "D4": document("D4", published: "2025-07-01")]
    }

    var interpretations: [Interpretation] {
        [
            interp("I1", doc: "D1", forms: [.text, .graphic], published: "2025-03-07"),            // on time
            interp("I2", doc: "D2", forms: [.graphic, .qa], published: "2025-03-10"),              // lag 1 (Fri → Mon)
            interp("I3", doc: "D3", unit: "czj", forms: [.video], published: "2025-06-30"),
            interp("I4", doc: "D4", forms: [.text], published: "2025-07-01"),                      // outside H1
            interp("I5", doc: "D1", forms: [.h5], published: nil),                                 // not published
            interp("I6", doc: "D9", forms: [.text], published: "2025-04-01"),                      // unknown document
        ]
    }

    @Test("上半年: published count, by form, share meeting all three, the late ones")
    func firstHalf() {
        let s = InterpretationStats.compute(from: docDay("2025-01-01"), to: docDay("2025-06-30"),
                                            interpretations: interpretations, documents: documents, calendar: cal)
        #expect(s.published == 4) // I1, I2, I3, I6
        #expect(s.byForm.map(\.form) == [.text, .qa, .graphic, .video])
        #expect(s.byForm.map(\.count) == [2, 1, 2, 1])
        #expect(s.metAllThree == 2) // I1, I3 (I2 late, I6 has no known document)
        #expect(s.shareMetAllThree == 0.5)
        #expect(s.late.map(\.interpretation) == ["I2"])
        #expect(s.late.first?.lagWorkdays == 1)
        #expect(s.late.first?.documentPublished == docDay("2025-03-07"))
    }

    @Test("a lag setting of 3 turns the Monday interpretation into an on-time one")
    func withLagSetting() {
        let s = InterpretationStats.compute(from: docDay("2025-01-01"), to: docDay("2025-06-30"),
                                            interpretations: interpretations, documents: documents,
                                            settings: InterpretationSettings(allowedLagWorkdays: 3), calendar: cal)
        #expect(s.metAllThree == 3 && s.late.isEmpty)
    }

    @Test("unit filter, inclusive period ends, and an empty period")
    func filters() throws {
        let czj = InterpretationStats.compute(from: docDay("2025-06-30"), to: docDay("2025-07-01"), unit: "czj",
                                              interpretations: interpretations, documents: documents, calendar: cal)
        #expect(czj.published == 1 && czj.byForm == [.init(form: .video, count: 1)])
        let ends = InterpretationStats.compute(from: docDay("2025-06-30"), to: docDay("2025-07-01"),
                                               interpretations: interpretations, documents: documents, calendar: cal)
        #expect(ends.published == 2)
        let empty = InterpretationStats.compute(from: docDay("2024-01-01"), to: docDay("2024-12-31"),
                                                interpretations: interpretations, documents: documents, calendar: cal)
        #expect(empty.published == 0 && empty.shareMetAllThree == nil && empty.byForm.isEmpty)
        let json = String(decoding: try JSONEncoder().encode(czj), as: UTF8.self)
        #expect(json.contains("\"form\":\"video\""))
    }
}
