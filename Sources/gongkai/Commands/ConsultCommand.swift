import ArgumentParser
import Foundation
import GongkaiCore
import GongkaiStore

/// `gongkai consult` — 公众参与行政决策: decisions put to the public, the comments, the adoption and
/// the published feedback (Docs/领域规则.md §9). Methods accept codes or Chinese names.
struct ConsultCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "consult",
        abstract: "公众参与行政决策：新建、列出、查看、办结（采纳情况与反馈）、设置。Public participation.",
        subcommands: [Add.self, List.self, Show.self, Close.self, Settings.self])

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
        static let configuration = CommandConfiguration(abstract: "新建公众参与事项。Add a consultation.")
        @OptionGroup var global: GlobalOptions
        @Option(help: "单位（编号或名称；默认本单位）") var unit: String?
        @Option(help: "决策事项") var decision: String
        @Option(help: "征集范围") var scope: String
        @Option(help: "参与方式，逗号分隔：实地走访、书面征求意见、向社会公开征求意见、问卷调查、民意调查（或代码 site-visit、written、public-comment、questionnaire、poll）") var methods: String
        @Option(help: "开始日期 YYYY-MM-DD") var opens: String
        @Option(help: "截止日期 YYYY-MM-DD（含当日）") var closes: String
        @Option(help: "向社会公开征求意见短于本工作区最短天数时的理由") var shortReason: String?
        @Option(help: "输出格式 text|json。") var format: OutputFormat = .text

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
        static let configuration = CommandConfiguration(abstract: "列出公众参与事项（未办结的在前）。List consultations.")
        @OptionGroup var global: GlobalOptions
        @Option(help: "单位（编号或名称）") var unit: String?
        @Flag(help: "只列未办结的") var open = false
        @Option(help: "输出格式 text|json。") var format: OutputFormat = .text

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
        static let configuration = CommandConfiguration(abstract: "查看一个公众参与事项。Show a consultation.")
        @OptionGroup var global: GlobalOptions
        @Argument(help: "编号，如 GC2026-0001") var id: String
        @Option(help: "输出格式 text|json。") var format: OutputFormat = .text

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
        static let configuration = CommandConfiguration(
            abstract: "办结：登记收到的意见、采纳情况和公开反馈（截止日期前办结须 --early-reason）。Close.")
        @OptionGroup var global: GlobalOptions
        @Argument(help: "编号") var id: String
        @Option(help: "收到意见条数") var comments: Int
        @Option(help: "意见概要（收到意见时必填）") var summary: String = ""
        @Option(help: "采纳情况") var adoption: String
        @Option(help: "向社会公开的反馈") var feedback: String
        @Option(help: "截止日期前办结的理由") var earlyReason: String?
        @Option(help: "输出格式 text|json。") var format: OutputFormat = .text

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
        static let configuration = CommandConfiguration(
            abstract: "查看或修改本工作区的公众参与设置（仅管理员修改；工作区设置，不是法律规定）。Settings.")
        @OptionGroup var global: GlobalOptions
        @Option(help: "向社会公开征求意见的最短天数（0 表示不检查；默认 30）") var minPublicDays: Int?
        @Option(help: "截止前多少天进入待办（默认 7）") var closingSoonDays: Int?
        @Option(help: "输出格式 text|json。") var format: OutputFormat = .text

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
