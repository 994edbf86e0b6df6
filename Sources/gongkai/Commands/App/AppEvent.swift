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
            extend 延期（--days N --approver 姓名）| reply 答复（--outcome 代码）| withdraw 撤回。
            日期默认今天。不合规则的记录被拒绝，不做任何修改。
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

    @Option(help: "备注。")
    var note: String?

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
            note: note)
        let detail = try service.recordEvent(applicationId: id, event)
        try AppShow.print(detail, format: format)
    }

}
