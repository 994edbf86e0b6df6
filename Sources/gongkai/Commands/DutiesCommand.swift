import ArgumentParser
import Foundation
import GongkaiCore
import GongkaiExchange
import GongkaiStore

/// `gongkai duties` — 权责清单 / 机构职能目录: each unit's powers and duties (Docs/领域规则.md §9).
/// Kinds accept codes or Chinese names (`--kind 行政许可`).
struct DutiesCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "duties",
            abstract: CLIText.Help.DutiesCommand.abstract.text(),
            subcommands: [Add.self, List.self, Show.self, Update.self])
    }

    enum ListFormat: String, ExpressibleByArgument, CaseIterable { case text, json, csv }

    static func line(_ r: DutyRecord) -> String {
        "\(r.id)  \(r.unitName)  [\(r.kind.displayName)]  \(r.name)  \(r.state.displayName)"
            + (r.stateDate.map { " \($0.iso)" } ?? "")
    }

    static func printDetail(_ d: DutyDetail) {
        let r = d.entry
        Console.out(line(r))
        Console.out(CLIText.Registers.legalBasis.text([r.legalBasis]))
        Console.out(CLIText.Registers.responsibleUnit.text([r.responsibleUnit]))
        let notFilled = CLIText.Common.notFilled.text()
        Console.out(CLIText.Registers.procedure.text([r.procedure.isEmpty ? notFilled : r.procedure]))
        Console.out(CLIText.Registers.timeLimitAndPhone.text([r.timeLimit.isEmpty ? notFilled : r.timeLimit,
                                                         r.supervisionPhone.isEmpty ? notFilled : r.supervisionPhone]))
        Console.out(CLIText.Registers.version.text(["\(r.version)"]))
        for v in d.history {
            Console.out(CLIText.Registers.versionLine.text(["\(v.version)", v.change.displayName, v.changedOn.iso, v.actor])
                        + (v.reason.map { CLIText.Registers.versionReason.text([$0]) } ?? "")
                        + CLIText.Registers.versionBefore.text([v.entry.name, v.entry.timeLimit, v.entry.legalBasis]))
        }
    }

    struct Add: ParsableCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(commandName: "add", abstract: CLIText.Help.DutiesCommand.addAbstract.text())
        }
        @OptionGroup var global: GlobalOptions
        @Option(help: ArgumentHelp(CLIText.Help.Common.unit)) var unit: String?
        @Option(help: ArgumentHelp(CLIText.Help.DutiesCommand.addKind)) var kind: String
        @Option(help: ArgumentHelp(CLIText.Help.DutiesCommand.addName)) var name: String
        @Option(help: ArgumentHelp(CLIText.Help.DutiesCommand.addBasis)) var basis: String
        @Option(help: ArgumentHelp(CLIText.Help.DutiesCommand.addResponsible)) var responsible: String?
        @Option(help: ArgumentHelp(CLIText.Help.DutiesCommand.addProcedure)) var procedure: String = ""
        @Option(help: ArgumentHelp(CLIText.Help.DutiesCommand.addTimeLimit)) var timeLimit: String = ""
        @Option(help: ArgumentHelp(CLIText.Help.DutiesCommand.addPhone)) var phone: String = ""
        @Option(help: ArgumentHelp(CLIText.Help.Common.format)) var format: OutputFormat = .text

        func run() throws {
            let kind = try DateArgument.code(self.kind, DutyKind.self, option: "--kind")
            let context = try WorkspaceContext.open(global, origin: "cli:duties add")
            let r = try context.service.addDuty(AddDutyRequest(unit: unit, kind: kind, name: name, legalBasis: basis,
                                                               responsibleUnit: responsible, procedure: procedure,
                                                               timeLimit: timeLimit, supervisionPhone: phone))
            switch format {
            case .json: try Console.json(r)
            case .text: Console.out(CLIText.Registers.added.text() + DutiesCommand.line(r))
            }
        }
    }

    struct List: ParsableCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(
                commandName: "list",
                abstract: CLIText.Help.DutiesCommand.listAbstract.text())
        }
        @OptionGroup var global: GlobalOptions
        @Option(help: ArgumentHelp(CLIText.Help.DutiesCommand.listUnit)) var unit: String?
        @Option(help: ArgumentHelp(CLIText.Help.DutiesCommand.listKind)) var kind: String?
        @Flag(help: ArgumentHelp(CLIText.Help.DutiesCommand.listCurrent)) var current = false
        @Option(help: ArgumentHelp(CLIText.Help.DutiesCommand.listFormat)) var format: ListFormat = .text

        func run() throws {
            let kind = try self.kind.map { try DateArgument.code($0, DutyKind.self, option: "--kind") }
            let context = try WorkspaceContext.open(global, origin: "cli:duties list")
            let records = try context.service.duties(DutyQuery(unit: unit, kind: kind, currentOnly: current))
            switch format {
            case .json:
                if current {
                    let lists = try context.service.currentDutyLists(unit: unit)
                    try Console.json(kind.map { k in lists.map { var l = $0; l.entries = l.entries.filter { $0.kind == k }; return l } } ?? lists)
                } else {
                    try Console.json(records)
                }
            case .csv:
                // The same table as `gongkai export duties` (ExportTable.duties — one definition of the columns).
                FileHandle.standardOutput.write(try ExportFormat.csv.data(ExportTable.duties(records)))
            case .text:
                if records.isEmpty { Console.out(current ? CLIText.Registers.noCurrentDuties.text() : CLIText.Registers.noDuties.text()) }
                for r in records { Console.out(DutiesCommand.line(r)) }
            }
        }
    }

    struct Show: ParsableCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(commandName: "show", abstract: CLIText.Help.DutiesCommand.showAbstract.text())
        }
        @OptionGroup var global: GlobalOptions
        @Argument(help: ArgumentHelp(CLIText.Help.DutiesCommand.showId)) var id: String
        @Option(help: ArgumentHelp(CLIText.Help.Common.format)) var format: OutputFormat = .text

        func run() throws {
            let context = try WorkspaceContext.open(global, origin: "cli:duties show")
            let d = try context.service.duty(id: id)
            switch format {
            case .json: try Console.json(d)
            case .text: DutiesCommand.printDetail(d)
            }
        }
    }

    struct Update: ParsableCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(
                commandName: "update",
                abstract: CLIText.Help.DutiesCommand.updateAbstract.text())
        }
        @OptionGroup var global: GlobalOptions
        @Argument(help: ArgumentHelp(CLIText.Help.DutiesCommand.updateId)) var id: String
        @Option(help: ArgumentHelp(CLIText.Help.DutiesCommand.updateKind)) var kind: String?
        @Option(help: ArgumentHelp(CLIText.Help.DutiesCommand.addName)) var name: String?
        @Option(help: ArgumentHelp(CLIText.Help.DutiesCommand.updateBasis)) var basis: String?
        @Option(help: ArgumentHelp(CLIText.Help.DutiesCommand.updateResponsible)) var responsible: String?
        @Option(help: ArgumentHelp(CLIText.Help.DutiesCommand.addProcedure)) var procedure: String?
        @Option(help: ArgumentHelp(CLIText.Help.DutiesCommand.updateTimeLimit)) var timeLimit: String?
        @Option(help: ArgumentHelp(CLIText.Help.DutiesCommand.addPhone)) var phone: String?
        @Flag(help: ArgumentHelp(CLIText.Help.DutiesCommand.updateCancel)) var cancel = false
        @Option(help: ArgumentHelp(CLIText.Help.DutiesCommand.updateDate)) var date: String?
        @Option(help: ArgumentHelp(CLIText.Help.DutiesCommand.updateReason)) var reason: String?
        @Option(help: ArgumentHelp(CLIText.Help.Common.format)) var format: OutputFormat = .text

        func run() throws {
            let kind = try self.kind.map { try DateArgument.code($0, DutyKind.self, option: "--kind") }
            let date = try self.date.map { try DateArgument.parse($0, option: "--date") }
            let context = try WorkspaceContext.open(global, origin: "cli:duties update")
            let d = try context.service.updateDuty(id: id, UpdateDutyRequest(
                kind: kind, name: name, legalBasis: basis, responsibleUnit: responsible, procedure: procedure,
                timeLimit: timeLimit, supervisionPhone: phone, cancel: cancel, date: date, reason: reason))
            switch format {
            case .json: try Console.json(d)
            case .text: Console.out(cancel ? CLIText.Registers.cancelled.text() : CLIText.Registers.amended.text()); DutiesCommand.printDetail(d)
            }
        }
    }
}
