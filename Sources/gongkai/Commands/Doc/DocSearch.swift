import ArgumentParser
import GongkaiCore
import GongkaiStore

/// `gongkai doc search TERM` — full-text search over titles, 文号 and bodies, best first.
struct DocSearch: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "search", abstract: "全文检索（标题、文号、正文；支持一两个字的词）。Search documents.")

    @OptionGroup var global: GlobalOptions
    @Argument(help: "检索词（多个词用空格分开，须全部命中）") var terms: [String]
    @Option(help: "最多列出 N 件。") var limit = 50
    @Option(help: "输出格式 text|json。") var format: OutputFormat = .text

    func run() throws {
        let context = try WorkspaceContext.open(global, origin: "cli:doc search")
        let hits = try context.service.searchDocuments(terms.joined(separator: " "), limit: limit)
        switch format {
        case .json: try Console.json(hits)
        case .text:
            if hits.isEmpty { Console.out(CLIText.Common.notFound.text()) }
            for h in hits { Console.out("\(h.id)\t\(h.title)\n    \(h.snippet)") }
        }
    }
}
