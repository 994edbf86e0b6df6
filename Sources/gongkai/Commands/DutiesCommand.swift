import ArgumentParser
import Foundation
import GongkaiCore
import GongkaiExchange
import GongkaiStore

/// `gongkai duties` — 权责清单 / 机构职能目录: each unit's powers and duties (Docs/领域规则.md §9).
/// Kinds accept codes or Chinese names (`--kind 行政许可`).
struct DutiesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "duties",
        abstract: "权责清单：新增、列出（现行清单可导出 csv）、查看、调整或取消。Powers and duties.",
        subcommands: [Add.self, List.self, Show.self, Update.self])

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
        static let configuration = CommandConfiguration(abstract: "新增权责事项（现行）。Add an entry.")
        @OptionGroup var global: GlobalOptions
        @Option(help: "单位（编号或名称；默认本单位）") var unit: String?
        @Option(help: "类别：行政许可、行政处罚、行政强制、行政征收、行政给付、行政检查、行政确认、行政奖励、行政裁决、其他（或代码 licensing、penalty …）") var kind: String
        @Option(help: "事项名称") var name: String
        @Option(help: "设定依据（法律法规条款）") var basis: String
        @Option(help: "实施主体 / 责任单位（默认本单位名称）") var responsible: String?
        @Option(help: "办理流程") var procedure: String = ""
        @Option(help: "办理时限，如“20个工作日”") var timeLimit: String = ""
        @Option(help: "监督电话") var phone: String = ""
        @Option(help: "输出格式 text|json。") var format: OutputFormat = .text

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
        static let configuration = CommandConfiguration(
            abstract: "列出权责事项；--current 只列现行清单（现行、调整），可 --format csv 导出。List entries.")
        @OptionGroup var global: GlobalOptions
        @Option(help: "单位（编号或名称；默认可见的全部单位）") var unit: String?
        @Option(help: "类别（代码或中文名）") var kind: String?
        @Flag(help: "只列现行清单（不含已取消的事项）") var current = false
        @Option(help: "输出格式 text|json|csv。") var format: ListFormat = .text

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
        static let configuration = CommandConfiguration(abstract: "查看一个权责事项及其历史版本。Show an entry and its history.")
        @OptionGroup var global: GlobalOptions
        @Argument(help: "事项编号，如 QZ0001") var id: String
        @Option(help: "输出格式 text|json。") var format: OutputFormat = .text

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
        static let configuration = CommandConfiguration(
            abstract: "调整权责事项（记为“调整”并保留原版本），或 --cancel 取消（记为“取消”）。Adjust or cancel.")
        @OptionGroup var global: GlobalOptions
        @Argument(help: "事项编号") var id: String
        @Option(help: "类别") var kind: String?
        @Option(help: "事项名称") var name: String?
        @Option(help: "设定依据") var basis: String?
        @Option(help: "实施主体") var responsible: String?
        @Option(help: "办理流程") var procedure: String?
        @Option(help: "办理时限") var timeLimit: String?
        @Option(help: "监督电话") var phone: String?
        @Flag(help: "取消该事项（不再列入现行清单，保留历史）") var cancel = false
        @Option(help: "调整或取消的日期 YYYY-MM-DD（默认今天）") var date: String?
        @Option(help: "调整或取消的原因") var reason: String?
        @Option(help: "输出格式 text|json。") var format: OutputFormat = .text

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
