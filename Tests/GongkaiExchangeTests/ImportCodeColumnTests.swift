import Testing
@testable import GongkaiCore
@testable import GongkaiExchange
@testable import GongkaiStore

/// A code column is read once per different value (issue 20): every row still gets its own code,
/// and every row with an unknown value is still refused on its own line.
@Suite("导入的代码列 Import code columns")
struct ImportCodeColumnTests {
    @Test func repeatedValuesReadAlikeAndEveryBadRowIsNamed() throws {
        let header = "申请人,申请人类型,收到日期,收到方式,申请内容,答复日期,处理结果"
        let rows = ["甲,自然人,2026-03-02,网上申请,内容一,2026-03-10,予以公开",
                    "乙,商业企业,2026-03-03,网上申请,内容二,,",
                    "丙,自然人,2026-03-04,当面,内容三,2026-03-12,予以公开",
                    "丁,商业企业,2026-03-05,当面,内容四,,"]
        let good = header + "\n" + rows.joined(separator: "\n") + "\n"
        let (prepared, _, _) = try LedgerImport.prepare(.applications, ImportSource(name: "a.csv", bytes: Array(good.utf8)))
        guard case .applications(let records, _) = prepared else { Issue.record("not applications"); return }
        #expect(records.map(\.application.applicantType) == [.naturalPerson, .business, .naturalPerson, .business])
        #expect(records.map(\.application.channel) == [.online, .online, .inPerson, .inPerson])
        #expect(records.map { $0.events.first?.outcome } == [.granted, nil, .granted, nil])
        let bad = header + "\n" + (rows + ["戊,外星人,2026-03-06,网上申请,内容五,,", "己,外星人,2026-03-07,网上申请,内容六,,"])
            .joined(separator: "\n") + "\n"
        do {
            _ = try LedgerImport.prepare(.applications, ImportSource(name: "b.csv", bytes: Array(bad.utf8)))
            Issue.record("an unknown applicant type was accepted")
        } catch {
            #expect(error.issues.map(\.line) == [6, 7])
        }
    }
}
