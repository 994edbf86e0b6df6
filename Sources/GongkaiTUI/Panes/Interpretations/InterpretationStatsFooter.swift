import GongkaiCore

/// 解读统计栏 — the last rows of the 解读 pane: interpretations published in the period, by form,
/// the share meeting all three 三同步 checks, and the late ones.
enum InterpretationStatsFooter {
    /// Rows kept for the statistics when the pane is tall enough to keep list rows too.
    static func rows(paneHeight: Int) -> Int { paneHeight >= 9 ? 3 : 0 }

    static func lines(_ state: AppState) -> [String] {
        let s = state.interpretations
        if let err = s.statsError { return [TUIText.Interpretations.statsFailed.text() + err] }
        guard let st = s.stats else { return [] }
        let late = st.late.isEmpty ? "" : TUIText.Common.colon.text() + st.late.map { TUIText.Interpretations.lateEntry.text(["\($0.doc)", "\($0.lagWorkdays)"]) }.joined(separator: TUIText.Common.listSeparator.text())
        return [TUIText.Interpretations.statsLine.text(["\(st.from.iso)", "\(st.to.iso)", "\(st.published)"]),
                TUIText.Interpretations.statsMet.text(["\(st.metAllThree)", "\(InterpretationStatsText.share(st))", "\(st.late.count)"]) + late,
                TUIText.Interpretations.byForm.text() + InterpretationStatsText.byForm(st)]
    }

    static func draw(_ grid: inout CellGrid, state: AppState, rect: Rect) {
        let n = rows(paneHeight: rect.height)
        guard n > 0 else { return }
        let lines = lines(state)
        let top = rect.y + rect.height - n
        for i in 0..<n {
            grid.fill(x: rect.x, y: top + i, count: rect.width, style: i == 0 ? .columnHeader : .normal)
            if i < lines.count {
                grid.put(" " + lines[i], x: rect.x, y: top + i, maxWidth: rect.width, style: i == 0 ? .columnHeader : .muted)
            }
        }
    }
}
