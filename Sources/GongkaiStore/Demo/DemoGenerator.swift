import Foundation
import GRDB
import GongkaiCore

/// 演示数据生成器 — writes a county's worth of documents and applications in large transactions
/// through prepared statements. Rows carry ids `D<year>-G<serial>` and `A<year>-G<serial>`, so
/// they never take a number the service would allocate and `gongkai check` can tell them apart:
/// they are covered by the one `demo.generate` audit entry instead of one entry per row.
struct DemoGenerator {
    static let batchSize = 20_000

    let request: DemoGenerationRequest
    let today: CivilDate
    let stamp: String
    let actorLogin: String

    /// The ids of generated rows: `D2024-G000012`.
    static func generatedId(_ letter: Character, year: Int, serial: Int) -> String {
        "\(letter)\(year)-G" + String(format: "%06d", serial)
    }

    /// Days in the requested years, up to today, in order.
    var dayRange: ClosedRange<Int> {
        let first = CivilDate(year: request.fromYear, month: 1, day: 1)!.dayNumber
        let last = min(CivilDate(year: request.toYear, month: 12, day: 31)!.dayNumber, today.dayNumber)
        return first...max(first, last)
    }

    /// Sorted random days, so that serial numbers follow the dates as they do in real registers.
    func days(_ count: Int, _ rng: inout DemoRandom) -> [CivilDate] {
        let r = dayRange
        let width = r.count
        return (0..<count).map { _ in r.lowerBound + rng.below(width) }.sorted().map(CivilDate.init(dayNumber:))
    }

    /// The next free generated serial per year for table `table` (a second run continues).
    static func nextSerials(_ db: Database, table: String, letter: Character) throws -> [Int: Int] {
        var out: [Int: Int] = [:]
        for row in try Row.fetchAll(db, sql: """
            SELECT substr(id, 2, 4) AS year, MAX(CAST(substr(id, 8) AS INTEGER)) AS n FROM \(table)
            WHERE id GLOB '\(letter)[0-9][0-9][0-9][0-9]-G*' GROUP BY year
            """) {
            if let y = Int(row["year"] as String) { out[y] = (row["n"] as Int? ?? 0) + 1 }
        }
        return out
    }

    /// Adds the vocabulary's units the workspace lacks; returns the units to draw from.
    func ensureUnits(_ db: Database, added: inout Int) throws -> [DemoVocabulary.UnitWord] {
        var out: [DemoVocabulary.UnitWord] = []
        let maxOrder = try Int.fetchOne(db, sql: "SELECT MAX(sortOrder) FROM unit") ?? 0
        for word in DemoVocabulary.units {
            if let id = try String.fetchOne(db, sql: "SELECT id FROM unit WHERE id = ? OR name = ?",
                                            arguments: [word.id, word.name]) {
                var w = word
                w.id = id
                out.append(w)
                continue
            }
            try UnitRow(id: word.id, name: word.name, kind: word.kind.rawValue, isCountyOffice: false,
                        sortOrder: maxOrder + out.count + 1, createdAt: stamp).insert(db)
            added += 1
            out.append(word)
        }
        return out
    }

    /// Leaf columns of the catalog in use (documents are filed in leaves).
    static func catalogLeaves(_ db: Database) throws -> [String] {
        try String.fetchAll(db, sql: """
            SELECT n.id FROM catalogNode n WHERE n.retiredOn IS NULL
            AND NOT EXISTS (SELECT 1 FROM catalogNode c WHERE c.parentId = n.id AND c.retiredOn IS NULL)
            ORDER BY n.id
            """)
    }

    // MARK: Documents

