import GongkaiCore
import GongkaiStore

/// 年度报告屏幕内容 — the report as screen lines: title, the checks ([ok] / [!!], ASCII so that no
/// terminal setting makes them ambiguous), sections 一 to 六 with tables 二、三、四 aligned by
/// display width (`TextWidth`, the wcwidth the grid itself uses), data problems and filing state.
enum ReportScreenLines {
    struct Line: Equatable {
        var text: String
        var style: StyleRole = .normal
        /// Cells of the row label (table rows): kept in place when the view scrolls sideways.
        var labelWidth: Int? = nil
    }

    static func lines(_ view: ReportViewState, width: Int) -> [Line] {
        guard let result = view.result else { return [Line(text: TUIText.Report.notGenerated.text(), style: .muted)] }
        let r = result.report
        var out: [Line] = [Line(text: r.title, style: .columnHeader)]
        let filed = result.filedVersion.map { TUIText.Report.filedVersion.text(["\($0)"]) } ?? TUIText.Report.notFiledYet.text()
        out.append(Line(text: filed, style: .muted))
        out.append(Line(text: ""))
        out.append(Line(text: TUIText.Report.checks.text(), style: .columnHeader))
        for c in result.checks {
            let name = c.identity?.chineseName ?? c.name
            out.append(c.ok ? Line(text: "[ok] " + c.detail)
                            : Line(text: "[!!] " + name + TUIText.Common.colon.text() + c.detail, style: .urgent))
        }
        if result.checks.contains(where: { $0.name == ReportIdentity.table3CarryOver.rawValue }) == false {
            out.append(Line(text: TUIText.Report.carryInUnchecked.text(["\(r.year - 1)"]), style: .muted))
        }
        for p in result.dataProblems { out.append(Line(text: TUIText.Report.dataProblem.text() + p, style: .warning)) }
        out.append(Line(text: ""))
        for s in ReportSection.allCases {
            out.append(Line(text: s.chineseName, style: .columnHeader))
            switch s {
            case .proactive: out += table2(r.proactive)
            case .applications: out += table3(r.applications)
            case .reviewLitigation: out += table4(r.reviewLitigation)
            default:
                let key = s == .overview ? "1" : (s == .problems ? "5" : "6")
                let text = r[narrative: s] ?? ""
                if text.isEmpty {
                    out.append(Line(text: TUIText.Report.notWritten.text(["\(key)"]), style: .muted))
                } else {
                    for para in text.split(separator: "\n", omittingEmptySubsequences: false) {
                        let wrapped = AppView.wrap(String(para), width: max(10, width - 4))
                        out += (wrapped.isEmpty ? [""] : wrapped).map { Line(text: "  " + $0) }
                    }
                }
            }
            out.append(Line(text: ""))
        }
        return out
    }

    /// Lays out rows as columns by display width: the first column left-aligned, the others right.
    static func grid(_ rows: [[String]], header: [String]) -> [Line] {
        let n = header.count
        var widths = header.map { TextWidth.of($0) }
        for row in rows { for (i, c) in row.enumerated() where i < n { widths[i] = max(widths[i], TextWidth.of(c)) } }
        func render(_ cells: [String]) -> String {
            let parts = cells.enumerated().map { i, c -> String in
                let gap = String(repeating: " ", count: max(0, widths[i] - TextWidth.of(c)))
                return i == 0 ? c + gap : gap + c
            }
            var s = "  " + parts.joined(separator: "  ")
            while s.last == " " { s.removeLast() }
            return s
        }
        let label = 2 + widths[0] + 2
        return [Line(text: render(header), style: .muted, labelWidth: label)] + rows.map { Line(text: render($0), labelWidth: label) }
    }

    static func table2(_ t: ProactiveDisclosureTable) -> [Line] {
        let f = t.figures
        let registered = grid([[LegalLabels.regulations, String(t.regulations.issued), String(t.regulations.repealed), String(t.regulations.inForce)],
                               [LegalLabels.normativeDocuments, String(t.normativeDocuments.issued), String(t.normativeDocuments.repealed),
                                String(t.normativeDocuments.inForce)]],
                              header: [LegalLabels.article20Item1, LegalLabels.issuedThisYear, LegalLabels.repealedThisYear, LegalLabels.inForce])
        let entered = grid([[LegalLabels.licensing, String(f.licensingDecisions)],
                            [LegalLabels.penalty, String(f.penaltyDecisions)],
                            [LegalLabels.compulsion, String(f.compulsionDecisions)],
                            [LegalLabels.fees, ReportFigures.formatAmount(f.feeAmount)]],
                           header: [LegalLabels.article20Items568, LegalLabels.countOrAmount])
        return registered + entered
    }

    static func table3(_ t: ApplicationTable) -> [Line] {
        var rows: [[String]] = []
        for row in ReportRow.allCases {
            if let g = row.group, row.itemNumber == 1 { rows.append([g] + Array(repeating: "", count: 7)) }
            let label = row.group == nil ? row.item : "  " + row.item
            rows.append([label] + t.values(of: row).map(String.init))
        }
        let header = [LegalLabels.balanceNote] + ReportColumn.allCases.map(\.chineseName)
        var lines = grid(rows, header: header)
        lines.insert(Line(text: LegalLabels.applicantHeader,
                          style: .muted), at: 0)
        return lines
    }

    static func table4(_ t: ReviewLitigationTable) -> [Line] {
        let rows = ReviewCaseKind.allCases.map { k -> [String] in
            let name = k == .reconsideration ? k.chineseName : LegalLabels.litigationPrefix + k.chineseName
            return [name] + t[k].values.map(String.init)
        }
        return grid(rows, header: [LegalLabels.category] + ReviewResult.allCases.map(\.chineseName) + [LegalLabels.total])
    }
}
