import Foundation
import GongkaiCore
import GongkaiStore

/// 导出内容 — the lists that can be exported. Each kind reads through the service door with the
/// officer's scope (own unit, or all units for the county office) and yields an `ExportTable`,
/// which all four formats write: adding a kind is one case here and one `table` branch.
public enum ExportKind: String, Sendable, CaseIterable, Codable {
    /// 依申请公开登记台账 (internal: applicant names included, ID numbers and contacts never).
    case applications
    /// 文件目录.
    case documents
    /// 规章和行政规范性文件台账 (立改废).
    case register
    /// 待办事项.
    case review
    /// 审计日志.
    case audit
    /// 现行权责清单 (现行 and 调整; never 取消), per unit.
    case duties
    /// 公众参与行政决策.
    case consultations
    /// 政府网站与政务新媒体巡检记录.
    case inspections

    public var chineseName: String {
        switch self {
        case .applications: return "依申请公开登记台账"
        case .documents: return "文件目录"
        case .register: return "规范性文件台账"
        case .review: return "待办事项"
        case .audit: return "审计日志"
        case .duties: return "权责清单"
        case .consultations: return "公众参与"
        case .inspections: return "网站巡检"
        }
    }
}

/// 导出条件 — `--year`, `--unit`, `--mask`.
public struct ExportOptions: Sendable, Equatable {
    /// 申请: year of receipt; 文件: year formed; 台账: the register as at the end of that year;
    /// 审计: entries of that year; 公众参与: year of the opening date; 巡检: year of the inspection.
    /// Ignored by 待办 (always today's queue) and 权责清单 (always the list in force today).
    public var year: Int?
    /// Unit id or name (applications, documents, register and the three registers). Ignored by 待办 and 审计.
    public var unit: String?
    /// 遮蔽 — natural persons' names as 张* in the applications export.
    public var mask: Bool

    public init(year: Int? = nil, unit: String? = nil, mask: Bool = false) {
        self.year = year
        self.unit = unit
        self.mask = mask
    }
}

extension ExportKind {
    public func table(_ service: GongkaiService, _ options: ExportOptions = ExportOptions()) throws -> ExportTable {
        switch self {
        case .applications:
            let fields: [ApplicationField] = [.id, .applicantName, .applicantType, .received, .channel, .content, .unit,
                                              .formWanted, .replyDate, .outcome, .state, .due]
            let rows = try service.applicationLedger(year: options.year, unit: options.unit).map { a -> [String] in
                let name = options.mask && a.applicantType == .naturalPerson ? PersonalData.maskName(a.applicantName) : a.applicantName
                let closed = a.withdrawn.map { ($0.iso, "撤回") } ?? (a.replyDate?.iso ?? "", a.outcome?.chineseName ?? "")
                return [a.id, name, a.applicantType.chineseName, a.received.iso, a.channel.chineseName, a.content,
                        a.unitName, a.formWanted ?? "", closed.0, closed.1, a.state.chineseName, a.due?.iso ?? ""]
            }
            return ExportTable(title: chineseName, fields: fields, rows: rows)
        case .documents:
            let fields = DocumentField.allCases
            let rows = try service.documentLedger(year: options.year, unit: options.unit).map { d -> [String] in
                fields.map { f in
                    switch f {
                    case .id: return d.id
                    case .title: return d.title
                    case .docNumber: return d.docNumber ?? ""
                    case .type: return d.type.chineseName
                    case .attribute: return d.attribute?.chineseName ?? ""
                    case .withheldReason: return d.withheldReason?.chineseName ?? ""
                    case .unit: return d.unitName
                    case .formed: return d.formed.iso
                    case .state: return d.state.chineseName
                    case .published: return d.published?.iso ?? ""
                    case .category: return d.category ?? ""
                    case .validUntil: return d.validUntil?.iso ?? ""
                    case .channels: return d.channels.joined(separator: "、")
                    case .tags: return d.tags.joined(separator: "、")
                    case .body: return d.body
                    }
                }
            }
            return ExportTable(title: chineseName, fields: fields, rows: rows)
        case .register:
            let register = try service.documentRegister(year: options.year)
            let unitName = try options.unit.map { try service.unit($0).name }
            let columns = [("id", "编号"), ("title", "标题"), ("docNumber", "文号"), ("type", "文件类型"),
                           ("unit", "发文单位"), ("issued", "成文日期"), ("validUntil", "有效期至"),
                           ("status", "效力状态"), ("amendedBy", "修改文件"), ("amendedOn", "修改日期"),
                           ("repealedOn", "废止日期"), ("needsEvaluation", "需评估")]
            let rows = register.entries.filter { unitName == nil || $0.unitName == unitName }.map { l -> [String] in
                let e = l.entry
                return [e.id, e.title, e.docNumber ?? "", e.type.chineseName, l.unitName, e.issued.iso,
                        e.validUntil?.iso ?? "", l.status.chineseName, e.amendedBy ?? "", e.amendedOn?.iso ?? "",
                        e.repealed?.iso ?? "", l.needsEvaluation ? "是" : ""]
            }
            return ExportTable(title: chineseName + "（截至 \(register.asOf.iso)）",
                               columns: columns.map { .init(key: $0.0, header: $0.1) }, rows: rows)
        case .review:
            let columns = [("kind", "类别"), ("id", "编号"), ("title", "事项"), ("due", "期限"), ("overdue", "逾期"),
                           ("reason", "说明")]
            let rows = try service.reviewQueue().map { i in
                [i.kind.chineseName, i.id, i.title, i.due?.iso ?? "", i.overdue ? "是" : "", i.reason]
            }
            return ExportTable(title: chineseName, columns: columns.map { .init(key: $0.0, header: $0.1) }, rows: rows)
        case .audit:
            let since = options.year.flatMap { CivilDate(year: $0, month: 1, day: 1) }
            let columns = [("at", "时间"), ("actor", "操作人"), ("realActor", "实际操作人"), ("action", "操作"),
                           ("item", "事项"), ("origin", "来源"), ("before", "变更前"), ("after", "变更后")]
            let entries = try service.auditEntries(AuditQuery(since: since, limit: Int.max))
                .filter { e in options.year.map { e.at.hasPrefix("\($0)-") } ?? true }
            let rows = entries.map { e in
                [e.at, e.actor, e.realActor ?? "", e.action, e.item ?? "", e.origin, e.before ?? "", e.after ?? ""]
            }
            return ExportTable(title: chineseName, columns: columns.map { .init(key: $0.0, header: $0.1) }, rows: rows)
        case .duties:
            let lists = try service.currentDutyLists(unit: options.unit)
            return .duties(lists.flatMap(\.entries),
                           title: chineseName + "（截至 \((lists.first?.asOf ?? service.today()).iso)）")
        case .consultations:
            return .consultations(try service.consultations(unit: options.unit)
                .filter { r in options.year.map { r.consultation.opens.year == $0 } ?? true })
        case .inspections:
            return .inspections(try service.inspections(unit: options.unit)
                .filter { r in options.year.map { r.inspection.date.year == $0 } ?? true })
        }
    }
}