    func insertDocuments(_ writer: any DatabaseWriter, units: [DemoVocabulary.UnitWord], leaves: [String],
                         result: inout DemoGenerationResult,
                         progress: (DemoGenerationProgress) -> Void) throws {
        var rng = DemoRandom(seed: request.seed &* 0x1000_0001 &+ 1)
        let dates = days(request.documents, &rng)
        var serials = try writer.read { try Self.nextSerials($0, table: "document", letter: "D") }
        var numbers: [String: Int] = [:]       // 文号 serial per prefix and year
        var index = 0
        while index < dates.count {
            let end = min(dates.count, index + Self.batchSize)
            let batch = dates[index..<end]
            var rows: [(DocumentRow, String?)] = []
            rows.reserveCapacity(batch.count)
            for formed in batch {
                let unit = rng.pick(units)
                let area = rng.pick(DemoVocabulary.areas)
                let kind = rng.pick(DemoVocabulary.kinds)
                let serial = serials[formed.year, default: 1]
                serials[formed.year] = serial + 1
                let id = Self.generatedId("D", year: formed.year, serial: serial)
                let type: DocumentType = rng.weighted([(.regulation, 1), (.normative, 12), (.policy, 27), (.general, 60)])
                var number: String?
                if type != .general || rng.chance(20) {
                    let key = "\(unit.numberPrefix)\(formed.year)"
                    let n = numbers[key, default: 0] + 1
                    numbers[key] = n
                    number = DemoDocumentText.number(prefix: unit.numberPrefix, year: formed.year, serial: n)
                }
                let attribute: DisclosureAttribute = rng.weighted([(.proactive, 80), (.onRequest, 12), (.withheld, 8)])
                let published = formed.adding(days: 1 + rng.below(20))
                let recent = today.days(to: formed) > -30
                let state: DocumentState
                if recent && rng.chance(50) {
                    state = rng.pick([.draft, .inReview, .approved])
                } else {
                    state = attribute == .proactive && published <= today ? .published : .approved
                }
                let withheld: String? = attribute == .withheld
                    ? rng.pick(ApplicationOutcome.allCases.filter(\.isWithheldReason)).rawValue : nil
                let row = DocumentRow(
                    id: id, title: DemoDocumentText.title(&rng, area: area, kind: kind, unit: unit.name, year: formed.year),
                    docNumber: number, type: type.rawValue,
                    attribute: state == .draft ? nil : attribute.rawValue, withheldReason: state == .draft ? nil : withheld,
                    state: state.rawValue, unitId: unit.id, formed: formed.iso,
                    published: state == .published ? published.iso : nil,
                    body: DemoDocumentText.body(&rng, area: area, kind: kind, unit: unit.name, year: formed.year),
                    createdAt: stamp, updatedAt: stamp)
                rows.append((row, leaves.isEmpty ? nil : rng.pick(leaves)))
            }
            let placed = try writer.write { db -> Int in
                let doc = try db.makeStatement(sql: """
                    INSERT INTO document (id, title, docNumber, type, attribute, withheldReason, state, unitId,
                                          formed, published, body, createdAt, updatedAt)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """)
                let place = try db.makeStatement(sql: "INSERT INTO documentCatalog (documentId, nodeId) VALUES (?, ?)")
                var placed = 0
                for (r, node) in rows {
                    try doc.execute(arguments: [r.id, r.title, r.docNumber, r.type, r.attribute, r.withheldReason,
                                                r.state, r.unitId, r.formed, r.published, r.body, r.createdAt, r.updatedAt])
                    if let node {
                        try place.execute(arguments: [r.id, node])
                        placed += 1
                    }
                }
                try MaintainedState.settle(db, changes: nil)
                return placed
            }
            result.documents += rows.count
            result.catalogPlacements += placed
            index = end
            progress(DemoGenerationProgress(phase: .documents, done: index, total: dates.count))
        }
    }

    // MARK: Applications

