import ArgumentParser
import Foundation
import GongkaiStore
import GongkaiTUI

/// `gongkai drafts` — the officer's recoverable drafts (what was typed before an SSH drop or a
/// killed process), and where to find each again.
struct Drafts: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "列出可恢复的草稿（断线或被终止前正在输入的内容）。List recoverable drafts.")

    @OptionGroup var global: GlobalOptions
    @Option(help: "输出格式 text|json。") var format: OutputFormat = .text

    func run() throws {
        let context = try WorkspaceContext.open(global, origin: "cli:drafts")
        let drafts = DraftInfo.list(workspace: context.service.workspace.path, login: context.service.actor.login)
        switch format {
        case .json: try Console.json(drafts)
        case .text:
            if drafts.isEmpty { Console.out(G.Workspace.noDrafts.text()) }
            for d in drafts { Console.out(G.Workspace.draftLine.text(["\(d.modified)", d.kindName, "\(d.bytes)", d.resume])) }
        }
    }
}
