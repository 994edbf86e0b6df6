import ArgumentParser
import GongkaiCore
import GongkaiStore

/// `gongkai doc …` — documents: add, show, list, search; the workflow
/// (草稿 → 待审核 → 已签发 → 已发布, 退回 → 草稿), each step recorded with who and when; and the
/// 规章/规范性文件 register (amend, repeal, register).
struct DocCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "doc",
        abstract: "文件：登记、查看、列表、检索、办理（提交审核、签发、退回、发布）、立改废台账。Documents.",
        subcommands: [DocAdd.self, DocShow.self, DocList.self, DocSearch.self, Submit.self, Approve.self, Return.self,
                      Publish.self, History.self, DocAmend.self, DocRepeal.self, DocRegisterCommand.self])

    /// What every workflow step takes.
    struct StepOptions: ParsableArguments {
        @OptionGroup var global: GlobalOptions
        @Argument(help: "文件编号") var id: String
        @Option(help: "意见（退回时必填）") var comment: String?
        @Option(help: "三同步特批理由：签发或发布未通过三同步检查的文件时须说明（记入审计日志）。Override reason for a failed 三同步 check.")
        var overrideReason: String?
        @Option(help: "输出格式 text|json。") var format: OutputFormat = .text

        func perform(_ action: DocumentAction) throws {
            let context = try WorkspaceContext.open(global, origin: "cli:doc \(action.rawValue)")
            let step = try context.service.performDocumentAction(action, id: id, comment: comment,
                                                                 overrideReason: overrideReason)
            switch format {
            case .json: try Console.json(step)
            case .text:
                Console.out(CLIText.Documents.step.text([id, step.from.displayName, step.to.displayName, action.displayName, step.actor, step.date.iso])
                            + (step.overrideReason.map { "\n" + CLIText.Documents.overridden.text([$0]) } ?? ""))
            }
        }
    }

    struct Submit: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "提交审核（须已确定公开属性）。Submit for review.")
        @OptionGroup var options: StepOptions
        func run() throws { try options.perform(.submit) }
    }

    struct Approve: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "签发（审核人、管理员）；须解读的文件其解读须同步审签，否则须 --override-reason。Approve and sign.")
        @OptionGroup var options: StepOptions
        func run() throws { try options.perform(.approve) }
    }

    struct Return: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "退回草稿（须 --comment）。Return to draft with a comment.")
        @OptionGroup var options: StepOptions
        func run() throws { try options.perform(.returnToDraft) }
    }

    struct Publish: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "发布（仅主动公开文件）；须解读的文件其解读须同步发布，否则须 --override-reason。Publish.")
        @OptionGroup var options: StepOptions
        func run() throws { try options.perform(.publish) }
    }

    struct History: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "文件的办理记录。A document's workflow history.")

        @OptionGroup var global: GlobalOptions
        @Argument(help: "文件编号") var id: String
        @Option(help: "输出格式 text|json。") var format: OutputFormat = .text

        func run() throws {
            let context = try WorkspaceContext.open(global, origin: "cli:doc history")
            let steps = try context.service.documentSteps(id: id)
            switch format {
            case .json: try Console.json(steps)
            case .text:
                // In words, every change of the document (its steps and edits), oldest first.
                let stories = try context.service.auditStories(AuditQuery(item: id)).sorted { $0.at < $1.at }
                if steps.isEmpty && stories.isEmpty { Console.out(CLIText.Documents.noSteps.text([id])) }
                for story in stories { story.lines.forEach { Console.out($0) } }
            }
        }
    }
}
