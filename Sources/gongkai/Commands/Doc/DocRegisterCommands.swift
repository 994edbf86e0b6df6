import ArgumentParser
import GongkaiCore
import GongkaiStore

/// `gongkai doc amend ID --by ID2` — 立改废: document ID is amended by ID2.
struct DocAmend: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "amend", abstract: CLIText.Help.DocRegisterCommands.docAmendAbstract.text())
    }

    @OptionGroup var global: GlobalOptions
    @Argument(help: ArgumentHelp(CLIText.Help.DocRegisterCommands.docAmendId)) var id: String
    @Option(help: ArgumentHelp(CLIText.Help.DocRegisterCommands.docAmendBy)) var by: String
    @Option(help: ArgumentHelp(CLIText.Help.Common.format)) var format: OutputFormat = .text

    func run() throws {
        let context = try WorkspaceContext.open(global, origin: "cli:doc amend")
        let d = try context.service.amendDocument(id: id, by: by)
        switch format {
        case .json: try Console.json(d)
        case .text: Console.out(CLIText.Documents.amendedBy.text([d.id, by, d.amendedOn?.iso ?? "", d.regulationStatus?.displayName ?? ""]))
        }
    }
}

/// `gongkai doc repeal ID --date DATE` — 立改废: document ID is repealed from DATE.
struct DocRepeal: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "repeal", abstract: CLIText.Help.DocRegisterCommands.docRepealAbstract.text())
    }

    @OptionGroup var global: GlobalOptions
    @Argument(help: ArgumentHelp(CLIText.Help.Common.id)) var id: String
    @Option(help: ArgumentHelp(CLIText.Help.DocRegisterCommands.docRepealDate, valueName: "DATE")) var date: String
    @Option(help: ArgumentHelp(CLIText.Help.Common.format)) var format: OutputFormat = .text

    func run() throws {
        let day = try DateArgument.parse(date, option: "--date")
        let context = try WorkspaceContext.open(global, origin: "cli:doc repeal")
        let d = try context.service.repealDocument(id: id, date: day)
        switch format {
        case .json: try Console.json(d)
        case .text: Console.out(CLIText.Documents.repealedFrom.text([d.id, day.iso, d.regulationStatus?.displayName ?? ""]))
        }
    }
}

/// `gongkai doc register [--year Y]` — the 规章 and 规范性文件 register with status and the year's counts.
struct DocRegisterCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "register", abstract: CLIText.Help.DocRegisterCommands.docRegisterCommandAbstract.text())
    }

    @OptionGroup var global: GlobalOptions
    @Option(help: ArgumentHelp(CLIText.Help.DocRegisterCommands.docRegisterCommandYear)) var year: Int?
    @Option(help: ArgumentHelp(CLIText.Help.Common.format)) var format: OutputFormat = .text

    func run() throws {
        let context = try WorkspaceContext.open(global, origin: "cli:doc register")
        let r = try context.service.documentRegister(year: year)
        switch format {
        case .json: try Console.json(r)
        case .text:
            Console.out(CLIText.Documents.registerTitle.text(["\(r.year)", r.asOf.iso]))
            for line in r.entries {
                let e = line.entry
                Console.out([e.id, e.type.displayName, line.status.displayName + (line.needsEvaluation ? CLIText.Documents.needsReview.text() : ""),
                             e.issued.iso, e.validUntil.map { CLIText.Documents.until.text([$0.iso]) } ?? "-", e.docNumber ?? "-", e.title]
                    .joined(separator: "\t"))
            }
            for c in r.counts {
                Console.out(CLIText.Documents.registerSummary.text([c.type.displayName, "\(c.issued)", "\(c.repealed)", "\(c.inForceAtYearEnd)"]))
            }
        }
    }
}
