import ArgumentParser
import GongkaiCore
import GongkaiStore

/// `gongkai report case add|update|list` — 表四 行政复议、行政诉讼案件.
struct ReportCaseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "case",
        abstract: "登记、更正、列出行政复议和行政诉讼案件（表四）。Review and litigation cases.",
        subcommands: [Add.self, Update.self, List.self])

    /// The fields of a case, as typed.
    struct Fields: ParsableArguments {
        @Option(help: "类别：reconsideration 行政复议 | litigation-direct 未经复议直接起诉 | litigation-after-reconsideration 复议后起诉。")
        var kind: String
        @Option(help: "申请复议/起诉的日期 YYYY-MM-DD，或只写年度 YYYY。")
        var filed: String
        @Option(help: "结果：upheld 结果维持 | corrected 结果纠正 | other 其他结果 | pending 尚未审结（默认）。")
        var result: String = "pending"
        @Option(help: "审结日期 YYYY-MM-DD 或年度 YYYY（有结果时必填）。")
        var decided: String?
        @Option(help: "被申请人/被告单位（编号或名称；默认关联申请的单位或本人单位）。")
        var unit: String?
        @Option(help: "关联的申请编号。")
        var application: String?
        @Option(help: "备注（如案号）。")
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
        static let configuration = CommandConfiguration(abstract: "登记一件案件。Record a case.")
        @OptionGroup var global: GlobalOptions
        @OptionGroup var fields: Fields
        @Option(help: "输出格式 text|json。") var format: OutputFormat = .text

        func run() throws {
            let input = try fields.input()
            let context = try WorkspaceContext.open(global, origin: "cli:report case add")
            let c = try context.service.addReviewCase(input)
            try List.print([c], format: format)
        }
    }

    struct Update: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "更正一件案件（如审结后填写结果）。Correct a case.")
        @OptionGroup var global: GlobalOptions
        @Argument(help: "案件编号，如 RC2025-0001。") var id: String
        @OptionGroup var fields: Fields
        @Option(help: "输出格式 text|json。") var format: OutputFormat = .text

        func run() throws {
            let input = try fields.input()
            let context = try WorkspaceContext.open(global, origin: "cli:report case update")
            let c = try context.service.updateReviewCase(id: id, input)
            try List.print([c], format: format)
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "列出案件。List cases.")
        @OptionGroup var global: GlobalOptions
        @Option(help: "只列出计入该年度表四的案件。") var year: Int?
        @Option(help: "单位（编号或名称），county/全县 为全部单位。") var unit: String?
        @Option(help: "输出格式 text|json。") var format: OutputFormat = .text

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
