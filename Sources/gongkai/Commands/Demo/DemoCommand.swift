import ArgumentParser

/// `gongkai demo` — 演示数据: workspaces at county scale for trying and measuring the workstation.
struct DemoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo",
        abstract: "演示数据：生成县级规模的文件和申请。Demo data at county scale.",
        subcommands: [DemoGenerate.self])
}
