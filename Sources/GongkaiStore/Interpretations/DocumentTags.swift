import Foundation
import GRDB

/// 文件标签 — the tags that make a document of another type require an interpretation
/// (六稳六保、重要政策 …). The `tags` column arrives with the document content fields;
/// until then a workspace has none and every document reads as untagged. This is the one place
/// that reads them, so the merge changes only this file.
enum DocumentTags {
    /// Whether the `document` table has a `tags` column (checked once per read transaction).
    static func available(_ db: Database) throws -> Bool {
        try db.columns(in: "document").contains { $0.name == "tags" }
    }

    /// The tags of document `id`; [] when the column does not exist or is empty.
    static func of(_ db: Database, id: String) throws -> [String] {
        guard try available(db) else { return [] }
        return parse(try String.fetchOne(db, sql: "SELECT tags FROM document WHERE id = ?", arguments: [id]))
    }

    /// The tags of a fetched `document` row; [] when the row has no `tags` column.
    static func of(row: Row) -> [String] {
        row.hasColumn("tags") ? parse(row["tags"]) : []
    }

    /// Stored as a JSON array or as text separated by commas, 、 or semicolons.
    static func parse(_ text: String?) -> [String] {
        guard let text, !text.trimmingCharacters(in: .whitespaces).isEmpty else { return [] }
        if text.hasPrefix("["), let list = try? JSONDecoder().decode([String].self, from: Data(text.utf8)) {
            return list
        }
        return text.split(whereSeparator: { ",，、;；".contains($0) }).map {
            $0.trimmingCharacters(in: .whitespaces)
        }.filter { !$0.isEmpty }
    }
}
