import ArgumentParser
import GongkaiCore
import GongkaiStore

/// `gongkai doc list` — documents, newest first, with the 第二十六条 publication due date.
struct DocList: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "文件列表。List documents.")

    @OptionGroup var global: GlobalOptions
    @Option(help: "状态：draft 草稿 | in-review 待审核 | approved 已签发 | published 已发布。") var state: String?
    @Flag(help: "仅列出逾期未公开的主动公开文件（第二十六条）。") var overdue = false
    @Option(help: "发文单位（编号或名称）。") var unit: String?
    @Option(help: "跳过前 N 件。") var offset = 0
    @Option(help: "最多列出 N 件。") var limit = 100
    @Option(help: "输出格式 text|json。") var format: OutputFormat = .text

    func run() throws {
        let query = DocumentQuery(state: try state.map { try DateArgument.code($0, DocumentState.self, option: "--state") },
                                  overdue: overdue, unit: unit, offset: offset, limit: limit)
        let context = try WorkspaceContext.open(global, origin: "cli:doc list")
        let page = try context.service.listDocuments(query)
        switch format {
        case .json: try Console.json(page)
        case .text:
            Console.out(CLIText.Common.total.text(["\(page.total)"]))
            for d in page.items {
                let due = d.publishDue.map { $0.iso + (d.overdue ? CLIText.Documents.overdueMark.text() : "") } ?? "-"
                Console.out([d.id, d.state.displayName, d.attribute?.displayName ?? CLIText.Documents.undecided.text(), d.formed.iso, due,
                             d.unitName, d.docNumber ?? "-", d.title].joined(separator: "\t"))
            }
        }
    }
}
