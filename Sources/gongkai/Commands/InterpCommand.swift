import ArgumentParser
import Foundation
import GongkaiCore
import GongkaiStore

/// `gongkai interp` — 政策解读 and the 三同步 rule (同步组织、同步审签、同步部署; 谁起草、谁解读;
/// 国办发〔2016〕80号). Forms and elements accept codes or Chinese names.
struct InterpCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "interp",
        abstract: "政策解读：新建、勾选要素、办理、三同步检查、统计、设置。Policy interpretations.",
        subcommands: [Add.self, Show.self, Tick.self, Status.self, Stats.self, Submit.self, Approve.self,
                      Return.self, Publish.self, Settings.self])

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
        static let configuration = CommandConfiguration(
            abstract: "为文件新建解读（谁起草、谁解读：默认起草单位；其他单位须 --reason）。Add an interpretation.")
        @OptionGroup var global: GlobalOptions
        @Option(help: "文件编号") var doc: String
        @Option(help: "解读形式，逗号分隔，如 图解,政策问答") var forms: String
        @Option(help: "解读单位（编号或名称；默认起草单位）") var unit: String?
        @Option(help: "由非起草单位解读的理由（如联合发文的牵头单位）") var reason: String?
        @Option(help: "责任领导") var leader: String?
        @Option(help: "解读正文所在的 UTF-8 文本文件") var bodyFile: String?
        @Option(help: "输出格式 text|json。") var format: OutputFormat = .text

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
        static let configuration = CommandConfiguration(abstract: "显示一条解读，或 --doc 某文件的全部解读。Show.")
        @OptionGroup var global: GlobalOptions
        @Argument(help: "解读编号") var id: String?
        @Option(help: "文件编号") var doc: String?
        @Option(help: "输出格式 text|json。") var format: OutputFormat = .text

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
        static let configuration = CommandConfiguration(
            abstract: "勾选解读要素（背景依据、目标任务、主要内容…），--off 取消勾选。Tick checklist elements.")
        @OptionGroup var global: GlobalOptions
        @Argument(help: "解读编号") var id: String
        @Argument(help: "解读要素（代码或中文名）") var elements: [String]
        @Flag(help: "取消勾选") var off = false
        @Option(help: "输出格式 text|json。") var format: OutputFormat = .text

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
        static let configuration = CommandConfiguration(
            abstract: "三同步检查：同步组织、同步审签、同步部署与滞后工作日数。The 三同步 check of a document.")
        @OptionGroup var global: GlobalOptions
        @Option(help: "文件编号") var doc: String
        @Option(help: "输出格式 text|json。") var format: OutputFormat = .text

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
        static let configuration = CommandConfiguration(
            abstract: "解读统计：发布条数、按形式、三同步均达标比例、滞后发布。Statistics for a period.")
        @OptionGroup var global: GlobalOptions
        @Option(help: "起始日期 YYYY-MM-DD") var from: String
        @Option(help: "截止日期 YYYY-MM-DD") var to: String
        @Option(help: "解读单位（编号或名称）") var unit: String?
        @Option(help: "输出格式 text|json。") var format: OutputFormat = .text

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
        @Argument(help: "解读编号") var id: String
        @Option(help: "意见（退回时必填）") var comment: String?
        @Option(help: "输出格式 text|json。") var format: OutputFormat = .text

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
        static let configuration = CommandConfiguration(abstract: "解读提交审核（须已选解读形式）。Submit.")
        @OptionGroup var options: StepOptions
        func run() throws { try options.perform(.submit) }
    }

    struct Approve: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "解读签发（审核人、管理员）。Approve.")
        @OptionGroup var options: StepOptions
        func run() throws { try options.perform(.approve) }
    }

    struct Return: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "解读退回草稿（须 --comment）。Return.")
        @OptionGroup var options: StepOptions
        func run() throws { try options.perform(.returnToDraft) }
    }

    struct Publish: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "解读发布。Publish.")
        @OptionGroup var options: StepOptions
        func run() throws { try options.perform(.publish) }
    }

    struct Settings: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "解读设置：需解读的标签、允许滞后工作日数（管理员）。The rule's settings (admins change them).")
        @OptionGroup var global: GlobalOptions
        @Option(help: "需解读的标签，逗号分隔（规章、行政规范性文件总须解读）") var tags: String?
        @Option(help: "允许滞后工作日数（默认 0，即同日发布）") var lag: Int?
        @Option(help: "输出格式 text|json。") var format: OutputFormat = .text

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
