import Foundation
import Testing
@testable import GongkaiStore

/// The `after` of each `application.import` audit entry is put together from pieces encoded once
/// per import; it must be exactly what the JSON encoder writes for `ImportAudit` (issue 20).
@Suite("导入审计记录的文字 Import audit text")
struct ImportAuditTextTests {
    @Test func equalsTheEncodedRecord() {
        let files = ["台账.csv", "a \"quoted\" / back\\slash.csv", "line\nbreak\t.csv", ""]
        let units = ["edu", "县教育局", "u\"1", "\u{1}ctl"]
        let kinds: [[String]] = [[], ["reply"], ["clarify-request", "clarify-received", "reply"]]
        var compared = 0
        for file in files {
            var text = ImportAuditText(file: file)
            for (i, unit) in units.enumerated() {
                for events in kinds {
                    let line = 2 + i * 1000
                    let expected = AuditLog.json(GongkaiService.ImportAudit(file: file, line: line, received: "2026-03-0\(i + 1)",
                                                                           unitId: unit, events: events))
                    #expect(text.text(line: line, received: "2026-03-0\(i + 1)", unitId: unit, events: events) == expected)
                    // Asked again (the encodings now cached), the same text.
                    #expect(text.text(line: line, received: "2026-03-0\(i + 1)", unitId: unit, events: events) == expected)
                    compared += 1
                }
            }
            #expect(text.text(line: 7, received: nil, unitId: "edu", events: nil)
                    == AuditLog.json(GongkaiService.ImportAudit(file: file, line: 7, unitId: "edu")))
        }
        #expect(compared == 48)
    }
}
