import Foundation
import GRDB
import GongkaiCore

/// 栏目的文件计数 — per column, the documents filed in it (`own`) and in it or below (`subtree`,
/// each document once), how many of them await review (待审) or are overdue for publication (逾期,
/// 第二十六条), and the latest date of those filed in it; limited to the units `scope` lets an
/// officer see (nil: every unit).
struct DocumentCounts: Equatable {
    struct Counts: Equatable {
        var documents = 0
        var pending = 0
        var overdue = 0
    }
    var own: [CatalogNodeID: Counts] = [:]
    var subtree: [CatalogNodeID: Counts] = [:]
    var ownLast: [CatalogNodeID: String] = [:]

    /// Read from the maintained tables (`CatalogCountStore`): the counts per column and unit, and
    /// the two small sets (awaiting review, unpublished proactive) through their partial indexes.
    static func maintained(_ db: Database, cutoff: CivilDate, scope: UnitScope?) throws -> DocumentCounts {
        let unitFilter = scope?.sql("unitId") ?? "1"
        let unitArguments = scope?.arguments ?? []
        var result = DocumentCounts()
        for row in try Row.fetchAll(db, sql: """
            SELECT nodeId, SUM(subtree) AS subtree, SUM(own) AS own, MAX(ownLast) AS last FROM catalogCount
            WHERE \(unitFilter) GROUP BY nodeId
            """, arguments: unitArguments) {
            let id: String = row["nodeId"]
            result.subtree[id, default: Counts()].documents = row["subtree"]
            let own: Int = row["own"]
            if own > 0 { result.own[id, default: Counts()].documents = own }
            if let last: String = row["last"] { result.ownLast[id] = last }
        }
        for row in try Row.fetchAll(db, sql: """
            SELECT ancestorId, own FROM catalogMembership WHERE inReview = 1 AND \(unitFilter)
            """, arguments: unitArguments) {
            let id: String = row["ancestorId"]
            result.subtree[id, default: Counts()].pending += 1
            if row["own"] as Bool { result.own[id, default: Counts()].pending += 1 }
        }
        for row in try Row.fetchAll(db, sql: """
            SELECT ancestorId, own FROM catalogMembership WHERE watch IS NOT NULL AND watch <= ? AND \(unitFilter)
            """, arguments: [cutoff.iso] + unitArguments) {
            let id: String = row["ancestorId"]
            result.subtree[id, default: Counts()].overdue += 1
            if row["own"] as Bool { result.own[id, default: Counts()].overdue += 1 }
        }
        return result
    }

    /// The same from `documentCatalog` and `document` directly, with the closure of every column
    /// (what the catalog read before the counts were maintained): the reference the tests compare
    /// the maintained tables with.
    static func recomputed(_ db: Database, cutoff: CivilDate, scope: UnitScope?) throws -> DocumentCounts {
        let unitFilter = scope?.sql("d.unitId") ?? "1"
        let unitArguments = scope?.arguments ?? []
        var result = DocumentCounts()
        for row in try Row.fetchAll(db, sql: """
            SELECT dc.nodeId AS nodeId, COUNT(*) AS n,
                   COUNT(CASE WHEN d.state = 'in-review' THEN 1 END) AS pending,
                   COUNT(CASE WHEN d.attribute = 'proactive' AND d.state != 'published' AND d.formed <= ? THEN 1 END) AS overdue,
                   MAX(COALESCE(d.published, d.formed)) AS last
            FROM documentCatalog dc JOIN document d ON d.id = dc.documentId WHERE \(unitFilter) GROUP BY dc.nodeId
            """, arguments: [cutoff.iso] + unitArguments) {
            let id: String = row["nodeId"]
            result.own[id] = Counts(documents: row["n"], pending: row["pending"], overdue: row["overdue"])
            if let last: String = row["last"] { result.ownLast[id] = last }
        }
        for row in try Row.fetchAll(db, sql: CatalogStats.closureSQL + """
            SELECT a.ancestorId AS nodeId, COUNT(DISTINCT d.id) AS n,
                   COUNT(DISTINCT CASE WHEN d.state = 'in-review' THEN d.id END) AS pending,
                   COUNT(DISTINCT CASE WHEN d.attribute = 'proactive' AND d.state != 'published'
                                        AND d.formed <= ? THEN d.id END) AS overdue
            FROM documentCatalog dc JOIN ancestry a ON a.nodeId = dc.nodeId JOIN document d ON d.id = dc.documentId
            WHERE \(unitFilter) GROUP BY a.ancestorId
            """, arguments: [cutoff.iso] + unitArguments) {
            result.subtree[row["nodeId"]] = Counts(documents: row["n"], pending: row["pending"], overdue: row["overdue"])
        }
        return result
    }
}
