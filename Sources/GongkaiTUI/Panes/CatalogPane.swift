import GongkaiCore

/// 目录 — the disclosure catalog (公开目录) as a tree: 栏目 (indented by depth, `[+]` collapsed / `[-]`
/// expanded), 事项 (standard catalog items), 文件, 待审 (awaiting review), 逾期 (past the
/// 20-working-day publication limit), 更新 (latest date, `!` when the column is stale). Counts include
/// everything below the column; zero is left blank so the numbers that matter stand out.
enum CatalogPane {
    static var columns: [PaneColumn] { [
        PaneColumn(TUIText.Columns.column.text(), .flex(min: 22)), PaneColumn(TUIText.Columns.items.text(), .fit(min: 4, max: 7)), PaneColumn(TUIText.Columns.documents.text(), .fit(min: 4, max: 7)),
        PaneColumn(TUIText.Columns.pending.text(), .fit(min: 4, max: 7)), PaneColumn(TUIText.Columns.overdue.text(), .fit(min: 4, max: 7)), PaneColumn(TUIText.Columns.updated.text(), .fixed(11)),
    ] }

    /// The marker before a name: ASCII only (box-drawing and ▸-style glyphs are East-Asian ambiguous).
    static func marker(hasChildren: Bool, expanded: Bool) -> String {
        hasChildren ? (expanded ? "[-] " : "[+] ") : "    "
    }

    static func row(_ r: CatalogRow, expanded: Bool) -> PaneRow {
        func count(_ n: Int) -> String {
            let s = n == 0 ? "" : String(n)
            return String(repeating: " ", count: max(0, 4 - s.count)) + s
        }
        let name = String(repeating: "  ", count: r.depth) + marker(hasChildren: r.hasChildren, expanded: expanded)
            + r.name + (r.retired ? TUIText.Catalog.retiredSuffix.text() : "")
        let updated = (r.lastUpdated?.iso ?? "-") + (r.stale ? "!" : "")
        let emphasis: StyleRole? = r.retired ? .muted : (r.counts.overdue > 0 ? .urgent : (r.stale ? .warning : nil))
        return PaneRow(id: r.id, cells: [name, count(r.counts.items), count(r.counts.documents),
                                         count(r.counts.pending), count(r.counts.overdue), updated],
                       emphasis: emphasis)
    }
}
