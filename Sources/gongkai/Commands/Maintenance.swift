import ArgumentParser
import Foundation
import GongkaiStore

/// `gongkai check` — integrity and consistency checks; non-zero exit when any fails.
struct Check: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "check",
            abstract: CLIText.Help.Maintenance.checkAbstract.text())
    }

    @OptionGroup var global: GlobalOptions
    @Option(help: ArgumentHelp(CLIText.Help.Common.format)) var format: OutputFormat = .text

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
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "backup",
            abstract: CLIText.Help.Maintenance.backupAbstract.text())
    }

    @OptionGroup var global: GlobalOptions
    @Argument(help: ArgumentHelp(CLIText.Help.Maintenance.backupPath)) var path: String

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
