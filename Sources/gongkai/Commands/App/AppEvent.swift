import ArgumentParser
import GongkaiCore
import GongkaiStore

/// `gongkai app event ID KIND` — records one dated event (条例第三十条至第三十六条; C2–C4).
struct AppEvent: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "event",
            abstract: CLIText.Help.AppEvent.abstract.text(),
            discussion: CLIText.Help.AppEvent.discussion.text())
    }

    @OptionGroup var global: GlobalOptions

    @Argument(help: ArgumentHelp(CLIText.Help.AppEvent.id))
    var id: String

    @Argument(help: ArgumentHelp(CLIText.Help.AppEvent.kind))
    var kind: String

    @Option(help: ArgumentHelp(CLIText.Help.AppEvent.date, valueName: "DATE"))
    var date: String?

    @Option(name: .customLong("correction-due"), help: ArgumentHelp(CLIText.Help.AppEvent.correctionDue, valueName: "DATE"))
    var correctionDue: String?

    @Option(help: ArgumentHelp(CLIText.Help.AppEvent.party))
    var party: String?

    @Option(help: ArgumentHelp(CLIText.Help.AppEvent.days))
    var days: Int?

    @Option(help: ArgumentHelp(CLIText.Help.AppEvent.approver))
    var approver: String?

    @Option(help: ArgumentHelp(CLIText.Help.AppEvent.outcome))
    var outcome: String?

    @Option(help: ArgumentHelp(CLIText.Help.AppEvent.note))
    var note: String?

    @Option(help: ArgumentHelp(CLIText.Help.AppEvent.amount, valueName: "YUAN"))
    var amount: Int?

    @Option(help: ArgumentHelp(CLIText.Help.AppEvent.count))
    var count: Int?

    @Option(help: ArgumentHelp(CLIText.Help.AppEvent.pages))
    var pages: Int?

    @Option(name: .customLong("override"), help: ArgumentHelp(CLIText.Help.AppEvent.overrideReason, valueName: "REASON"))
    var overrideReason: String?

    @Option(help: ArgumentHelp(CLIText.Help.Common.format))
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
