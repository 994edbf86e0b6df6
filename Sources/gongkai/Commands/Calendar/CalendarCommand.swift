import ArgumentParser

/// `gongkai calendar` — the working-day calendar (节假日安排; Docs/领域规则.md §4; C1, C5, C7).
struct CalendarCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "calendar",
            abstract: CLIText.Help.CalendarCommand.abstract.text(),
            discussion: CLIText.Help.CalendarCommand.discussion.text(),
            subcommands: [CalendarShow.self, CalendarImport.self, CalendarAddWorkdays.self])
    }
}
