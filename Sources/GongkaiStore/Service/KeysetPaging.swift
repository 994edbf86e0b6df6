import Foundation
import GRDB
import GongkaiCore

/// 接着某一行读 — which side of a row already on screen a keyset read takes: the rows just after it
/// (scrolling down past the bottom) or just before it (up past the top), in the list's order.
public enum PageSide: Sendable {
    case after, before
}

/// 键集分页 — a list read from a row already on screen: the anchor's sort key bounds a range of the
/// list's index, so the read walks only the rows it returns, whatever the scroll position (an
/// `OFFSET` walks every row above). Every list here reads its columns by name, never a body.
extension GongkaiService {
    /// The columns of a document list row (`listItem`): everything but the body.
    static let documentListColumns = """
        d.id, d.title, d.docNumber, d.type, d.attribute, d.state, d.unitId, d.formed, d.published,
        d.validUntil, d.amendedBy, d.amendedOn, d.repealedOn, d.version, u.name AS unitName
        """

    /// 文件窗格的一屏 — documents `offset ..< offset + limit` of the whole list (newest formed first)
    /// for a list whose length the caller already counted (`total`): no count, no bodies, and a
    /// window in the second half read from the oldest end (`PageWindow`).
    public func documentWindow(offset: Int, limit: Int, total: Int) throws -> [DocumentListItem] {
        let today = self.today()
        return try read { db, access in
            let scope = access.scope
            let window = PageWindow(offset: offset, limit: limit, total: total)
            let order = window.fromEnd ? "ASC" : "DESC"
            var rows = try Row.fetchAll(db.cachedStatement(sql: """
                SELECT \(Self.documentListColumns) FROM document d JOIN unit u ON u.id = d.unitId
                WHERE \(scope.sql("d.unitId")) ORDER BY d.formed \(order), d.id \(order) LIMIT ? OFFSET ?
                """), arguments: scope.arguments + [window.limit, window.offset])
            if window.fromEnd { rows.reverse() }
            let calendar = try Self.workdayCalendar(db)
            return try rows.map { try Self.listItem($0, today: today, calendar: calendar) }
        }
    }

    /// The `limit` documents just after or before document `anchor` in `listDocuments` order
    /// (newest formed first), or nil when `anchor` is not listed for this officer (the caller then
    /// reads the window by position).
    /// `catalogNode`: the 文件 pane filtered by a column — the documents filed in it or below it.
    public func documents(beside anchor: String, side: PageSide, limit: Int,
                          catalogNode: String? = nil) throws -> [DocumentListItem]? {
        let today = self.today()
        return try read { db, access in
            let scope = access.scope
            guard let formed = try String.fetchOne(
                db.cachedStatement(sql: "SELECT formed FROM document d WHERE d.id = ? AND \(scope.sql("d.unitId"))"),
                arguments: [anchor] + scope.arguments) else { return nil }
            let statement: Statement
            var arguments = scope.arguments + [formed, anchor, max(0, limit)]
            if let catalogNode {
                guard try Bool.fetchOne(db.cachedStatement(sql: Self.subtreeSQL + "SELECT 1 FROM document d WHERE d.id = ? AND \(Self.inSubtree)"),
                                        arguments: [catalogNode, anchor]) == true else { return nil }
                statement = try db.cachedStatement(sql: Self.catalogKeysetSQL(scope: scope.sql("d.unitId"), side: side))
                arguments = [catalogNode] + arguments
            } else {
                statement = try db.cachedStatement(sql: Self.documentKeysetSQL(scope: scope.sql("d.unitId"), side: side))
            }
            var rows = try Row.fetchAll(statement, arguments: arguments)
            if side == .before { rows.reverse() }
            let calendar = try Self.workdayCalendar(db)
            return try rows.map { try Self.listItem($0, today: today, calendar: calendar) }
        }
    }

