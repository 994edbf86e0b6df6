import ArgumentParser
import GongkaiStore

/// `gongkai info` — the workspace at a glance: where it is, who you are, what it holds.
struct Info: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "显示工作区概况（路径、用户、单位/文件/申请数量、待办）。Workspace overview.")

    @OptionGroup var global: GlobalOptions

    @Option(help: "输出格式 text|json。")
    var format: OutputFormat = .text

    func run() throws {
        let context = try WorkspaceContext.open(global, origin: "cli:info")
        let o = try context.service.overview()
        switch format {
        case .json:
            try Console.json(o)
        case .text:
            Console.out(CLIText.Workspace.workspace.text([o.workspace]))
            Console.out(CLIText.Workspace.user.text([o.user]))
            Console.out(CLIText.Workspace.counts.text(["\(o.units)", "\(o.documents)", "\(o.applications)", "\(o.pending)"]))
            Console.out(CLIText.Workspace.migrationList.text([o.migrations.joined(separator: ", ")]))
        }
    }
}
