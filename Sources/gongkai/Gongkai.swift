import ArgumentParser
import Foundation
import GongkaiCore
import GongkaiServer
import GongkaiStore
import GongkaiTUI

/// `gongkai` — with no verb, the full-screen workstation; with a verb, the command line.
@main
struct Gongkai: ParsableCommand {
    static let version = "0.1.0"

    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "gongkai",
            abstract: CLIText.Help.Root.abstract.text(),
            discussion: CLIText.Help.Root.discussion.text(),
            version: version,
            subcommands: [Init.self, Info.self, AppCommand.self, CalendarCommand.self, OfficerCommand.self,
                          Audit.self, Review.self, DocCommand.self, InterpCommand.self, UnitCommand.self,
                          CatalogCommand.self, ReportCommand.self, Check.self, Backup.self, Drafts.self, DemoCommand.self,
                          ImportCommand.self, ExportCommand.self, PublishCommand.self,
                          LetterCommand.self, SiteTemplatesCommand.self,
                          DutiesCommand.self, ConsultCommand.self, InspectCommand.self,
                          Stats.self, KeysCommand.self, ManCommand.self, Reindex.self, Serve.self, HelpShadow.self]
        )
    }

    /// The entry point: the language is resolved once (config.toml `language`, else LC_ALL /
    /// LC_MESSAGES / LANG) and every verb runs inside it, so each message below is read in the
    /// user's language. JSON output carries codes and values, never phrases, so it is the same
    /// in both. The help is built inside it too: every `abstract`, `discussion` and `help:` is a
    /// `CLIText.Help` phrase read when ArgumentParser builds the command, and `HelpText` says the
    /// parser's own headings in Chinese.
    ///
    /// Before any of that, the process finds its place: a session started by `gongkai serve`
    /// (session mode), a client of a configured service (`ServiceLocation`: the verb runs in the
    /// service and nothing here opens the workspace), or embedded (the workspace opened here).
    static func main() {
        let environment = ProcessInfo.processInfo.environment
        let language = Self.language(environment: environment)
        UILanguage.$current.withValue(language) {
            do {
                if let session = try SessionChannel.fromEnvironment(environment) {
                    SessionMode.begin(session)
                } else if let service = ServiceLocation.resolve(environment: environment) {
                    let arguments = Array(ProcessInfo.processInfo.arguments.dropFirst())
                    if !LocalVerbs.runsLocally(arguments) {
                        Foundation.exit(ServiceClient.run(arguments: arguments, socket: service.socket, source: service.source,
                                               userConfigPath: UserConfig.defaultPath(environment: environment)))
                    }
                }
            } catch {
                exit(withError: CLIError("\(error)"))
            }
            do {
                var command = try parseAsRoot()
                try command.run()
            } catch {
                Self.exitSanitized(error)
            }
        }
    }

    /// ArgumentParser's `exit(withError:)` with the message sanitised: a refusal repeats what was
    /// typed (`--unit $'\e]0;x\a'`), and an error must not drive the terminal either.
    static func exitSanitized(_ error: Error) -> Never {
        let code = exitCode(for: error)
        // The parser's own errors and its help frame read in the interface language.
        let text = code == .success ? HelpText.localized(fullMessage(for: error)) : ParserMessages.localized(fullMessage(for: error))
        if !text.isEmpty {
            let safe = Data((TerminalText.safe(text) + "\n").utf8)
            if code == .success { FileHandle.standardOutput.write(safe) } else { FileHandle.standardError.write(safe) }
        }
        Foundation.exit(code.rawValue)
    }

    static func language(environment: [String: String]) -> UILanguage {
        let configured = UserConfig.load(path: UserConfig.defaultPath(environment: environment)).language
        return UILanguage.resolve(configured: configured?.rawValue, environment: environment)
    }

    @OptionGroup var global: GlobalOptions

    @Option(help: ArgumentHelp(CLIText.Help.Root.theme, valueName: "NAME"))
    var theme: String?

    mutating func run() throws {
        guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else {
            throw CLIError(CLIText.Common.needsTerminal.text())
        }
        let locale = TerminalLocale.setUp()
        if case .missing = locale, let refusal = TerminalLocale.refusalBytes(for: locale) {
            FileHandle.standardError.write(refusal)
            throw ExitCode(1)
        }
        if let refusal = TerminalLocale.refusal(for: locale) { throw CLIError(refusal) }
        if let warning = TerminalLocale.warning(for: locale) { FileHandle.standardError.write(Data((warning + "\n").utf8)) }
        let context = try WorkspaceContext.open(global, origin: "tui")
        let env = ProcessInfo.processInfo.environment
        let configPath = UserConfig.defaultPath(environment: env)
        // The language `main` resolved (config.toml first, then LC_ALL / LC_MESSAGES / LANG). The
        // file is read again in that language so its problems are told in it.
        let language = UILanguage.current
        let config = UILanguage.$current.withValue(language) { UserConfig.load(path: configPath) }
        let themes = ThemeLibrary.standard(environment: env, executable: "/proc/self/exe")
        let notice = UILanguage.$current.withValue(language) { TerminalLocale.notice(for: locale) }
        let reconnected = SessionMode.channel?.reconnected == true ? [ServiceText.Client.reconnected.text(in: language)] : []
        let status = try Workstation.run(service: context.service, localeNotice: notice,
                                         keymap: config.keymap(), themes: themes,
                                         theme: theme ?? config.theme ?? "default", notices: reconnected + config.problems,
                                         language: language, display: config.display,
                                         mouse: config.mouse, bars: config.bars)
        if status != 0 { throw ExitCode(status) }
    }
}

/// Options every verb accepts.
struct GlobalOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(CLIText.Help.Root.globalOptionsWorkspace, valueName: "PATH"))
    var workspace: String?

    @Option(name: .customLong("as"), help: ArgumentHelp(CLIText.Help.Root.globalOptionsActAs, valueName: "LOGIN"))
    var actAs: String?
}

/// `--format json|text`: JSON wherever a command prints data, plain text otherwise.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case text
    case json
}

/// An error for the user: printed to stderr, exit status 1.
struct CLIError: Error, CustomStringConvertible {
    var description: String
    init(_ message: String) { description = message }
}
