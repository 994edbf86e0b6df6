@testable import GongkaiCore

/// A realistic two-year ledger for unit `edu` (县教育局) and one application for `town` (某镇),
/// with the expected tables computed by hand (see the comments beside each fact).
enum ReportScenario {
    static func d(_ iso: String) -> CivilDate { CivilDate(iso: iso)! }

    static let facts: [ApplicationFact] = [
        // received 2024, replied 2025 → 2025 上年结转 + 予以公开 (其他)
        ApplicationFact(id: "A9", applicantType: .otherOrg, received: d("2024-11-01"),
                        replied: d("2025-01-10"), outcome: .granted, unitId: "edu"),
        // 2025, same year: 予以公开 (自然人)
        ApplicationFact(id: "A1", applicantType: .naturalPerson, received: d("2025-03-10"),
                        replied: d("2025-04-02"), outcome: .granted, unitId: "edu"),
        // 2025, same year: 部分公开 (商业企业)
        ApplicationFact(id: "A2", applicantType: .business, received: d("2025-06-05"),
                        replied: d("2025-07-01"), outcome: .partiallyGranted, unitId: "edu"),
        // received 2025-12-15, replied 2026 → 2025 结转; 2026 上年结转 + 保护第三方合法权益
        ApplicationFact(id: "A3", applicantType: .naturalPerson, received: d("2025-12-15"),
                        replied: d("2026-01-09"), outcome: .withheldThirdParty, unitId: "edu"),
        // received 2025, never replied → 结转 both years (法律服务机构)
        ApplicationFact(id: "A4", applicantType: .legalServices, received: d("2025-12-29"), unitId: "edu"),
        // 2025: 重复申请 (自然人)
        ApplicationFact(id: "A5", applicantType: .naturalPerson, received: d("2025-08-01"),
                        replied: d("2025-08-05"), outcome: .notProcessedDuplicate, unitId: "edu"),
        // received 2025, closed 2026 as 逾期不补正 (科研机构)
        ApplicationFact(id: "A6", applicantType: .research, received: d("2025-11-20"),
                        replied: d("2026-02-10"), outcome: .otherNoCorrection, unitId: "edu"),
        // withdrawn in 2025 → 三（六）3 其他 in 2025 (自然人)
        ApplicationFact(id: "A7", applicantType: .naturalPerson, received: d("2025-09-01"),
                        withdrawn: d("2025-09-10"), unitId: "edu"),
        // received 2025-12-30, withdrawn 2026-01-05 → 2025 结转; 2026 三（六）3 其他 (社会公益组织)
        ApplicationFact(id: "A8", applicantType: .nonprofit, received: d("2025-12-30"),
                        withdrawn: d("2026-01-05"), unitId: "edu"),
        // 2026, same year: 部分公开 (自然人)
        ApplicationFact(id: "A10", applicantType: .naturalPerson, received: d("2026-03-01"),
                        replied: d("2026-03-20"), outcome: .partiallyGranted, unitId: "edu"),
        // received on the last day of 2026 → 2026 结转 (商业企业)
        ApplicationFact(id: "A11", applicantType: .business, received: d("2026-12-31"), unitId: "edu"),
        // replied 2026-04-10, "withdrawn" afterwards → the reply counts: 予以公开 (自然人)
        ApplicationFact(id: "A12", applicantType: .naturalPerson, received: d("2026-04-01"),
                        replied: d("2026-04-10"), outcome: .granted, withdrawn: d("2026-04-20"), unitId: "edu"),
        // another unit: 2025 本机关不掌握 (自然人)
        ApplicationFact(id: "T1", applicantType: .naturalPerson, received: d("2025-05-05"),
                        replied: d("2025-05-06"), outcome: .unavailableNotHeld, unitId: "town"),
    ]

    /// A table from the non-zero rows; 7 numbers each (自然人, 商业, 科研, 公益, 法律, 其他, 总计).
    static func table(_ year: Int, _ nonZero: [ReportRow: [Int]]) -> ApplicationTable {
        var rows: [ReportRow: [Int]] = [:]
        for r in ReportRow.allCases { rows[r] = nonZero[r] ?? [0, 0, 0, 0, 0, 0, 0] }
        return try! ApplicationTable(year: year, rows: rows)
    }

    /// edu, 2025 — by hand from the facts above.
    static let edu2025 = table(2025, [
        .received:              [4, 1, 1, 1, 1, 0, 8],   // A1 A3 A5 A7 | A2 | A6 | A8 | A4
        .carriedIn:             [0, 0, 0, 0, 0, 1, 1],   // A9
        .outcome(.granted):               [1, 0, 0, 0, 0, 1, 2],   // A1 | A9
        .outcome(.partiallyGranted):      [0, 1, 0, 0, 0, 0, 1],   // A2
        .outcome(.notProcessedDuplicate): [1, 0, 0, 0, 0, 0, 1],   // A5
        .outcome(.otherOther):            [1, 0, 0, 0, 0, 0, 1],   // A7 withdrawn
        .processedTotal:        [3, 1, 0, 0, 0, 1, 5],
        .carriedOut:            [1, 0, 1, 1, 1, 0, 4],   // A3 | A6 | A8 | A4
    ])

    /// edu, 2026.
    static let edu2026 = table(2026, [
        .received:              [2, 1, 0, 0, 0, 0, 3],   // A10 A12 | A11
        .carriedIn:             [1, 0, 1, 1, 1, 0, 4],   // = edu2025 carried-out
        .outcome(.granted):               [1, 0, 0, 0, 0, 0, 1],   // A12
        .outcome(.partiallyGranted):      [1, 0, 0, 0, 0, 0, 1],   // A10
        .outcome(.withheldThirdParty):    [1, 0, 0, 0, 0, 0, 1],   // A3
        .outcome(.otherNoCorrection):     [0, 0, 1, 0, 0, 0, 1],   // A6
        .outcome(.otherOther):            [0, 0, 0, 1, 0, 0, 1],   // A8 withdrawn
        .processedTotal:        [3, 0, 1, 1, 0, 0, 5],
        .carriedOut:            [0, 1, 0, 0, 1, 0, 2],   // A11 | A4
    ])

    /// Review cases of edu and town.
    static let cases: [ReviewCase] = [
        // filed and decided 2025
        ReviewCase(id: "R1", kind: .reconsideration, filedYear: 2025, result: .upheld, decidedYear: 2025,
                   unitId: "edu", applicationId: "A5"),
        // filed 2025, decided 2026 → 2025 尚未审结, 2026 结果纠正
        ReviewCase(id: "R2", kind: .reconsideration, filedYear: 2025, result: .corrected, decidedYear: 2026,
                   unitId: "edu", applicationId: "A2"),
        // suit filed directly 2025, still pending → 尚未审结 in 2025 and 2026
        ReviewCase(id: "L1", kind: .litigationDirect, filedYear: 2025, unitId: "edu"),
        // suit after reconsideration, filed 2026, 其他结果 (withdrawn suit) in 2026
        ReviewCase(id: "L2", kind: .litigationAfterReconsideration, filedYear: 2026, result: .other,
                   decidedYear: 2026, unitId: "edu", applicationId: "A2"),
        // filed 2024, decided 2025 → 2025 结果维持 (not in 2026)
        ReviewCase(id: "L3", kind: .litigationDirect, filedYear: 2024, result: .upheld, decidedYear: 2025,
                   unitId: "edu"),
        // another unit, 2025 结果维持
        ReviewCase(id: "R9", kind: .reconsideration, filedYear: 2025, result: .upheld, decidedYear: 2025,
                   unitId: "town"),
    ]
}
