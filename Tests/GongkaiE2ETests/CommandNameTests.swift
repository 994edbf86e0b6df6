import ArgumentParser
import Testing
@testable import gongkai

/// 进程启动 — every command of the tree names itself. A command without `commandName` makes
/// ArgumentParser derive the name from the type (`String(describing:)`), which looks up protocol
/// conformances at run time for every command of the tree on every start (perf: a fifth of
/// `gongkai --version`, Docs/性能.md).
@Suite("命令名 every command is named")
struct CommandNameTests {
    @Test func everyCommandOfTheTreeHasItsName() {
        let commands = HelpLanguageTests.commands()
        #expect(commands.count > 100)
        let unnamed = commands.filter { $0.last!.configuration.commandName == nil }
            .map { $0.map { "\($0)" }.joined(separator: " ") }
        #expect(unnamed.isEmpty, "\(unnamed)")
        // Siblings keep distinct names.
        for path in commands {
            let names = path.last!.configuration.subcommands.compactMap { $0.configuration.commandName }
            #expect(Set(names).count == names.count, "\(path.map { "\($0)" })")
        }
    }
}
