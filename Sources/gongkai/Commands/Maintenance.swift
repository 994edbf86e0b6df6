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
            for f in report.findings { Console.out("\(f.ok ? "[ok]" : "[!!]") " + CLIText.Common.labelled.text([f.check, f.detail])) }
            Console.out(report.ok ? CLIText.Workspace.checkPassed.text() : CLIText.Workspace.checkFailed.text())
        }
        if !report.ok { throw ExitCode(1) }
    }
}

/// `gongkai backup PATH` — an online backup (SQLite backup API) while others keep working; admins
/// only, audited, written as the admin (0600).
struct Backup: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "在线备份工作区到新文件（仅管理员，记入审计，权限 0600）。Back up the workspace online (admins only).")

    @OptionGroup var global: GlobalOptions
    @Argument(help: "备份文件路径（不得已存在）；- 为标准输出。") var path: String

    func run() throws {
        let context = try WorkspaceContext.open(global, origin: "cli:backup")
        let shown = OfficerOutput.isStandardOutput(path) ? path : OfficerOutput.shown(path)
        var st = stat()
        if !OfficerOutput.isStandardOutput(path), lstat(shown, &st) == 0 {
            throw CLIError(CLIText.Common.cannotWrite.text([shown, CLIText.Workspace.backupExists.text()]))
        }
        let data = try context.service.backupData(destination: shown)
        try OfficerOutput.write(data, to: path)
        if OfficerOutput.isStandardOutput(path) { ConsoleError.write(CLIText.Workspace.backedUp.text([shown])) }
        else { Console.out(CLIText.Workspace.backedUp.text([shown])) }
    }
}
