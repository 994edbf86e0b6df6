import ArgumentParser
import GongkaiCore
import GongkaiStore

/// `gongkai report case add|update|list` — 表四 行政复议、行政诉讼案件.
struct ReportCaseCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "case",
            abstract: CLIText.Help.ReportCaseCommand.abstract.text(),
            subcommands: [Add.self, Update.self, List.self])
    }

    /// The fields of a case, as typed.
    struct Fields: ParsableArguments {
        @Option(help: ArgumentHelp(CLIText.Help.ReportCaseCommand.fieldsKind))
        var kind: String
        @Option(help: ArgumentHelp(CLIText.Help.ReportCaseCommand.fieldsFiled))
        var filed: String
        @Option(help: ArgumentHelp(CLIText.Help.ReportCaseCommand.fieldsResult))
        var result: String = "pending"
        @Option(help: ArgumentHelp(CLIText.Help.ReportCaseCommand.fieldsDecided))
        var decided: String?
        @Option(help: ArgumentHelp(CLIText.Help.ReportCaseCommand.fieldsUnit))
        var unit: String?
        @Option(help: ArgumentHelp(CLIText.Help.ReportCaseCommand.fieldsApplication))
        var application: String?
        @Option(help: ArgumentHelp(CLIText.Help.ReportCaseCommand.fieldsNote))
        var note: String?

        func input() throws -> ReviewCaseInput {
            let k = try DateArgument.code(kind, ReviewCaseKind.self, option: "--kind")
            let r: ReviewResult
            if let v = ReviewResult(codeOrName: result) ?? ReviewResult(codeOrName: InputWords.resultPrefix + result) {
                r = v
            } else {
                r = try DateArgument.code(result, ReviewResult.self, option: "--result")
            }
            let (fy, fd) = try Fields.yearOrDate(filed, option: "--filed")
            let decidedParts = try decided.map { try Fields.yearOrDate($0, option: "--decided") }
            return ReviewCaseInput(kind: k, filedYear: fy, filedDate: fd, result: r, decidedYear: decidedParts?.0,
                                   decidedDate: decidedParts?.1, unit: unit, applicationId: application, note: note)
        }

        static func yearOrDate(_ text: String, option: String) throws -> (Int, CivilDate?) {
            let t = text.trimmingCharacters(in: .whitespaces)
            if t.count == 4, let y = Int(t) { return (y, nil) }
            let d = try DateArgument.parse(t, option: option)
            return (d.year, d)
        }
    }

    struct Add: ParsableCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(commandName: "add", abstract: CLIText.Help.ReportCaseCommand.addAbstract.text())
        }
        @OptionGroup var global: GlobalOptions
        @OptionGroup var fields: Fields
        @Option(help: ArgumentHelp(CLIText.Help.Common.format)) var format: OutputFormat = .text

        func run() throws {
            let input = try fields.input()
            let context = try WorkspaceContext.open(global, origin: "cli:report case add")
            let c = try context.service.addReviewCase(input)
            try List.print([c], format: format)
        }
    }

    struct Update: ParsableCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(commandName: "update", abstract: CLIText.Help.ReportCaseCommand.updateAbstract.text())
        }
        @OptionGroup var global: GlobalOptions
        @Argument(help: ArgumentHelp(CLIText.Help.ReportCaseCommand.updateId)) var id: String
        @OptionGroup var fields: Fields
        @Option(help: ArgumentHelp(CLIText.Help.Common.format)) var format: OutputFormat = .text

        func run() throws {
            let input = try fields.input()
            let context = try WorkspaceContext.open(global, origin: "cli:report case update")
            let c = try context.service.updateReviewCase(id: id, input)
            try List.print([c], format: format)
        }
    }

    struct List: ParsableCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(commandName: "list", abstract: CLIText.Help.ReportCaseCommand.listAbstract.text())
        }
        @OptionGroup var global: GlobalOptions
        @Option(help: ArgumentHelp(CLIText.Help.ReportCaseCommand.listYear)) var year: Int?
        @Option(help: ArgumentHelp(CLIText.Help.ReportCaseCommand.listUnit)) var unit: String?
        @Option(help: ArgumentHelp(CLIText.Help.Common.format)) var format: OutputFormat = .text

        func run() throws {
            let context = try WorkspaceContext.open(global, origin: "cli:report case list")
            let scope = try unit.map { try context.service.reportScope($0) }
            try List.print(try context.service.reviewCases(year: year, scope: scope), format: format)
        }

        static func print(_ cases: [RecordedReviewCase], format: OutputFormat) throws {
            switch format {
            case .json: try Console.json(cases)
            case .text:
                if cases.isEmpty { Console.out(CLIText.Report.noCases.text()) }
                for c in cases {
                    let filed = c.filedDate?.iso ?? CLIText.Report.year.text(["\(c.filedYear)"])
                    let decided = c.decidedDate?.iso ?? c.decidedYear.map { CLIText.Report.year.text(["\($0)"]) }
                    Console.out([c.id, c.kind.displayName, CLIText.Report.filedOn.text([filed]), c.result.displayName + (decided.map { " " + $0 } ?? ""),
                                 c.unitName, c.applicationId ?? "-", c.note ?? ""].joined(separator: "\t"))
                }
            }
        }
    }
}