    /// The `limit` rows of the 解读 list just after or before document `doc`, or nil when `doc` is
    /// not in the officer's list.
    public func interpretationWindow(beside doc: String, side: PageSide, limit: Int) throws -> [InterpretationOverviewRow]? {
        let today = self.today()
        return try read { db, access in
            let scope = access.scope
            guard let formed = try String.fetchOne(db.cachedStatement(sql: """
                SELECT formed FROM documentSync WHERE documentId = ? AND required = 1 AND \(scope.sql("unitId"))
                """), arguments: [doc] + scope.arguments) else { return nil }
            var ids = try String.fetchAll(db.cachedStatement(sql: Self.interpretationKeysetSQL(scope: scope.sql("unitId"), side: side)),
                                          arguments: scope.arguments + [formed, doc, max(0, limit)])
            if side == .before { ids.reverse() }
            return try Self.overviewRows(db, ids: ids, today: today)
        }
    }

    /// Documents after (or before) the key `(formed, id)` in list order; `scope` is the unit
    /// condition on `d.unitId`, whose arguments come first.
    static func documentKeysetSQL(scope: String, side: PageSide) -> String {
        let (compare, order) = side == .after ? ("<", "DESC") : (">", "ASC")
        return """
            SELECT \(documentListColumns) FROM document d JOIN unit u ON u.id = d.unitId
            WHERE \(scope) AND (d.formed, d.id) \(compare) (?, ?)
            ORDER BY d.formed \(order), d.id \(order) LIMIT ?
            """
    }

    /// The documents of a column (and below it; `?` first: the column) after (or before) the key
    /// `(formed, id)`. The `+` keeps the planner on the date index from the key instead of
    /// reading every document of the column by id and sorting them.
    static func catalogKeysetSQL(scope: String, side: PageSide) -> String {
        subtreeSQL + documentKeysetSQL(scope: "+\(inSubtree) AND \(scope)", side: side)
    }

    /// The 解读 list's documents after (or before) the key `(formed, documentId)`.
    static func interpretationKeysetSQL(scope: String, side: PageSide) -> String {
        let (compare, order) = side == .after ? ("<", "DESC") : (">", "ASC")
        return """
            SELECT documentId FROM documentSync WHERE required = 1 AND \(scope)
            AND (formed, documentId) \(compare) (?, ?)
            ORDER BY formed \(order), documentId \(order) LIMIT ?
            """
    }

    /// The `limit` requests just after or before request `anchor` in `listApplications(query)`
    /// order, or nil when `anchor` is not listed, or the list holds requests whose stored key
    /// expired today (`ApplicationFreshOrder`: the caller then reads the window by position).
    public func applications(beside anchor: String, side: PageSide, query: ApplicationQuery,
                             limit: Int) throws -> [ApplicationListItem]? {
        try checkInput(query)
        let today = self.today()
        return try read { db, access in
            let (whereSQL, args, calendar, fresh, _) = try Self.listSelection(db, query, scope: access.scope, today: today)
            guard fresh.isEmpty else { return nil }
            var anchorArgs = args
            anchorArgs += [anchor]
            guard let key = try Row.fetchOne(db, sql: """
                SELECT a.sortRank, a.sortDue, a.received, a.id FROM application a WHERE (\(whereSQL)) AND a.id = ?
                """, arguments: anchorArgs) else { return nil }
            var rows: [Row] = []
            for segment in ApplicationKeyset.segments(from: key, side: side) where rows.count < limit {
                var all = args
                all += segment.arguments
                all += [limit - rows.count]
                rows += try Row.fetchAll(db.cachedStatement(sql: ApplicationKeyset.sql(whereSQL: whereSQL, segment)),
                                         arguments: all)
            }
            if side == .before { rows.reverse() }
            return try Self.listItems(db, rows: rows, today: today, calendar: calendar)
        }
    }
}

