import ArgumentParser
import Foundation
import GongkaiCore
import GongkaiStore

/// `gongkai consult` — 公众参与行政决策: decisions put to the public, the comments, the adoption and
/// the published feedback (Docs/领域规则.md §9). Methods accept codes or Chinese names.
struct ConsultCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "consult",
            abstract: CLIText.Help.ConsultCommand.abstract.text(),
            subcommands: [Add.self, List.self, Show.self, Close.self, Settings.self])
    }

    static func line(_ r: ConsultationRecord) -> String {
        let c = r.consultation
        return "\(c.id)  \(r.unitName)  \(c.decision)  \(c.opens.iso)~\(c.closes.iso)  \(r.status.displayName)"
            + (r.daysLeft.map { $0 >= 0 ? CLIText.Registers.daysLeft.text(["\($0)"]) : CLIText.Registers.daysPast.text(["\(-$0)"]) } ?? "")
    }

    static func printDetail(_ r: ConsultationRecord) {
        let c = r.consultation
        Console.out(line(r))
        Console.out(CLIText.Registers.scope.text([c.scope]))
        Console.out(CLIText.Registers.methods.text([CLIText.list(c.methods.map(\.displayName))]))
        Console.out(CLIText.Registers.period.text([c.opens.iso, c.closes.iso, "\(r.periodDays)"])
                    + (c.shortPeriodReason.map { CLIText.Registers.shortReason.text([$0]) } ?? ""))
        Console.out(CLIText.Registers.comments.text(["\(c.commentsReceived)"])
                    + (c.commentSummary.isEmpty ? "" : CLIText.Registers.commentSummary.text([c.commentSummary])))
        Console.out(CLIText.Registers.adoption.text([c.adoption ?? CLIText.Registers.notRecorded.text()]))
        Console.out(CLIText.Registers.feedback.text([c.feedback ?? CLIText.Registers.notRecorded.text()]))
        if let closed = c.closedOn {
            Console.out(CLIText.Registers.closedOn.text([closed.iso]) + (c.earlyCloseReason.map { CLIText.Registers.earlyClose.text([$0]) } ?? ""))
        }
    }

    struct Add: ParsableCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(commandName: "add", abstract: CLIText.Help.ConsultCommand.addAbstract.text())
        }
        @OptionGroup var global: GlobalOptions
        @Option(help: ArgumentHelp(CLIText.Help.Common.unit)) var unit: String?
        @Option(help: ArgumentHelp(CLIText.Help.ConsultCommand.addDecision)) var decision: String
        @Option(help: ArgumentHelp(CLIText.Help.ConsultCommand.addScope)) var scope: String
        @Option(help: ArgumentHelp(CLIText.Help.ConsultCommand.addMethods)) var methods: String
        @Option(help: ArgumentHelp(CLIText.Help.ConsultCommand.addOpens)) var opens: String
        @Option(help: ArgumentHelp(CLIText.Help.ConsultCommand.addCloses)) var closes: String
        @Option(help: ArgumentHelp(CLIText.Help.ConsultCommand.addShortReason)) var shortReason: String?
        @Option(help: ArgumentHelp(CLIText.Help.Common.format)) var format: OutputFormat = .text

        func run() throws {
            let methods: [ConsultationMethod]
            switch ConsultationMethod.parseList(self.methods) {
            case .success(let m): methods = m
            case .failure(let e): throw CLIError(e.description)
            }
            let opens = try DateArgument.parse(self.opens, option: "--opens")
            let closes = try DateArgument.parse(self.closes, option: "--closes")
            let context = try WorkspaceContext.open(global, origin: "cli:consult add")
            let r = try context.service.addConsultation(AddConsultationRequest(
                unit: unit, decision: decision, scope: scope, methods: methods, opens: opens, closes: closes,
                shortPeriodReason: shortReason))
            switch format {
            case .json: try Console.json(r)
            case .text: Console.out(CLIText.Registers.created.text()); ConsultCommand.printDetail(r)
            }
        }
    }

    struct List: ParsableCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(commandName: "list", abstract: CLIText.Help.ConsultCommand.listAbstract.text())
        }
        @OptionGroup var global: GlobalOptions
        @Option(help: ArgumentHelp(CLIText.Help.ConsultCommand.listUnit)) var unit: String?
        @Flag(help: ArgumentHelp(CLIText.Help.ConsultCommand.listOpen)) var open = false
        @Option(help: ArgumentHelp(CLIText.Help.Common.format)) var format: OutputFormat = .text

        func run() throws {
            let context = try WorkspaceContext.open(global, origin: "cli:consult list")
            let list = try context.service.consultations(unit: unit, openOnly: open)
            switch format {
            case .json: try Console.json(list)
            case .text:
                if list.isEmpty { Console.out(CLIText.Registers.noConsultations.text()) }
                for r in list { Console.out(ConsultCommand.line(r)) }
            }
        }
    }

    struct Show: ParsableCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(commandName: "show", abstract: CLIText.Help.ConsultCommand.showAbstract.text())
        }
        @OptionGroup var global: GlobalOptions
        @Argument(help: ArgumentHelp(CLIText.Help.ConsultCommand.showId)) var id: String
        @Option(help: ArgumentHelp(CLIText.Help.Common.format)) var format: OutputFormat = .text

        func run() throws {
            let context = try WorkspaceContext.open(global, origin: "cli:consult show")
            let r = try context.service.consultation(id: id)
            switch format {
            case .json: try Console.json(r)
            case .text: ConsultCommand.printDetail(r)
            }
        }
    }

    struct Close: ParsableCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(
                commandName: "close",
                abstract: CLIText.Help.ConsultCommand.closeAbstract.text())
        }
        @OptionGroup var global: GlobalOptions
        @Argument(help: ArgumentHelp(CLIText.Help.ConsultCommand.closeId)) var id: String
        @Option(help: ArgumentHelp(CLIText.Help.ConsultCommand.closeComments)) var comments: Int
        @Option(help: ArgumentHelp(CLIText.Help.ConsultCommand.closeSummary)) var summary: String = ""
        @Option(help: ArgumentHelp(CLIText.Help.ConsultCommand.closeAdoption)) var adoption: String
        @Option(help: ArgumentHelp(CLIText.Help.ConsultCommand.closeFeedback)) var feedback: String
        @Option(help: ArgumentHelp(CLIText.Help.ConsultCommand.closeEarlyReason)) var earlyReason: String?
        @Option(help: ArgumentHelp(CLIText.Help.Common.format)) var format: OutputFormat = .text

        func run() throws {
            let context = try WorkspaceContext.open(global, origin: "cli:consult close")
            let r = try context.service.closeConsultation(id: id, CloseConsultationRequest(
                commentsReceived: comments, summary: summary, adoption: adoption, feedback: feedback, earlyReason: earlyReason))
            switch format {
            case .json: try Console.json(r)
            case .text: Console.out(CLIText.Registers.closed.text()); ConsultCommand.printDetail(r)
            }
        }
    }

    struct Settings: ParsableCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(
                commandName: "settings",
                abstract: CLIText.Help.ConsultCommand.settingsAbstract.text())
        }
        @OptionGroup var global: GlobalOptions
        @Option(help: ArgumentHelp(CLIText.Help.ConsultCommand.settingsMinPublicDays)) var minPublicDays: Int?
        @Option(help: ArgumentHelp(CLIText.Help.ConsultCommand.settingsClosingSoonDays)) var closingSoonDays: Int?
        @Option(help: ArgumentHelp(CLIText.Help.Common.format)) var format: OutputFormat = .text

        func run() throws {
            let context = try WorkspaceContext.open(global, origin: "cli:consult settings")
            var s = try context.service.consultationSettings()
            if minPublicDays != nil || closingSoonDays != nil {
                if let v = minPublicDays { s.minimumPublicCommentDays = v }
                if let v = closingSoonDays { s.closingSoonDays = v }
                s = try context.service.setConsultationSettings(s)
            }
            switch format {
            case .json: try Console.json(s)
            case .text:
                Console.out(CLIText.Registers.minimumDays.text(["\(s.minimumPublicCommentDays)"])
                            + (s.minimumPublicCommentDays == 0 ? CLIText.Registers.notChecked.text() : ""))
                Console.out(CLIText.Registers.closingSoonDays.text(["\(s.closingSoonDays)"]))
            }
        }
    }
}
