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
            Console.out("工作区：\(o.workspace)")
            Console.out("用户：\(o.user)")
            Console.out("单位：\(o.units)  文件：\(o.documents)  申请：\(o.applications)  待办：\(o.pending)")
            Console.out("数据库迁移：\(o.migrations.joined(separator: ", "))")
        }
    }
}
