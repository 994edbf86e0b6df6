import GRDB

/// 件数 — how many documents and requests each unit has, kept current by SQL triggers on the two
/// tables in the same transaction as every insert, delete and change of unit, whatever writes
/// them (the service, an import, the demo generator, a migration). The 文件 and 申请 panes and the
/// status bar show these counts on every start: a `COUNT(*)` walked every row of the index
/// (200,000 requests: 9 ms of a first frame). `RowCountStoreTests` keeps the table equal to the
/// counts recomputed after random changes.
enum RowCountStore {
    /// The tables counted.
    enum Counted: String, CaseIterable {
        case document, application
    }

    /// Creates the table and the triggers and counts what is there (migration `v12-row-counts`).
    static func create(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE rowCount (
              tableName TEXT NOT NULL,
              unitId TEXT NOT NULL,
              n INTEGER NOT NULL,
              PRIMARY KEY (tableName, unitId)
            ) WITHOUT ROWID
            """)
        for table in Counted.allCases.map(\.rawValue) {
            let add = { (unit: String) in """
                INSERT INTO rowCount (tableName, unitId, n) VALUES ('\(table)', \(unit), 1)
                  ON CONFLICT (tableName, unitId) DO UPDATE SET n = n + 1;
                """ }
            let remove = { (unit: String) in
                "UPDATE rowCount SET n = n - 1 WHERE tableName = '\(table)' AND unitId = \(unit);"
            }
            try db.execute(sql: """
                CREATE TRIGGER rowCount_\(table)_insert AFTER INSERT ON \(table) BEGIN \(add("NEW.unitId")) END;
                CREATE TRIGGER rowCount_\(table)_delete AFTER DELETE ON \(table) BEGIN \(remove("OLD.unitId")) END;
                CREATE TRIGGER rowCount_\(table)_unit AFTER UPDATE OF unitId ON \(table)
                  WHEN OLD.unitId IS NOT NEW.unitId BEGIN \(remove("OLD.unitId")) \(add("NEW.unitId")) END;
                INSERT INTO rowCount (tableName, unitId, n) SELECT '\(table)', unitId, COUNT(*) FROM \(table) GROUP BY unitId;
                """)
        }
    }

    /// How many rows `table` has in `scope`.
    static func count(_ db: Database, _ table: Counted, scope: UnitScope) throws -> Int {
        try Int.fetchOne(db.cachedStatement(sql: """
            SELECT COALESCE(SUM(n), 0) FROM rowCount WHERE tableName = ? AND \(scope.sql("unitId"))
            """), arguments: [table.rawValue] + scope.arguments) ?? 0
    }
}
