import Foundation
import GRDB
import GongkaiCore

/// 公开内容快照 — everything the portal pages show (集中统一发布), read in one transaction: only
/// 主动公开 documents in state 已发布, their 已发布 interpretations, the register of those documents,
/// the catalog columns, the units, the filed annual reports (latest version of each), each unit's
/// current 权责清单 (现行 and 调整, never 取消) and the 公众参与 consultations whose feedback is
/// published (办结). No application and no applicant appears here: the portal publishes applications
/// only as the aggregated numbers of the annual reports. Inspections (网站巡检) are internal records
/// and are not in the snapshot; neither are the consultations' comment summaries (see
/// `PublishedConsultation`).
public struct PublicationSnapshot: Codable, Sendable, Equatable {
    public var generatedOn: CivilDate
    public var units: [OrgUnit]
    /// 公开目录 columns in display order (retired ones left out).
    public var columns: [PublishedColumn]
    public var documents: [PublishedDocument]
    /// 规章和行政规范性文件 among `documents`, with their status today (立改废).
    public var register: [PublishedRegisterLine]
    /// 年度报告 — the latest filed version of each (scope, year), newest year first.
    public var reports: [FiledReport]
    /// 现行权责清单 — per unit that has entries in force, in unit order.
    public var duties: [CurrentDutyList]
    /// 公众参与 — closed consultations (feedback published), latest closing first.
    public var consultations: [PublishedConsultation]
}

/// 公众参与事项 as published: what was decided, with whom and how, and the feedback — the texts
/// officers write for publication. The comment summary (意见概要) is left out: it paraphrases what
/// members of the public wrote and may name them; the early-close and short-period reasons are
/// internal notes.
public struct PublishedConsultation: Codable, Sendable, Equatable {
    public var id: String
    public var unitId: String
    public var unitName: String
    public var decision: String
    public var scope: String
    public var methods: [ConsultationMethod]
    public var opens: CivilDate
    public var closes: CivilDate
    public var periodDays: Int
    public var commentsReceived: Int
    public var adoption: String
    public var feedback: String
    public var closedOn: CivilDate
}

/// 目录栏目 as published.
public struct PublishedColumn: Codable, Sendable, Equatable {
    public var id: String
    public var name: String
    public var path: String
    public var parentId: String?
    public var depth: Int
    /// 责任单位 — the unit responsible for the column, own or inherited (nil: none).
    public var ownerUnitId: String?
    /// Published documents filed in this column itself.
    public var documentIds: [String]
}

/// 已发布的主动公开文件.
public struct PublishedDocument: Codable, Sendable, Equatable {
    public var id: String
    public var title: String
    public var docNumber: String?
    public var type: DocumentType
    public var unitId: String
    public var unitName: String
    public var formed: CivilDate
    public var published: CivilDate
    public var category: String?
    public var channels: [String]
    public var tags: [String]
    public var body: String
    public var validUntil: CivilDate?
    /// 效力状态 today (规章、规范性文件 only).
    public var regulationStatus: RegulationStatus?
    public var interpretations: [PublishedInterpretation]
}

/// 已发布的政策解读.
public struct PublishedInterpretation: Codable, Sendable, Equatable {
    public var id: String
    public var unitName: String
    public var forms: [InterpretationForm]
    public var published: CivilDate
    public var body: String
}

/// 规范性文件台账 line of the portal.
public struct PublishedRegisterLine: Codable, Sendable, Equatable {
    public var id: String
    public var title: String
    public var docNumber: String?
    public var type: DocumentType
    public var unitName: String
    public var issued: CivilDate
    public var validUntil: CivilDate?
    public var status: RegulationStatus
    public var amendedBy: String?
    public var repealedOn: CivilDate?
}

