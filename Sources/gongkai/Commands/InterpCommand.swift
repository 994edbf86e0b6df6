import ArgumentParser
import Foundation
import GongkaiCore
import GongkaiStore

/// `gongkai interp` — 政策解读 and the 三同步 rule (同步组织、同步审签、同步部署; 谁起草、谁解读;
/// 国办发〔2016〕80号). Forms and elements accept codes or Chinese names.
struct InterpCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "interp",
            abstract: CLIText.Help.InterpCommand.abstract.text(),
            subcommands: [Add.self, Show.self, Tick.self, Status.self, Stats.self, Submit.self, Approve.self,
                          Return.self, Publish.self, Settings.self])
    }

    static func forms(_ text: String) throws -> [InterpretationForm] {
        switch InterpretationForm.parseList(text) {
        case .success(let forms) where !forms.isEmpty: return forms
        case .success: throw CLIError(CLIText.Documents.formsEmpty.text([CLIText.list(InterpretationForm.allCases.map(\.displayName))]))
        case .failure(let e): throw CLIError(e.description)
        }
    }

    static func elements(_ names: [String]) throws -> [InterpretationElement] {
        let parts = names.flatMap { $0.split(whereSeparator: InputWords.listSeparators.contains).map(String.init) }
        return try parts.map { try DateArgument.code($0, InterpretationElement.self, option: CLIText.Documents.elementOption.text()) }
    }

    static func printDetail(_ d: InterpretationDetail) {
        Console.out(CLIText.Documents.interpHeader.text([d.id, d.doc, d.documentTitle, d.state.displayName]))
        Console.out(CLIText.Documents.interpUnit.text([d.unitName])
                    + (d.unitReason.map { CLIText.Documents.notDrafter.text([$0]) } ?? CLIText.Documents.drafter.text())
                    + CLIText.Documents.leader.text([d.leader ?? CLIText.Common.notFilled.text()]))
        Console.out(CLIText.Documents.forms.text([CLIText.list(d.forms.map(\.displayName))]))
        Console.out(CLIText.Documents.elements.text([InterpretationElement.allCases
            .map { (d.elements.contains($0) ? "[x]" : "[ ]") + $0.displayName }.joined(separator: " ")]))
        Console.out(CLIText.Documents.created.text([d.created.iso]) + (d.approved.map { CLIText.Documents.approved.text([$0.iso]) } ?? "")
                    + (d.published.map { CLIText.Documents.published.text([$0.iso]) } ?? ""))
    }

    struct Add: ParsableCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(
                commandName: "add",
                abstract: CLIText.Help.InterpCommand.addAbstract.text())
        }
        @OptionGroup var global: GlobalOptions
        @Option(help: ArgumentHelp(CLIText.Help.Common.id)) var doc: String
        @Option(help: ArgumentHelp(CLIText.Help.InterpCommand.addForms)) var forms: String
        @Option(help: ArgumentHelp(CLIText.Help.InterpCommand.addUnit)) var unit: String?
        @Option(help: ArgumentHelp(CLIText.Help.InterpCommand.addReason)) var reason: String?
        @Option(help: ArgumentHelp(CLIText.Help.InterpCommand.addLeader)) var leader: String?
        @Option(help: ArgumentHelp(CLIText.Help.InterpCommand.addBodyFile)) var bodyFile: String?
        @Option(help: ArgumentHelp(CLIText.Help.Common.format)) var format: OutputFormat = .text

        func run() throws {
            let forms = try InterpCommand.forms(self.forms)
            var body = ""
            if let path = bodyFile {
                guard let data = (try? OfficerSide.files.read(path)) else {
                    throw CLIError(CLIText.Documents.cannotReadInterpBody.text([path]))
                }
                body = try BodyFile.text(data, path: path, notUTF8: CLIText.Documents.interpBodyNotUTF8.text([path]))
            }
            let context = try WorkspaceContext.open(global, origin: "cli:interp add")
            let detail = try context.service.addInterpretation(AddInterpretationRequest(
                documentId: doc, forms: forms, unit: unit, reason: reason, leader: leader, body: body))
            switch format {
            case .json: try Console.json(detail)
            case .text: Console.out(CLIText.Documents.interpCreated.text()); InterpCommand.printDetail(detail)
            }
        }
    }

    struct Show: ParsableCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(commandName: "show", abstract: CLIText.Help.InterpCommand.showAbstract.text())
        }
        @OptionGroup var global: GlobalOptions
        @Argument(help: ArgumentHelp(CLIText.Help.InterpCommand.showId)) var id: String?
        @Option(help: ArgumentHelp(CLIText.Help.Common.id)) var doc: String?
        @Option(help: ArgumentHelp(CLIText.Help.Common.format)) var format: OutputFormat = .text

        func run() throws {
            let context = try WorkspaceContext.open(global, origin: "cli:interp show")
            let list: [InterpretationDetail]
            if let id { list = [try context.service.interpretation(id: id)] }
            else if let doc { list = try context.service.interpretations(doc: doc) }
            else { throw CLIError(CLIText.Documents.needIdOrDoc.text()) }
            switch format {
            case .json: try Console.json(list)
            case .text:
                if list.isEmpty { Console.out(CLIText.Documents.noInterpretations.text()) }
                for d in list { InterpCommand.printDetail(d); Console.out(d.body.isEmpty ? CLIText.Documents.emptyBody.text() : d.body) }
            }
        }
    }

    struct Tick: ParsableCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(
                commandName: "tick",
                abstract: CLIText.Help.InterpCommand.tickAbstract.text())
        }
        @OptionGroup var global: GlobalOptions
        @Argument(help: ArgumentHelp(CLIText.Help.InterpCommand.showId)) var id: String
        @Argument(help: ArgumentHelp(CLIText.Help.InterpCommand.tickElements)) var elements: [String]
        @Flag(help: ArgumentHelp(CLIText.Help.InterpCommand.tickOff)) var off = false
        @Option(help: ArgumentHelp(CLIText.Help.Common.format)) var format: OutputFormat = .text

        func run() throws {
            let elements = try InterpCommand.elements(self.elements)
            guard !elements.isEmpty else { throw CLIError(CLIText.Documents.needElements.text()) }
            let context = try WorkspaceContext.open(global, origin: "cli:interp tick")
            let d = try context.service.tickInterpretation(id: id, elements: elements, on: !off)
            switch format {
            case .json: try Console.json(d)
            case .text: InterpCommand.printDetail(d)
            }
        }
    }

    struct Status: ParsableCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(
                commandName: "status",
                abstract: CLIText.Help.InterpCommand.statusAbstract.text())
        }
        @OptionGroup var global: GlobalOptions
        @Option(help: ArgumentHelp(CLIText.Help.Common.id)) var doc: String
        @Option(help: ArgumentHelp(CLIText.Help.Common.format)) var format: OutputFormat = .text

        func run() throws {
            let context = try WorkspaceContext.open(global, origin: "cli:interp status")
            let c = try context.service.interpStatus(doc: doc)
            switch format {
            case .json: try Console.json(c)
            case .text:
                func mark(_ b: Bool) -> String { b ? CLIText.Common.yes.text() : CLIText.Common.no.text() }
                Console.out(CLIText.Documents.syncRequired.text([c.doc, mark(c.required)]))
                Console.out(CLIText.Documents.syncState.text([mark(c.organised), mark(c.signedTogether), mark(c.publishedTogether),
                                                        c.lagWorkdays.map { CLIText.Documents.workdays.text(["\($0)"]) } ?? "—"]))
                for p in c.problems {
                    Console.out(CLIText.Documents.syncProblem.text([p.code.displayName, p.message])
                                + (p.overrideReason.map { CLIText.Documents.syncOverridden.text([$0]) } ?? ""))
                }
            }
        }
    }

    struct Stats: ParsableCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(
                commandName: "stats",
                abstract: CLIText.Help.InterpCommand.statsAbstract.text())
        }
        @OptionGroup var global: GlobalOptions
        @Option(help: ArgumentHelp(CLIText.Help.InterpCommand.statsFrom)) var from: String
        @Option(help: ArgumentHelp(CLIText.Help.InterpCommand.statsTo)) var to: String
        @Option(help: ArgumentHelp(CLIText.Help.InterpCommand.statsUnit)) var unit: String?
        @Option(help: ArgumentHelp(CLIText.Help.Common.format)) var format: OutputFormat = .text

        func run() throws {
            let from = try DateArgument.parse(self.from, option: "--from")
            let to = try DateArgument.parse(self.to, option: "--to")
            let context = try WorkspaceContext.open(global, origin: "cli:interp stats")
            let s = try context.service.interpStats(from: from, to: to, unit: unit)
            switch format {
            case .json: try Console.json(s)
            case .text:
                for line in InterpretationStatsText.lines(s) { Console.out(line) }
            }
        }
    }

    struct StepOptions: ParsableArguments {
        @OptionGroup var global: GlobalOptions
        @Argument(help: ArgumentHelp(CLIText.Help.InterpCommand.showId)) var id: String
        @Option(help: ArgumentHelp(CLIText.Help.InterpCommand.stepOptionsComment)) var comment: String?
        @Option(help: ArgumentHelp(CLIText.Help.Common.format)) var format: OutputFormat = .text

        func perform(_ action: DocumentAction) throws {
            let context = try WorkspaceContext.open(global, origin: "cli:interp \(action.rawValue)")
            let step = try context.service.performInterpretationAction(action, id: id, comment: comment)
            switch format {
            case .json: try Console.json(step)
            case .text:
                Console.out(CLIText.Documents.step.text([id, step.from.displayName, step.to.displayName, action.displayName, step.actor, step.date.iso]))
            }
        }
    }

    struct Submit: ParsableCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(commandName: "submit", abstract: CLIText.Help.InterpCommand.submitAbstract.text())
        }
        @OptionGroup var options: StepOptions
        func run() throws { try options.perform(.submit) }
    }

    struct Approve: ParsableCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(commandName: "approve", abstract: CLIText.Help.InterpCommand.approveAbstract.text())
        }
        @OptionGroup var options: StepOptions
        func run() throws { try options.perform(.approve) }
    }

    struct Return: ParsableCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(commandName: "return", abstract: CLIText.Help.InterpCommand.returnAbstract.text())
        }
        @OptionGroup var options: StepOptions
        func run() throws { try options.perform(.returnToDraft) }
    }

    struct Publish: ParsableCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(commandName: "publish", abstract: CLIText.Help.InterpCommand.publishAbstract.text())
        }
        @OptionGroup var options: StepOptions
        func run() throws { try options.perform(.publish) }
    }

    struct Settings: ParsableCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(
                commandName: "settings",
                abstract: CLIText.Help.InterpCommand.settingsAbstract.text())
        }
        @OptionGroup var global: GlobalOptions
        @Option(help: ArgumentHelp(CLIText.Help.InterpCommand.settingsTags)) var tags: String?
        @Option(help: ArgumentHelp(CLIText.Help.InterpCommand.settingsLag)) var lag: Int?
        @Option(help: ArgumentHelp(CLIText.Help.Common.format)) var format: OutputFormat = .text

        func run() throws {
            let context = try WorkspaceContext.open(global, origin: "cli:interp settings")
            var settings = try context.service.interpretationSettings()
            if tags != nil || lag != nil {
                if let tags {
                    settings.requiredTags = tags.split(whereSeparator: InputWords.listSeparators.contains).map(String.init)
                }
                if let lag {
                    guard lag >= 0 else { throw CLIError(CLIText.Documents.lagNegative.text()) }
                    settings.allowedLagWorkdays = lag
                }
                settings = try context.service.setInterpretationSettings(settings)
            }
            switch format {
            case .json: try Console.json(settings)
            case .text:
                Console.out(CLIText.Documents.requiredKinds.text([CLIText.list(settings.requiredTags)]))
                Console.out(CLIText.Documents.allowedLag.text(["\(settings.allowedLagWorkdays)"])
                            + (settings.allowedLagWorkdays == 0 ? CLIText.Documents.sameDay.text() : ""))
            }
        }
    }
}