    func insertApplications(_ writer: any DatabaseWriter, units: [DemoVocabulary.UnitWord],
                            calendar: WorkdayCalendar, result: inout DemoGenerationResult,
                            progress: (DemoGenerationProgress) -> Void) throws {
        var rng = DemoRandom(seed: request.seed &* 0x2000_0003 &+ 2)
        let dates = days(request.applications, &rng)
        var serials = try writer.read { try Self.nextSerials($0, table: "application", letter: "A") }
        var index = 0
        while index < dates.count {
            let end = min(dates.count, index + Self.batchSize)
            var rows: [[DatabaseValueConvertible?]] = []
            var eventRows: [[DatabaseValueConvertible?]] = []
            rows.reserveCapacity(end - index)
            for received in dates[index..<end] {
                let serial = serials[received.year, default: 1]
                serials[received.year] = serial + 1
                let id = Self.generatedId("A", year: received.year, serial: serial)
                let applicant = Self.applicant(&rng)
                let channel: ReceiptChannel = rng.weighted([(.online, 55), (.inPerson, 20), (.registeredMail, 15),
                                                            (.ordinaryMail, 5), (.fax, 5)])
                let unit = rng.pick(units)
                let content = "申请公开\(received.year - rng.below(3))年\(unit.kind == .township ? unit.name : "本县")"
                    + rng.pick(DemoVocabulary.areas) + rng.pick(DemoVocabulary.requestItems)
                let events = DemoApplicationStory.events(&rng, received: received, today: today, calendar: calendar)
                let c = ApplicationClockCache.columns(received: received, events: events, calendar: calendar, today: today)
                rows.append([id, applicant.type.rawValue, applicant.name, applicant.idNumber, applicant.contact,
                             channel.rawValue, received.iso, content, rng.chance(70) ? "电子文档" : "纸质文本",
                             unit.id, stamp, stamp, c.phase.rawValue, c.sortRank, c.sortDue?.iso, c.refreshOn?.iso,
                             c.replied?.iso, c.outcome?.rawValue, c.withdrawn?.iso])
                for (seq, e) in events.enumerated() {
                    eventRows.append([id, seq + 1, e.kind.rawValue, e.date.iso, e.correctionDue?.iso, e.party?.rawValue,
                                      e.days, e.approver, e.outcome?.rawValue, e.note, stamp, actorLogin,
                                      e.amount, e.feeCount, e.pages])
                }
            }
            try writer.write { db in
                let app = try db.makeStatement(sql: """
                    INSERT INTO application (id, applicantType, applicantName, applicantIdNumber, applicantContact,
                                             channel, received, content, formWanted, unitId, createdAt, updatedAt,
                                             phase, sortRank, sortDue, refreshOn, replied, outcome, withdrawn)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """)
                let event = try db.makeStatement(sql: """
                    INSERT INTO applicationEvent (applicationId, seq, kind, date, correctionDue, party, days,
                                                  approver, outcome, note, createdAt, actor, amount, feeCount, pages)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """)
                for r in rows { try app.execute(arguments: StatementArguments(r)) }
                for r in eventRows { try event.execute(arguments: StatementArguments(r)) }
            }
            result.applications += rows.count
            result.events += eventRows.count
            index = end
            progress(DemoGenerationProgress(phase: .applications, done: index, total: dates.count))
        }
    }

    struct Applicant {
        var type: ApplicantType
        var name: String
        var idNumber: String?
        var contact: String
    }

    static func applicant(_ rng: inout DemoRandom) -> Applicant {
        let type: ApplicantType = rng.weighted([(.naturalPerson, 880), (.business, 60), (.research, 10),
                                                (.nonprofit, 10), (.legalServices, 20), (.otherOrg, 20)])
        let phone = "1" + rng.pick(["38", "39", "58", "86", "77"]) + String(format: "%08d", rng.below(100_000_000))
        switch type {
        case .naturalPerson:
            let name = rng.pick(DemoVocabulary.surnames) + rng.pick(DemoVocabulary.givenNames)
                + (rng.chance(60) ? rng.pick(DemoVocabulary.givenNames) : "")
            let birth = CivilDate(dayNumber: CivilDate(year: 1950, month: 1, day: 1)!.dayNumber + rng.below(365 * 55))
            let body = "110101" + String(format: "%04d%02d%02d", birth.year, birth.month, birth.day)
                + String(format: "%03d", rng.below(1000))
            return Applicant(type: type, name: name, idNumber: body + idCheckCharacter(body), contact: phone)
        case .business: return Applicant(type: type, name: "县" + rng.pick(DemoVocabulary.businesses), contact: phone)
        case .legalServices: return Applicant(type: type, name: rng.pick(DemoVocabulary.lawFirms), contact: phone)
        default: return Applicant(type: type, name: rng.pick(DemoVocabulary.institutions), contact: phone)
        }
    }

    /// 校验码 of a resident identity number (GB 11643-1999), so generated numbers look real.
    static func idCheckCharacter(_ first17: String) -> String {
        let weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
        let sum = zip(first17.compactMap(\.wholeNumberValue), weights).reduce(0) { $0 + $1.0 * $1.1 }
        return String(Array("10X98765432")[sum % 11])
    }
}
