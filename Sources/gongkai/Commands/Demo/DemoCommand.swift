import ArgumentParser

/// `gongkai demo` — 演示数据: workspaces at county scale for trying and measuring the workstation.
struct DemoCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "demo",
            abstract: CLIText.Help.DemoCommand.abstract.text(),
            subcommands: [DemoGenerate.self])
    }
}