extension GongkaiService {
    /// 集中统一发布 — the snapshot of public information for `gongkai publish`. Read by the county
    /// office (it publishes for every unit); another unit's officer is refused (own-unit-only).
    public func publicationSnapshot() throws -> PublicationSnapshot {
        let today = self.today()
        return try read { db, access in
            let policy = access.policy
            guard policy.seesAllUnits else { throw AccessDenied(rule: .otherUnit, officer: policy.officer.login) }
            let units = try UnitRow.fetchAll(db, sql: """
                SELECT * FROM unit ORDER BY CASE kind WHEN 'county' THEN 0 WHEN 'department' THEN 1 ELSE 2 END, sortOrder, name
                """).compactMap(\.unit)
            // The one filter of the site: proactive AND published.
            let rows = try Row.fetchAll(db, sql: """
                SELECT d.*, u.name AS unitName FROM document d JOIN unit u ON u.id = d.unitId
                WHERE d.attribute = 'proactive' AND d.state = 'published' AND d.published IS NOT NULL
                ORDER BY d.published DESC, d.id DESC
                """)
            var interpretations: [String: [PublishedInterpretation]] = [:]
            for row in try Row.fetchAll(db, sql: """
                SELECT i.*, u.name AS unitName FROM interpretation i JOIN unit u ON u.id = i.unitId
                JOIN document d ON d.id = i.documentId
                WHERE i.state = 'published' AND i.published IS NOT NULL
                  AND d.attribute = 'proactive' AND d.state = 'published'
                ORDER BY i.published, i.id
                """) {
                guard let published = CivilDate(iso: row["published"]) else { continue }
                let forms = InterpretationRow.decode(row["forms"], InterpretationForm.self)
                interpretations[row["documentId"], default: []].append(
                    PublishedInterpretation(id: row["id"], unitName: row["unitName"], forms: forms,
                                            published: published, body: row["body"]))
            }
            var documents: [PublishedDocument] = []
            var register: [PublishedRegisterLine] = []
            for row in rows {
                let s = try Self.documentSummary(row)
                guard let published = s.published else { continue }
                var status: RegulationStatus?
                if RegisterEntry.isRegistered(s.type) {
                    let entry = try Self.registerEntry(row)
                    status = entry.status(on: today)
                    register.append(PublishedRegisterLine(id: s.id, title: s.title, docNumber: s.docNumber, type: s.type,
                                                          unitName: s.unitName, issued: entry.issued,
                                                          validUntil: entry.validUntil, status: entry.status(on: today),
                                                          amendedBy: entry.amendedBy, repealedOn: entry.repealed))
                }
                documents.append(PublishedDocument(
                    id: s.id, title: s.title, docNumber: s.docNumber, type: s.type, unitId: s.unitId,
                    unitName: s.unitName, formed: s.formed, published: published, category: row["category"],
                    channels: Self.decodeList(row["channels"]), tags: Self.decodeList(row["tags"]), body: row["body"],
                    validUntil: try Self.optionalDate(row, "validUntil", id: s.id), regulationStatus: status,
                    interpretations: interpretations[s.id] ?? []))
            }
            register.sort { ($0.type.rawValue, $0.issued, $0.id) < ($1.type.rawValue, $1.issued, $1.id) }
            let publishedIds = Set(documents.map(\.id))
            var placed: [String: [String]] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT documentId, nodeId FROM documentCatalog ORDER BY documentId") {
                let doc: String = row["documentId"]
                if publishedIds.contains(doc) { placed[row["nodeId"], default: []].append(doc) }
            }
            let tree = try CatalogStore.loadTree(db)
            let columns = tree.listing(includeRetired: false).map { node in
                PublishedColumn(id: node.id, name: node.name, path: node.path, parentId: node.parentID,
                                depth: tree.depth(of: node.id), ownerUnitId: tree.effectiveOwner(of: node.id),
                                documentIds: placed[node.id] ?? [])
            }
            // The latest filed version of each report.
            let reports = try Row.fetchAll(db, sql: """
                SELECT f.* FROM filedReport f
                WHERE f.version = (SELECT MAX(version) FROM filedReport g WHERE g.scope = f.scope AND g.year = f.year)
                ORDER BY f.year DESC, f.scope = '*' DESC, f.scope
                """).map(Self.filedReport)
            let duties = Self.currentLists(try Self.dutyRecords(db, policy: policy, query: DutyQuery(currentOnly: true)),
                                           asOf: today)
            let consultations = try ConsultationRow.fetchAll(db, sql: """
                SELECT * FROM consultation WHERE closedOn IS NOT NULL AND feedback IS NOT NULL ORDER BY closedOn DESC, id DESC
                """).compactMap { row -> PublishedConsultation? in
                let c = try row.checked()
                guard let closedOn = c.closedOn, let adoption = c.adoption, let feedback = c.feedback else { return nil }
                return PublishedConsultation(id: c.id, unitId: c.unitId, unitName: try Self.unitName(db, c.unitId),
                                             decision: c.decision, scope: c.scope, methods: c.methods, opens: c.opens,
                                             closes: c.closes, periodDays: c.periodDays,
                                             commentsReceived: c.commentsReceived, adoption: adoption,
                                             feedback: feedback, closedOn: closedOn)
            }
            return PublicationSnapshot(generatedOn: today, units: units, columns: columns, documents: documents,
                                       register: register, reports: reports, duties: duties,
                                       consultations: consultations)
        }
    }
}
