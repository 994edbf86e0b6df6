import Foundation

/// 规章/规范性文件件数 — one line of 第二十条第（一）项: 本年制发件数, 本年废止件数, 现行有效件数
/// (at 31 December) — 国办公开办函〔2021〕30号 表二; from the document register (Docs/领域规则.md §6),
/// whose 立改废 logic lives elsewhere: this type only carries its summary.
public struct DocumentRegisterCounts: Hashable, Sendable, Codable {
    /// 本年制发件数.
    public var issued: Int
    /// 本年废止件数.
    public var repealed: Int
    /// 现行有效件数 — in force at 31 December of the year.
    public var inForce: Int

    public init(issued: Int = 0, repealed: Int = 0, inForce: Int = 0) {
        self.issued = issued
        self.repealed = repealed
        self.inForce = inForce
    }

    public static func + (a: DocumentRegisterCounts, b: DocumentRegisterCounts) -> DocumentRegisterCounts {
        DocumentRegisterCounts(issued: a.issued + b.issued, repealed: a.repealed + b.repealed,
                               inForce: a.inForce + b.inForce)
    }
}

/// 表二 主动公开政府信息情况 — 第二十条第（一）项 规章、行政规范性文件 × (制发, 废止, 现行有效);
/// 第（五）项 行政许可; 第（六）项 行政处罚、行政强制; 第（八）项 行政事业性收费（万元）
/// — 国办公开办函〔2021〕30号 表二.
public struct ProactiveDisclosureTable: Hashable, Sendable, Codable {
    /// 报告年度.
    public var year: Int
    /// 规章 — 第二十条第（一）项.
    public var regulations: DocumentRegisterCounts
    /// 行政规范性文件 — 第二十条第（一）项.
    public var normativeDocuments: DocumentRegisterCounts
    /// 第（五）（六）（八）项 — entered figures.
    public var figures: ReportFigures

    public init(year: Int, regulations: DocumentRegisterCounts = .init(),
                normativeDocuments: DocumentRegisterCounts = .init(), figures: ReportFigures = .init()) {
        self.year = year
        self.regulations = regulations
        self.normativeDocuments = normativeDocuments
        self.figures = figures
    }

    /// From the register summary keyed by document type: `regulation` → 规章, `normative` →
    /// 行政规范性文件; other types are not in table 二 and are ignored.
    public init(year: Int, register: [DocumentType: DocumentRegisterCounts], figures: ReportFigures) {
        self.init(year: year, regulations: register[.regulation] ?? .init(),
                  normativeDocuments: register[.normative] ?? .init(), figures: figures)
    }

    /// 汇总 — cell-by-cell sum (county-wide). Years must agree.
    public static func summing(_ tables: [ProactiveDisclosureTable]) throws -> ProactiveDisclosureTable {
        guard let first = tables.first else { throw AnnualReportError.nothingToSum }
        let years = Set(tables.map(\.year))
        guard years.count == 1 else { throw AnnualReportError.yearMismatch(years.sorted()) }
        return tables.dropFirst().reduce(first) { acc, t in
            ProactiveDisclosureTable(year: acc.year,
                                     regulations: acc.regulations + t.regulations,
                                     normativeDocuments: acc.normativeDocuments + t.normativeDocuments,
                                     figures: acc.figures + t.figures)
        }
    }

    /// 校验 — violations only: negative register counts; entered figures breaking their rules.
    public func checks() -> [ReportCheck] {
        var out: [ReportCheck] = []
        for (name, c) in [("规章", regulations), ("行政规范性文件", normativeDocuments)] {
            for (col, v) in [("本年制发件数", c.issued), ("本年废止件数", c.repealed), ("现行有效件数", c.inForce)] where v < 0 {
                out.append(ReportCheck(.table2NonNegative, ok: false, detail: "\(name)\(col)为 \(v)，不能为负数"))
            }
        }
        for e in figures.validationErrors { out.append(ReportCheck(.table2Figures, ok: false, detail: e)) }
        return out
    }

    /// One result per identity (for JSON and the TUI).
    public func checkSummary() -> [ReportCheck] {
        ReportCheck.summarise(checks(), over: [.table2NonNegative, .table2Figures])
    }

    /// The four official sub-tables as (title, header, rows); shared by text and CSV output.
    public var blocks: [(title: String, header: [String], rows: [[String]])] {
        let f = figures
        typealias W = StatutoryLabels
        return [
            (W.article20Item1, [W.content, W.issuedThisYear, W.repealedThisYear, W.inForce], [
                [W.regulations, String(regulations.issued), String(regulations.repealed), String(regulations.inForce)],
                [W.normativeDocuments, String(normativeDocuments.issued), String(normativeDocuments.repealed),
                 String(normativeDocuments.inForce)],
            ]),
            (W.article20Item5, [W.content, W.decisionsThisYear], [[W.licensing, String(f.licensingDecisions)]]),
            (W.article20Item6, [W.content, W.decisionsThisYear], [
                [W.penalty, String(f.penaltyDecisions)], [W.compulsion, String(f.compulsionDecisions)],
            ]),
            (W.article20Item8, [W.content, W.feesThisYear], [
                [W.fees, ReportFigures.formatAmount(f.feeAmount)],
            ]),
        ]
    }
}

extension DocumentRegisterCounts {
    /// Table 二's 规章/规范性文件 row from the register's count for the year (立改废, section 6).
    public init(_ counts: RegisterYearCounts) {
        self.init(issued: counts.issued, repealed: counts.repealed, inForce: counts.inForceAtYearEnd)
    }
}
