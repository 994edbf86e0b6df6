import GRDB

/// 暂存批量写入 — rows bound one by one into a bare temporary table (no index, trigger or
/// constraint) and moved into their table with one `INSERT … SELECT` at the end, inside the
/// caller's transaction. Inserting row by row straight into a table with triggers and indexes
/// costs SQLite a statement journal per row (the pages each statement touches, copied so that
/// the one statement can be undone) and an index descent per index per row; one `INSERT …
/// SELECT` journals each page once. An import of 5,000 requests went from 580 to about 300 ms
/// (Docs/性能.md). Rows keep their order (the temporary table's rowid), so ids allocated in
/// order and audit entries keep theirs; the table's constraints and triggers all run, on the
/// move. A rollback (a refusal, a dry run) takes the temporary table with it.
final class StagedInsert {
    let table: String
    private let stage: String
    private let columnList: String
    /// `INSERT INTO temp.<stage> (columns) VALUES (?, …)`: bind one row per `execute`.
    let statement: Statement

    init(_ db: Database, into table: String, columns: [String]) throws {
        self.table = table
        self.stage = "staged_" + table
        self.columnList = columns.joined(separator: ", ")
        try db.execute(sql: "DROP TABLE IF EXISTS temp.\(stage)")
        // Declared types (and so affinities) as the table's own columns.
        try db.execute(sql: "CREATE TEMP TABLE \(stage) AS SELECT \(columnList) FROM main.\(table) WHERE 0")
        statement = try db.makeStatement(sql: """
            INSERT INTO temp.\(stage) (\(columnList)) VALUES (\(Array(repeating: "?", count: columns.count).joined(separator: ", ")))
            """)
    }

    /// Moves the staged rows into the table, in the order they were staged, and drops the stage.
    func flush(_ db: Database) throws {
        try db.execute(sql: "INSERT INTO main.\(table) (\(columnList)) SELECT \(columnList) FROM temp.\(stage) ORDER BY rowid")
        try db.execute(sql: "DROP TABLE temp.\(stage)")
    }
}
