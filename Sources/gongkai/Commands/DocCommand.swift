import ArgumentParser
import GongkaiCore
import GongkaiStore

/// `gongkai doc …` — documents: add, show, list, search; the workflow
/// (草稿 → 待审核 → 已签发 → 已发布, 退回 → 草稿), each step recorded with who and when; and the
/// 规章/规范性文件 register (amend, repeal, register).
struct DocCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "doc",
            abstract: CLIText.Help.DocCommand.abstract.text(),
            subcommands: [DocAdd.self, DocShow.self, DocList.self, DocSearch.self, Submit.self, Approve.self, Return.self,
                          Publish.self, History.self, DocAmend.self, DocRepeal.self, DocRegisterCommand.self])
    }

    /// What every workflow step takes.
    struct StepOptions: ParsableArguments {
        @OptionGroup var global: GlobalOptions
        @Argument(help: ArgumentHelp(CLIText.Help.Common.id)) var id: String
        @Option(help: ArgumentHelp(CLIText.Help.DocCommand.stepOptionsComment)) var comment: String?
        @Option(help: ArgumentHelp(CLIText.Help.DocCommand.stepOptionsOverrideReason))
        var overrideReason: String?
        @Option(help: ArgumentHelp(CLIText.Help.Common.format)) var format: OutputFormat = .text

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
        static var configuration: CommandConfiguration {
            CommandConfiguration(commandName: "submit", abstract: CLIText.Help.DocCommand.submitAbstract.text())
        }
        @OptionGroup var options: StepOptions
        func run() throws { try options.perform(.submit) }
    }

    struct Approve: ParsableCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(commandName: "approve", abstract: CLIText.Help.DocCommand.approveAbstract.text())
        }
        @OptionGroup var options: StepOptions
        func run() throws { try options.perform(.approve) }
    }

    struct Return: ParsableCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(commandName: "return", abstract: CLIText.Help.DocCommand.returnAbstract.text())
        }
        @OptionGroup var options: StepOptions
        func run() throws { try options.perform(.returnToDraft) }
    }

    struct Publish: ParsableCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(commandName: "publish", abstract: CLIText.Help.DocCommand.publishAbstract.text())
        }
        @OptionGroup var options: StepOptions
        func run() throws { try options.perform(.publish) }
    }

    struct History: ParsableCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(commandName: "history", abstract: CLIText.Help.DocCommand.historyAbstract.text())
        }

        @OptionGroup var global: GlobalOptions
        @Argument(help: ArgumentHelp(CLIText.Help.Common.id)) var id: String
        @Option(help: ArgumentHelp(CLIText.Help.Common.format)) var format: OutputFormat = .text

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
