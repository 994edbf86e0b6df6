import ArgumentParser
import Foundation
import GongkaiStore

/// `gongkai check` — integrity and consistency checks; non-zero exit when any fails.
struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "检查工作区（SQLite 完整性、外键、审计日志、代码）。Check the workspace.")

    @OptionGroup var global: GlobalOptions
    @Option(help: "输出格式 text|json。") var format: OutputFormat = .text

    func run() throws {
        let context = try WorkspaceContext.open(global, origin: "cli:check")
        let report = try context.service.workspace.check()
        switch format {
        case .json: try Console.json(report)
        case .text:
            for f in report.findings { Console.out("\(f.ok ? "[ok]" : "[!!]") " + G.Common.labelled.text([f.check, f.detail])) }
            Console.out(report.ok ? G.Workspace.checkPassed.text() : G.Workspace.checkFailed.text())
        }
        if !report.ok { throw ExitCode(1) }
    }
}

/// `gongkai backup PATH` — an online backup (SQLite backup API) while others keep working.
struct Backup: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "在线备份工作区到新文件（权限 0600）。Back up the workspace online.")

    @OptionGroup var global: GlobalOptions
    @Argument(help: "备份文件路径（不得已存在）") var path: String

    func run() throws {
        let context = try WorkspaceContext.open(global, origin: "cli:backup")
        let target = path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
        try context.service.workspace.backup(to: target)
        Console.out(G.Workspace.backedUp.text([target]))
    }
}
