import ArgumentParser
import Foundation
import GongkaiTUI

/// `gongkai keys` (also `gongkai help keys`) — the key reference of the full-screen workstation,
/// generated from the live keymap: the defaults with the bindings of config.toml over them, by
/// view (global keys first, then every view's own), as the `?` help lists them.
struct KeysCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "keys",
            abstract: CLIText.Help.KeysCommand.abstract.text(),
            discussion: CLIText.Help.KeysCommand.discussion.text())
    }

    @Flag(help: ArgumentHelp(CLIText.Help.KeysCommand.defaults))
    var defaults = false

    @Option(help: ArgumentHelp(CLIText.Help.Common.format))
    var format: OutputFormat = .text

    @Flag(help: ArgumentHelp(CLIText.Help.KeysCommand.markdown))
    var markdown = false

    func run() throws {
        var keymap = Keymap.standard
        if !defaults {
            let config = UserConfig.load(path: UserConfig.defaultPath(environment: ProcessInfo.processInfo.environment))
            for p in config.problems { ConsoleError.write(p) }
            keymap = config.keymap()
        }
        if markdown {
            for line in KeyReference.markdown(keymap: keymap) { Console.out(line) }
            return
        }
        switch format {
        case .json: try Console.json(KeyReference.entries(keymap: keymap))
        case .text: for line in KeyReference.lines(keymap: keymap) { Console.out(line) }
        }
    }
}

/// `gongkai help …` — ArgumentParser's own `help` verb, kept as it was (`gongkai help`,
/// `gongkai help doc add`), plus `gongkai help keys` for the key reference. A subcommand named
/// `help` listed before the built-in one takes its place in the command tree.
struct HelpShadow: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "help", abstract: CLIText.Help.KeysCommand.helpShadowAbstract.text(),
            shouldDisplay: false, helpNames: [])
    }

    @Argument(parsing: .captureForPassthrough) var words: [String] = []

    func run() throws {
        if words.first == "keys" {
            var keys = KeysCommand()
            keys.defaults = words.contains("--defaults")
            keys.format = words.contains("json") ? .json : .text
            keys.markdown = words.contains("--markdown")
            return try keys.run()
        }
        // Walk the command tree by name, as the built-in help does, and print that command's help.
        var command: ParsableCommand.Type = Gongkai.self
        for word in words where !word.hasPrefix("-") {
            guard let next = command.configuration.subcommands.first(where: {
                $0._commandName == word || $0.configuration.aliases.contains(word)
            }) else { break }
            command = next
        }
        print(HelpText.localized(Gongkai.helpMessage(for: command)))
    }
}
