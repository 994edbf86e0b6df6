import ArgumentParser

/// `gongkai app` — 依申请公开 application tracking from the command line (条例第二十九条至第三十六条).
struct AppCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "app",
            abstract: CLIText.Help.AppCommand.abstract.text(),
            discussion: CLIText.Help.AppCommand.discussion.text(),
            subcommands: [AppAdd.self, AppEvent.self, AppShow.self, AppList.self, AppSettings.self])
    }
}