/// 申请列表的键集 — the rows after (or before) a request in the urgency order (`urgencyOrder`, the
/// index `application_by_urgency_order`: rank, the open items' due date ascending, the closed
/// items' due date descending, receipt date, id) as a few ranges of that index, each read in
/// index order: the rest of the anchor's group (same rank and date), the rest of its rank, the
/// ranks after it. SQL's NULL sorts first, so an open item without a date comes before the dated
/// ones and a closed one without a date after them. Each range names only the index columns it
/// does not fix, in its ORDER BY, so SQLite walks the index without sorting.
enum ApplicationKeyset {
    static let openDue = "(CASE WHEN a.sortRank < 2 THEN a.sortDue END)"
    static let closedDue = "(CASE WHEN a.sortRank = 2 THEN a.sortDue END)"

    struct Segment {
        var condition: String
        var arguments: StatementArguments
        /// The ORDER BY of the list order (after) or its reverse (before).
        var order: String
    }

    static func segments(from key: Row, side: PageSide) -> [Segment] {
        let rank: Int = key["sortRank"], due: String? = key["sortDue"]
        let received: String = key["received"], id: String = key["id"]
        let open = rank < 2 ? due : nil, closed = rank == 2 ? due : nil
        let after = side == .after
        /// Columns in list order with their direction there (true: ascending), flipped for `before`.
        func order(_ columns: [(String, Bool)]) -> String {
            columns.map { "\($0.0) \($0.1 == after ? "ASC" : "DESC")" }.joined(separator: ", ")
        }
        let tail = [("a.received", true), ("a.id", true)]
        func fixed(_ due: String?, _ expression: String) -> (String, StatementArguments) {
            due.map { ("\(expression) = ?", [$0]) } ?? ("\(expression) IS NULL", [])
        }
        let (openFixed, openArgs) = fixed(open, openDue), (closedFixed, closedArgs) = fixed(closed, closedDue)
        var sameArgs: StatementArguments = [rank]
        sameArgs += openArgs
        sameArgs += closedArgs
        sameArgs += [received, id]
        var out = [Segment(condition: "a.sortRank = ? AND \(openFixed) AND \(closedFixed) AND (a.received, a.id) \(after ? ">" : "<") (?, ?)",
                           arguments: sameArgs, order: order(tail))]
        let openOrder = order([(openDue, true), (closedDue, false)] + tail), closedOrder = order([(closedDue, false)] + tail)
        func range(_ condition: String, _ args: StatementArguments, _ order: String) {
            var all: StatementArguments = [rank]
            all += args
            out.append(Segment(condition: "a.sortRank = ? AND \(condition)", arguments: all, order: order))
        }
        // Later (or earlier) dates within the anchor's rank.
        switch (rank, after) {
        case (0..<2, true):
            if let open { range("\(openDue) > ?", [open], openOrder) } else { range("\(openDue) IS NOT NULL", [], openOrder) }
        case (0..<2, false):
            if let open {
                range("\(openDue) < ?", [open], openOrder)
                range("\(openDue) IS NULL AND \(closedDue) IS NULL", [], order(tail))
            }
        case (2, true):
            if let closed {
                range("\(openDue) IS NULL AND \(closedDue) < ?", [closed], closedOrder)
                range("\(openDue) IS NULL AND \(closedDue) IS NULL", [], order(tail))
            }
        case (2, false):
            if let closed {
                range("\(openDue) IS NULL AND \(closedDue) > ?", [closed], closedOrder)
            } else {
                range("\(openDue) IS NULL AND \(closedDue) IS NOT NULL", [], closedOrder)
            }
        default: break
        }
        out.append(Segment(condition: after ? "a.sortRank > ?" : "a.sortRank < ?", arguments: [rank],
                           order: after ? GongkaiService.urgencyOrder : GongkaiService.urgencyOrderReversed))
        return out
    }

    /// One range of the list as SQL over `application a` joined with its unit.
    static func sql(whereSQL: String, _ segment: Segment) -> String {
        """
        SELECT a.*, u.name AS unitName FROM application a JOIN unit u ON u.id = a.unitId
        WHERE (\(whereSQL)) AND \(segment.condition) ORDER BY \(segment.order) LIMIT ?
        """
    }
}
