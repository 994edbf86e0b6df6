import ArgumentParser
import GongkaiCore
import GongkaiStore

/// `gongkai review list` — the review inbox: what waits for me, most urgent first.
struct Review: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "待办事项（最紧急的在前）。The review inbox.",
        subcommands: [List.self])

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "列出待办事项。List what waits for me.")

        @OptionGroup var global: GlobalOptions
        @Option(help: "输出格式 text|json。") var format: OutputFormat = .text

        func run() throws {
            let context = try WorkspaceContext.open(global, origin: "cli:review list")
            let items = try context.service.reviewQueue()
            switch format {
            case .json: try Console.json(items)
            case .text:
                if items.isEmpty { Console.out(CLIText.Common.nothingToDo.text()) }
                for i in items {
                    Console.out("\(i.due?.iso ?? "----------")  \(i.kind.displayName)  \(i.id)  \(i.title)  — \(i.reason)")
                }
            }
        }
    }
}
