import GongkaiCore
import GongkaiStore

/// 解读 — documents that require an interpretation (规章 and 行政规范性文件 always; others when
/// tagged as the settings say) with their 三同步 checks: 同步组织、同步审签、同步部署 as ☐/☑, the
/// forms, the lag in working days and the problems (国办发〔2016〕80号; C6).
enum InterpretationsPane {
    static var columns: [PaneColumn] { [
        PaneColumn(TUIText.Columns.document.text(), .flex(min: 12)), PaneColumn(TUIText.Columns.organised.text(), .fixed(4)), PaneColumn(TUIText.Columns.signed.text(), .fixed(4)),
        PaneColumn(TUIText.Columns.deployed.text(), .fixed(4)), PaneColumn(TUIText.Columns.forms.text(), .fixed(10)), PaneColumn(TUIText.Columns.lag.text(), .fixed(4)),
        PaneColumn(TUIText.Columns.problems.text(), .flex(min: 8)),
    ] }

    /// 勾选框 — U+2610/U+2611, one cell wide under wcwidth (they are not East Asian ambiguous).
    static func box(_ on: Bool) -> String { on ? " ☑" : " ☐" }

    static func row(_ r: InterpretationOverviewRow) -> PaneRow {
        let c = r.check
        // The first form and how many more (the column is narrow; the sheet lists them all).
        let used = r.forms
        let forms = r.interpretations.isEmpty ? TUIText.Interpretations.notCreated.text()
            : used.first.map { $0.displayName + (used.count > 1 ? "+\(used.count - 1)" : "") } ?? ""
        let problems = c.problems.isEmpty ? (c.allMet ? TUIText.Interpretations.allMet.text() : "")
            : c.problems.map { $0.code.displayName + ($0.overridden ? TUIText.Interpretations.overriddenSuffix.text() : "") }.joined(separator: TUIText.Common.listSeparator.text())
        let open = c.problems.filter { !$0.overridden }
        let emphasis: StyleRole? = open.contains { $0.code != .interpretationMissing } ? .urgent
            : open.isEmpty ? nil : .warning
        return PaneRow(id: r.doc, cells: [r.title, box(c.organised), box(c.signedTogether), box(c.publishedTogether),
                                          forms.isEmpty ? TUIText.Interpretations.noForms.text() : forms, c.lagWorkdays.map(String.init) ?? "-", problems],
                       emphasis: emphasis)
    }
}
