import ArgumentParser
import Foundation
import GongkaiCore
import GongkaiStore

/// `gongkai inspect` — 政府网站与政务新媒体巡检: inspection records and the report of columns not
/// updated within the staleness period (Docs/领域规则.md §9).
struct InspectCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "inspect",
        abstract: "网站与政务新媒体巡检：登记巡检、列出、记录整改、长期未更新栏目。Website inspections.",
        subcommands: [Add.self, List.self, Fix.self, Stale.self])

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
        static let configuration = CommandConfiguration(abstract: "登记一次巡检。Record an inspection.")
        @OptionGroup var global: GlobalOptions
        @Option(help: "单位（编号或名称；默认本单位）") var unit: String?
        @Option(help: "巡检日期 YYYY-MM-DD（默认今天）") var date: String?
        @Option(help: "巡检人") var inspector: String
        @Option(help: "渠道类别：website（政府网站）或 new-media（政务新媒体）") var kind: String = "website"
        @Option(help: "渠道名称，如 县人民政府门户网站") var channel: String
        @Option(help: "检查项，逗号分隔（默认全部：防攻击,防篡改,防病毒）") var checks: String?
        @Option(help: "未通过的检查项，逗号分隔") var failed: String?
        @Option(help: "发现的问题") var problems: String = ""
        @Option(help: "整改日期 YYYY-MM-DD") var fixedOn: String?
        @Option(help: "输出格式 text|json。") var format: OutputFormat = .text

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
        static let configuration = CommandConfiguration(abstract: "列出巡检记录（最新的在前）。List inspections.")
        @OptionGroup var global: GlobalOptions
        @Option(help: "单位（编号或名称）") var unit: String?
        @Option(help: "输出格式 text|json。") var format: OutputFormat = .text

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
        static let configuration = CommandConfiguration(abstract: "记录巡检发现问题的整改日期。Record the fix.")
        @OptionGroup var global: GlobalOptions
        @Argument(help: "巡检编号") var id: String
        @Option(help: "整改日期 YYYY-MM-DD（默认今天）") var on: String?
        @Option(help: "输出格式 text|json。") var format: OutputFormat = .text

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
        static let configuration = CommandConfiguration(
            abstract: "长期未更新的栏目（按目录的最近更新日期，与 catalog check 同一算法）。Columns not updated.")
        @OptionGroup var global: GlobalOptions
        @Option(help: "更新周期天数（默认 90；栏目自设周期的按其自设）") var days: Int = CatalogCheck.defaultStalenessDays
        @Option(help: "只看某单位负责的栏目") var unit: String?
        @Option(help: "输出格式 text|json。") var format: OutputFormat = .text

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
