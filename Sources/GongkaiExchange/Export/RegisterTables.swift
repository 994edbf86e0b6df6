import GongkaiCore
import GongkaiStore

/// 登记簿表格 — the columns of the three registers as files. Each is defined once here:
/// `gongkai export duties|consultations|inspections` and `gongkai duties list --format csv` write
/// these tables, so the two commands cannot drift apart.
extension ExportTable {
    /// 权责清单 — one line per entry, numbered from 1 (序号) in list order (unit, kind, name).
    public static func duties(_ records: [DutyRecord], title: String = ExportKind.duties.chineseName) -> ExportTable {
        let columns = [("seq", "序号"), ("id", "编号"), ("unit", "单位"), ("kind", "类别"), ("name", "事项名称"),
                       ("legalBasis", "设定依据"), ("responsibleUnit", "实施主体"), ("procedure", "办理流程"),
                       ("timeLimit", "办理时限"), ("supervisionPhone", "监督电话"), ("state", "状态"),
                       ("stateDate", "状态日期")]
        let rows = records.enumerated().map { n, r in
            [String(n + 1), r.id, r.unitName, r.kind.chineseName, r.name, r.legalBasis, r.responsibleUnit, r.procedure,
             r.timeLimit, r.supervisionPhone, r.state.chineseName, r.stateDate?.iso ?? ""]
        }
        return ExportTable(title: title, columns: columns.map { Column(key: $0.0, header: $0.1) }, rows: rows)
    }

    /// 公众参与 — every field of the consultation, the comment summary included (an internal list;
    /// the published site leaves the summary out, see `PublishedConsultation`).
    public static func consultations(_ records: [ConsultationRecord]) -> ExportTable {
        let columns = [("id", "编号"), ("unit", "单位"), ("decision", "决策事项"), ("scope", "征集范围"),
                       ("methods", "参与方式"), ("opens", "开始日期"), ("closes", "截止日期"), ("periodDays", "期间天数"),
                       ("status", "状态"), ("commentsReceived", "收到意见数"), ("commentSummary", "意见概要"),
                       ("adoption", "采纳情况"), ("feedback", "公开反馈"), ("closedOn", "办结日期"),
                       ("shortPeriodReason", "缩短期间理由"), ("earlyCloseReason", "提前办结理由")]
        let rows = records.map { r -> [String] in
            let c = r.consultation
            return [c.id, r.unitName, c.decision, c.scope, c.methods.map(\.chineseName).joined(separator: "、"),
                    c.opens.iso, c.closes.iso, String(r.periodDays), r.status.chineseName, String(c.commentsReceived),
                    c.commentSummary, c.adoption ?? "", c.feedback ?? "", c.closedOn?.iso ?? "",
                    c.shortPeriodReason ?? "", c.earlyCloseReason ?? ""]
        }
        return ExportTable(title: ExportKind.consultations.chineseName,
                           columns: columns.map { Column(key: $0.0, header: $0.1) }, rows: rows)
    }

    /// 网站巡检 — one line per inspection, newest first.
    public static func inspections(_ records: [InspectionRecord]) -> ExportTable {
        let columns = [("id", "编号"), ("unit", "单位"), ("date", "巡检日期"), ("inspector", "巡检人"),
                       ("channelKind", "渠道类别"), ("channel", "渠道"), ("checks", "检查项"), ("failed", "未通过项"),
                       ("problems", "发现问题"), ("fixedOn", "整改日期"), ("awaitingFix", "待整改")]
        let rows = records.map { r -> [String] in
            let i = r.inspection
            return [i.id, r.unitName, i.date.iso, i.inspector, i.channelKind.chineseName, i.channel,
                    i.checks.map(\.chineseName).joined(separator: "、"), i.failed.map(\.chineseName).joined(separator: "、"),
                    i.problems, i.fixedOn?.iso ?? "", r.awaitingFix ? "是" : ""]
        }
        return ExportTable(title: ExportKind.inspections.chineseName,
                           columns: columns.map { Column(key: $0.0, header: $0.1) }, rows: rows)
    }
}
