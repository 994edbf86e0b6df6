import ArgumentParser
import Foundation
import GongkaiCore
import GongkaiTUI

/// `gongkai man` — writes the manual page gongkai(1) in roff, generated from the command
/// definitions (ArgumentParser's help tree of this very binary, `_dumpHelp`, built in the page's
/// language) and the default keymap. The page is in the interface language, or the one `--lang`
/// names: `gongkai man > Docs/gongkai.1` (Chinese) and `gongkai man --lang en > Docs/en/gongkai.1`.
struct ManCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "man",
            abstract: CLIText.Help.ManCommand.abstract.text(),
            discussion: CLIText.Help.ManCommand.discussion.text())
    }

    @Option(help: ArgumentHelp(CLIText.Help.ManCommand.lang, valueName: "LANG"))
    var lang: UILanguage?

    /// The sections not generated from the command tree, in the language in force.
    static func prose() -> ManPage.Prose {
        let P = CLIText.Help.ManProse.self
        return ManPage.Prose(
            title: P.title.text(),
            optionsIntro: P.optionsIntro.text(),
            keysIntro: P.keysIntro.text(),
            files: [
                ("~/.local/share/gongkai/workspace.sqlite", P.fileWorkspace.text()),
                ("~/.config/gongkai/config.toml", P.fileConfig.text()),
                ("~/.config/gongkai/themes/*.toml", P.fileThemes.text()),
            ],
            environment: [
                ("GONGKAI_WORKSPACE", P.envWorkspace.text()),
                ("XDG_DATA_HOME", P.envDataHome.text()),
                ("XDG_CONFIG_HOME", P.envConfigHome.text()),
                ("NO_COLOR", P.envNoColor.text()),
                ("LANG, LC_ALL", P.envLocale.text()),
                ("VISUAL, EDITOR", P.envEditor.text()),
                ("TERM", P.envTerm.text()),
            ],
            seeAlso: P.seeAlso.text(),
            headings: ManPage.Headings(
                name: P.headingName.text(), synopsis: P.headingSynopsis.text(), description: P.headingDescription.text(),
                options: P.headingOptions.text(), commands: P.headingCommands.text(), keys: P.headingKeys.text(),
                files: P.headingFiles.text(), environment: P.headingEnvironment.text(), seeAlso: P.headingSeeAlso.text(),
                optionsWord: P.wordOptions.text(), commandWord: P.wordCommand.text(), subcommandWord: P.wordSubcommand.text()))
    }

    /// The whole page in one language.
    static func page(in language: UILanguage) throws -> String {
        try UILanguage.$current.withValue(language) {
            let tree = HelpText.localized(Gongkai._dumpHelp())
            let tool = try JSONDecoder().decode(ManPage.ToolInfo.self, from: Data(tree.utf8))
            return ManPage.render(tool, version: Gongkai.version, keys: KeyReference.lines(keymap: .standard), prose: prose())
        }
    }

    func run() throws {
        FileHandle.standardOutput.write(Data(try Self.page(in: lang ?? UILanguage.current).utf8))
    }
}

extension UILanguage: ExpressibleByArgument {}
