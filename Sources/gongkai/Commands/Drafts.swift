import ArgumentParser
import Foundation
import GongkaiStore
import GongkaiTUI

/// `gongkai drafts [--clear]` — the officer's recoverable drafts of this workspace (what was typed
/// before an SSH drop, a restarted service or a killed process), kept in the officer's own draft
/// store (`$XDG_STATE_HOME/gongkai/`), and where to find each again; `--clear` removes them.
struct Drafts: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "drafts",
            abstract: CLIText.Help.Drafts.abstract.text(),
            discussion: CLIText.Help.Drafts.discussion.text())
    }

    @OptionGroup var global: GlobalOptions
    @Option(help: ArgumentHelp(CLIText.Help.Common.format)) var format: OutputFormat = .text
    @Flag(help: ArgumentHelp(CLIText.Help.Drafts.clear)) var clear = false

    func run() throws {
        let context = try WorkspaceContext.open(global, origin: "cli:drafts")
        let workspace = context.service.workspace.path, login = context.service.actor.login
        if let problem = DraftInfo.storeProblem() { throw CLIError(problem) }
        if clear {
            let removed = try DraftInfo.clear(workspace: workspace, login: login)
            switch format {
            case .json: try Console.json(removed)
            case .text:
                if removed.isEmpty { Console.out(CLIText.Workspace.noDrafts.text()) }
                for d in removed { Console.out(CLIText.Workspace.draftCleared.text([d.kindName, d.modified])) }
            }
            return
        }
        let config = UserConfig.load(path: UserConfig.defaultPath(environment: ProcessInfo.processInfo.environment))
        let drafts = DraftInfo.list(workspace: workspace, login: login, keymap: config.keymap())
        switch format {
        case .json: try Console.json(drafts)
        case .text:
            if drafts.isEmpty { Console.out(CLIText.Workspace.noDrafts.text()) }
            for d in drafts { Console.out(CLIText.Workspace.draftLine.text(["\(d.modified)", d.kindName, "\(d.bytes)", d.resume])) }
        }
    }
}
