import ArgumentParser
import Foundation
import GongkaiCore
import GongkaiStore

/// `gongkai inspect` — 政府网站与政务新媒体巡检: inspection records and the report of columns not
/// updated within the staleness period (Docs/领域规则.md §9).
struct InspectCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "inspect",
            abstract: CLIText.Help.InspectCommand.abstract.text(),
            subcommands: [Add.self, List.self, Fix.self, Stale.self])
    }

    static func checks(_ text: String) throws -> [InspectionCheck] {
        switch InspectionCheck.parseList(text) {
        case .success(let c): return c
        case .failure(let e): throw CLIError(e.description)
        }
    }

    static func line(_ r: InspectionRecord) -> String {
        let i = r.inspection
        let result = i.foundProblems
            ? (i.fixedOn.map { CLIText.Registers.fixedOn.text([$0.iso]) } ?? CLIText.Registers.toFix.text())
            : CLIText.Registers.noProblems.text()
        return CLIText.Registers.inspectionLine.text([i.id, i.date.iso, r.unitName, i.channelKind.displayName, i.channel, i.inspector, result])
    }

    static func printDetail(_ r: InspectionRecord) {
        let i = r.inspection
        Console.out(line(r))
        Console.out(CLIText.Registers.checks.text([InspectionCheck.allCases.map { c in
            !i.checks.contains(c) ? CLIText.Registers.checkNotDone.text([c.displayName])
                : (i.failed.contains(c) ? CLIText.Registers.checkFailed.text([c.displayName]) : CLIText.Registers.checkPassed.text([c.displayName]))
        }.joined(separator: "  ")]))
        if !i.problems.isEmpty { Console.out(CLIText.Registers.problemsFound.text([i.problems])) }
    }

    struct Add: ParsableCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(commandName: "add", abstract: CLIText.Help.InspectCommand.addAbstract.text())
        }
        @OptionGroup var global: GlobalOptions
        @Option(help: ArgumentHelp(CLIText.Help.Common.unit)) var unit: String?
        @Option(help: ArgumentHelp(CLIText.Help.InspectCommand.addDate)) var date: String?
        @Option(help: ArgumentHelp(CLIText.Help.InspectCommand.addInspector)) var inspector: String
        @Option(help: ArgumentHelp(CLIText.Help.InspectCommand.addKind)) var kind: String = "website"
        @Option(help: ArgumentHelp(CLIText.Help.InspectCommand.addChannel)) var channel: String
        @Option(help: ArgumentHelp(CLIText.Help.InspectCommand.addChecks)) var checks: String?
        @Option(help: ArgumentHelp(CLIText.Help.InspectCommand.addFailed)) var failed: String?
        @Option(help: ArgumentHelp(CLIText.Help.InspectCommand.addProblems)) var problems: String = ""
        @Option(help: ArgumentHelp(CLIText.Help.InspectCommand.addFixedOn)) var fixedOn: String?
        @Option(help: ArgumentHelp(CLIText.Help.Common.format)) var format: OutputFormat = .text

        func run() throws {
            let kind = try DateArgument.code(self.kind, InspectionChannelKind.self, option: "--kind")
            let checks = try self.checks.map(InspectCommand.checks) ?? InspectionCheck.allCases
            let failed = try self.failed.map(InspectCommand.checks) ?? []
            let date = try self.date.map { try DateArgument.parse($0, option: "--date") }
            let fixed = try fixedOn.map { try DateArgument.parse($0, option: "--fixed-on") }
            let context = try WorkspaceContext.open(global, origin: "cli:inspect add")
            let r = try context.service.addInspection(AddInspectionRequest(
                unit: unit, date: date, inspector: inspector, channelKind: kind, channel: channel, checks: checks,
                failed: failed, problems: problems, fixedOn: fixed))
            switch format {
            case .json: try Console.json(r)
            case .text: Console.out(CLIText.Registers.registered.text()); InspectCommand.printDetail(r)
            }
        }
    }

    struct List: ParsableCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(commandName: "list", abstract: CLIText.Help.InspectCommand.listAbstract.text())
        }
        @OptionGroup var global: GlobalOptions
        @Option(help: ArgumentHelp(CLIText.Help.InspectCommand.listUnit)) var unit: String?
        @Option(help: ArgumentHelp(CLIText.Help.Common.format)) var format: OutputFormat = .text

        func run() throws {
            let context = try WorkspaceContext.open(global, origin: "cli:inspect list")
            let list = try context.service.inspections(unit: unit)
            switch format {
            case .json: try Console.json(list)
            case .text:
                if list.isEmpty { Console.out(CLIText.Registers.noInspections.text()) }
                for r in list { Console.out(InspectCommand.line(r)) }
            }
        }
    }

    struct Fix: ParsableCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(commandName: "fix", abstract: CLIText.Help.InspectCommand.fixAbstract.text())
        }
        @OptionGroup var global: GlobalOptions
        @Argument(help: ArgumentHelp(CLIText.Help.InspectCommand.fixId)) var id: String
        @Option(help: ArgumentHelp(CLIText.Help.InspectCommand.fixOn)) var on: String?
        @Option(help: ArgumentHelp(CLIText.Help.Common.format)) var format: OutputFormat = .text

        func run() throws {
            let date = try on.map { try DateArgument.parse($0, option: "--on") }
            let context = try WorkspaceContext.open(global, origin: "cli:inspect fix")
            let r = try context.service.fixInspection(id: id, on: date)
            switch format {
            case .json: try Console.json(r)
            case .text: Console.out(CLIText.Registers.fixRecorded.text()); InspectCommand.printDetail(r)
            }
        }
    }

    struct Stale: ParsableCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(
                commandName: "stale",
                abstract: CLIText.Help.InspectCommand.staleAbstract.text())
        }
        @OptionGroup var global: GlobalOptions
        @Option(help: ArgumentHelp(CLIText.Help.InspectCommand.staleDays)) var days: Int = CatalogCheck.defaultStalenessDays
        @Option(help: ArgumentHelp(CLIText.Help.InspectCommand.staleUnit)) var unit: String?
        @Option(help: ArgumentHelp(CLIText.Help.Common.format)) var format: OutputFormat = .text

        func run() throws {
            let context = try WorkspaceContext.open(global, origin: "cli:inspect stale")
            let report = try context.service.staleColumnReport(stalenessDays: days, unit: unit)
            switch format {
            case .json: try Console.json(report)
            case .text:
                if report.columns.isEmpty { Console.out(CLIText.Registers.noStaleColumns.text(["\(report.stalenessDays)"])) }
                for c in report.columns {
                    Console.out("\(c.path)  \(c.ownerUnitName ?? CLIText.Registers.noOwner.text())  "
                                + (c.lastUpdated.map { CLIText.Registers.lastUpdated.text([$0.iso]) }
                                    ?? CLIText.Registers.neverUpdated.text([c.since.iso]))
                                + CLIText.Registers.idle.text(["\(c.idleDays)", "\(c.periodDays)"]))
                }
            }
        }
    }
}
