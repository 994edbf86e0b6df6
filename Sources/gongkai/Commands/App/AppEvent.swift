import ArgumentParser
import GongkaiCore
import GongkaiStore

/// `gongkai app event ID KIND` — records one dated event (条例第三十条至第三十六条; C2–C4).
struct AppEvent: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "event",
        abstract: "登记办理环节。Record an event.",
        discussion: """
            KIND：clarify-request 补正告知（--correction-due）| clarify-received 收到补正 |
            consult-start 征求意见（--party third-party|agency）| consult-end 意见返回 |
            extend 延期（--days N --approver 姓名）| reply 答复（--outcome 代码）| withdraw 撤回 |
            fee-notice 收费通知（--count N 或 --pages N，--amount 元；不填金额按标准计算）| fee-paid 缴纳费用。
            日期默认今天。不合规则的记录被拒绝，不做任何修改；拒绝时写明规则和条款。
            管理员可以用 --override 理由 越过办理记录规则（记入审计日志并显示在办理记录中）。
            """)

    @OptionGroup var global: GlobalOptions

    @Argument(help: "申请编号，如 A2026-0001。")
    var id: String

    @Argument(help: "环节代码或中文名。")
    var kind: String

    @Option(help: ArgumentHelp("日期 YYYY-MM-DD（默认今天）。", valueName: "DATE"))
    var date: String?

    @Option(name: .customLong("correction-due"), help: ArgumentHelp("补正期限（补正告知）。", valueName: "DATE"))
    var correctionDue: String?

    @Option(help: "征求意见对象：third-party 第三方（默认）| agency 其他机关。")
    var party: String?

    @Option(help: "延期工作日天数（合计不超过 20）。")
    var days: Int?

    @Option(help: "延期批准人。")
    var approver: String?

    @Option(help: "答复类型代码或中文名，如 granted、withheld.third-party、other.no-correction。")
    var outcome: String?

    @Option(help: "备注（逾期收到补正时须写明有无正当理由）。")
    var note: String?

    @Option(help: ArgumentHelp("收费金额（元，收费通知）；不填按国办函〔2020〕109号标准计算。", valueName: "YUAN"))
    var amount: Int?

    @Option(help: "按件计收的件数（收费通知；与 --pages 二选一）。")
    var count: Int?

    @Option(help: "按量计收的页数（收费通知；与 --count 二选一）。")
    var pages: Int?

    @Option(name: .customLong("override"), help: ArgumentHelp("越过办理记录规则的理由（仅管理员）。", valueName: "REASON"))
    var overrideReason: String?

    @Option(help: "输出格式 text|json。")
    var format: OutputFormat = .text

    func run() throws {
        let kind = try DateArgument.code(self.kind, ApplicationEventKind.self, option: "KIND")
        let context = try WorkspaceContext.open(global, origin: "cli:app-event")
        let service = context.service
        let day = try date.map { try DateArgument.parse($0, option: "--date") } ?? service.today()
        let event = ApplicationEvent(
            kind: kind, date: day,
            correctionDue: try correctionDue.map { try DateArgument.parse($0, option: "--correction-due") },
            // 第三方 (条例第三十二条) is the usual consultation; --party agency for 第三十四条.
            party: try party.map { try DateArgument.code($0, ConsultParty.self, option: "--party") }
                ?? (kind == .consultStart ? .thirdParty : nil),
            days: days, approver: approver,
            outcome: try outcome.map { try DateArgument.code($0, ApplicationOutcome.self, option: "--outcome") },
            note: note, amount: amount, feeCount: count, pages: pages)
        let detail = try service.recordEvent(applicationId: id, event, overrideReason: overrideReason)
        try AppShow.print(detail, format: format)
    }

}
