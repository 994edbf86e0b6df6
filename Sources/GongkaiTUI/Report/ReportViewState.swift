import GongkaiCore
import GongkaiStore

/// 年度报告视图 — the annual report open over the panes (`:report 2025`): the computed report with
/// its checks, the scroll position, and at most one input open (figures form, narrative editor,
/// or the one question before filing).
public struct ReportViewState: Equatable, Sendable {
    public var year: Int
    public var scope: ReportScope
    public var result: AnnualReportResult?
    public var scroll = 0
    /// Cells scrolled to the right (Left/Right), for table 三 on a narrow terminal.
    public var hscroll = 0
    public var figuresForm: FiguresForm?
    /// The figures last typed and not saved (`FiguresDraft`, read with the report, kept in step
    /// with the draft file).
    public var figuresDraft: FiguresDraftFields?
    public var narrative: NarrativeEditor?

    public init(year: Int, scope: ReportScope) {
        self.year = year
        self.scope = scope
    }
}
