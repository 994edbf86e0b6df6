import ArgumentParser
import Foundation
import GongkaiCore
import GongkaiLetters
import GongkaiStore

/// `gongkai letter` — formal letters from the application's own data and editable templates
/// (Docs/告知书与答复书.md): `letter ID --kind …`, `letter templates export|check`,
/// `letter pattern set|show`.
struct LetterCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "letter",
            abstract: CLIText.Help.LetterCommand.abstract.text(),
            subcommands: [LetterMake.self, LetterTemplatesCommand.self, LetterPatternCommand.self],
            defaultSubcommand: LetterMake.self)
    }
}

extension LetterKind: ExpressibleByArgument {
    public init?(argument: String) { self.init(codeOrName: argument) }
}

extension LetterFormat: ExpressibleByArgument {}

/// `gongkai letter ID --kind clarify|consult|extend|reply|fee --format md|html|docx -o FILE`.
struct LetterMake: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "make",
            abstract: CLIText.Help.LetterCommand.letterMakeAbstract.text(),
            discussion: CLIText.Help.LetterCommand.letterMakeDiscussion.text())
    }

    @OptionGroup var global: GlobalOptions

    @Argument(help: ArgumentHelp(CLIText.Help.LetterCommand.letterMakeId))
    var id: String

    @Option(help: ArgumentHelp(CLIText.Help.LetterCommand.letterMakeKind))
    var kind: LetterKind

    @Option(help: ArgumentHelp(CLIText.Help.LetterCommand.letterMakeFormat))
    var format: LetterFormat = .docx

    @Option(name: .shortAndLong, help: ArgumentHelp(CLIText.Help.LetterCommand.letterMakeOutput, valueName: "FILE"))
    var output: String?

    @Option(help: ArgumentHelp(CLIText.Help.LetterCommand.letterMakeDate, valueName: "DATE"))
    var date: String?

    @Option(help: ArgumentHelp(CLIText.Help.LetterCommand.letterMakeCorrect))
    var correct: String?

    @Option(name: .customLong("correction-due"), help: ArgumentHelp(CLIText.Help.LetterCommand.letterMakeCorrectionDue, valueName: "DATE"))
    var correctionDue: String?

    @Option(name: .customLong("third-party"), help: ArgumentHelp(CLIText.Help.LetterCommand.letterMakeThirdParty, valueName: "NAME"))
    var thirdParty: String?

    @Option(help: ArgumentHelp(CLIText.Help.LetterCommand.letterMakeCount))
    var count: Int?

    @Option(help: ArgumentHelp(CLIText.Help.LetterCommand.letterMakeItems))
    var items: Int = 1

    @Option(help: ArgumentHelp(CLIText.Help.LetterCommand.letterMakePages))
    var pages: Int?

    @Option(name: .customLong("pay-by"), help: ArgumentHelp(CLIText.Help.LetterCommand.letterMakePayBy, valueName: "DATE"))
    var payBy: String?

    @Option(name: .customLong("pay-method"), help: ArgumentHelp(CLIText.Help.LetterCommand.letterMakePayMethod, valueName: "TEXT"))
    var payMethod: String?

    @Flag(help: ArgumentHelp(CLIText.Help.LetterCommand.letterMakeJson))
    var json = false

    func validate() throws {
        if count != nil && pages != nil {
            throw ValidationError(CLIText.Applications.countOrPages.text())
        }
        if (count != nil || pages != nil) && kind != .fee {
            throw ValidationError(CLIText.Applications.countOnlyForFee.text())
        }
    }

    func run() throws {
        let context = try WorkspaceContext.open(global, origin: "cli:letter")
        let service = context.service
        let request = LetterRequest(
            kind: kind, date: try date.map { try DateArgument.parse($0, option: "--date") }
                ?? LetterRequest.eventDate(kind, events: try service.application(id: id).events.map(\.event)) ?? service.today(),
            correctionItems: correct,
            correctionDue: try correctionDue.map { try DateArgument.parse($0, option: "--correction-due") },
            consultee: thirdParty,
            feeBasis: count != nil ? .perRequest : (pages != nil ? .perPage : nil),
            feeQuantity: count ?? pages, feeItems: items,
            payBy: try payBy.map { try DateArgument.parse($0, option: "--pay-by") }, payMethod: payMethod)
        let issuer = LetterIssuer(service: service)
        let issued: LetterIssuer.Issued
        let files = OfficerSide.files
        var path = output ?? ""
        do {
            // Written inside the numbering transaction: a file that cannot be written uses no number.
            issued = try issuer.issue(applicationId: id, request: request, format: format) { data, number in
                if output == nil { path = LetterPaths.defaultFile(number: number, format: format) }
                try files.write(data, to: path)
            }
        } catch let e as LetterError {
            var message = e.description
            if case .missingData = e, kind == .fee { message += "\n" + CLIText.Applications.feeNeedsQuantity.text() }
            throw CLIError(message)
        } catch let e as LetterIssuer.NotWritten {
            let reason = (e.underlying as? OfficerFileError).map { $0.description } ?? "\(e.underlying)"
            throw CLIError(CLIText.Applications.letterNotWritten.text([OfficerOutput.shown(path), reason]))
        }
        let shown = OfficerOutput.isStandardOutput(path) ? path : OfficerOutput.shown(path)
        if json {
            struct Output: Encodable { var letter: LetterRecord; var file: String }
            if OfficerOutput.isStandardOutput(path) {
                let enc = JSONEncoder()
                enc.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
                ConsoleError.write(String(decoding: try enc.encode(Output(letter: issued.record, file: shown)), as: UTF8.self))
            } else {
                try Console.json(Output(letter: issued.record, file: shown))
            }
        } else {
            let lines = [CLIText.Applications.letterMade.text([issued.record.kind.displayName, issued.record.number, shown]),
                         "sha256 \(issued.record.sha256)"]
            // With -o - the letter is on standard output: the record goes to standard error.
            for line in lines { OfficerOutput.isStandardOutput(path) ? ConsoleError.write(line) : Console.out(line) }
        }
    }
}

enum LetterPaths {
    /// `letters/<number>.<ext>` in the officer's working directory (created 0700 when missing):
    /// the officer's own directory, never the workspace's.
    static func defaultFile(number: String, format: LetterFormat) -> String {
        "letters/" + LetterIssuer.fileName(number: number, format: format)
    }
}

/// `gongkai letter templates export DIR | check [DIR]`.
struct LetterTemplatesCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "templates",
            abstract: CLIText.Help.LetterCommand.letterTemplatesCommandAbstract.text(),
            subcommands: [Export.self, Check.self, SetTemplate.self, Reset.self])
    }

    /// `letter templates set NAME --file F` — admins only, audited: checked, then written by the
    /// workspace's owner into the workspace's `templates/letters/`.
    struct SetTemplate: ParsableCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(
                commandName: "set",
                abstract: CLIText.Help.LetterCommand.setTemplateAbstract.text())
        }
        @OptionGroup var global: GlobalOptions
        @Argument(help: ArgumentHelp(CLIText.Help.LetterCommand.setTemplateName)) var name: String
        @Option(help: ArgumentHelp(CLIText.Help.LetterCommand.setTemplateFile, valueName: "FILE")) var file: String

        func run() throws {
            let context = try WorkspaceContext.open(global, origin: "cli:letter templates set")
            guard let data = (try? OfficerSide.files.read(file)), let text = String(data: data, encoding: .utf8) else {
                throw CLIError(CLIText.Applications.templateFileUnreadable.text([file]))
            }
            let check = LetterTemplates.check(LetterTemplates.Source(name: name, text: text, file: file))
            if !check.isOK { throw CLIError(check.problems.map { CLIText.Applications.templateProblem.text([$0]) }.joined(separator: "\n")) }
            let changed = try context.service.setTemplate(.letters, name: name, text: text)
            Console.out(CLIText.Applications.templateSet.text([name, changed.sha256 ?? ""]))
        }
    }

    /// `letter templates reset NAME` — admins only, audited: the shipped template applies again.
    struct Reset: ParsableCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(
                commandName: "reset",
                abstract: CLIText.Help.LetterCommand.resetAbstract.text())
        }
        @OptionGroup var global: GlobalOptions
        @Argument(help: ArgumentHelp(CLIText.Help.LetterCommand.resetName)) var name: String

        func run() throws {
            let context = try WorkspaceContext.open(global, origin: "cli:letter templates reset")
            try context.service.setTemplate(.letters, name: name, text: nil)
            Console.out(CLIText.Applications.templateReset.text([name]))
        }
    }

    struct Export: ParsableCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(
                commandName: "export",
                abstract: CLIText.Help.LetterCommand.exportAbstract.text(),
                discussion: CLIText.Help.LetterCommand.exportDiscussion.text())
        }
        @OptionGroup var global: GlobalOptions
        @Argument(help: ArgumentHelp(CLIText.Help.LetterCommand.exportDirectory)) var directory: String
        @Flag(help: ArgumentHelp(CLIText.Help.LetterCommand.exportOverwrite)) var overwrite = false

        func run() throws {
            let written = try LetterTemplates.export(to: URL(fileURLWithPath: directory), overwrite: overwrite)
            if written.isEmpty { Console.out(CLIText.Applications.templatesExist.text()) }
            for f in written { Console.out(CLIText.Applications.written.text([f])) }
        }
    }

    struct Check: ParsableCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(
                commandName: "check",
                abstract: CLIText.Help.LetterCommand.checkAbstract.text())
        }
        @OptionGroup var global: GlobalOptions
        @Argument(help: ArgumentHelp(CLIText.Help.LetterCommand.checkDirectory)) var directory: String?
        @Flag(help: ArgumentHelp(CLIText.Help.LetterCommand.checkJson)) var json = false

        func run() throws {
            let templates: LetterTemplates
            if let directory {
                templates = LetterTemplates(directory: URL(fileURLWithPath: directory))
            } else {
                let path = WorkspaceLocation.resolve(option: global.workspace, environment: ProcessInfo.processInfo.environment)
                templates = LetterTemplates(directory: LetterTemplates.overrideDirectory(workspacePath: path),
                                            owner: TemplateFile.owner(ofWorkspace: path))
            }
            let checks = try templates.check()
            if json {
                struct Item: Encodable {
                    var name, origin: String
                    var required, conditional, problems: [String]
                }
                try Console.json(checks.map { Item(name: $0.name, origin: $0.origin, required: $0.variables.required,
                                                   conditional: $0.variables.conditional, problems: $0.problems) })
            } else {
                for c in checks {
                    Console.out("\(c.isOK ? "[ok]" : "[!!]") \(c.name)  \(c.origin)")
                    Console.out(CLIText.Applications.required.text([CLIText.list(c.variables.required.map(LetterField.describe))]))
                    if !c.variables.conditional.isEmpty {
                        Console.out(CLIText.Applications.conditional.text([CLIText.list(c.variables.conditional.map(LetterField.describe))]))
                    }
                    for p in c.problems { Console.out(CLIText.Applications.templateProblem.text([p])) }
                }
            }
            if checks.contains(where: { !$0.isOK }) { throw ExitCode(1) }
        }
    }
}

/// `gongkai letter pattern set --unit U PATTERN [--short 简称] | show [--unit U]`.
struct LetterPatternCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "pattern",
            abstract: CLIText.Help.LetterCommand.letterPatternCommandAbstract.text(),
            subcommands: [SetPattern.self, Show.self])
    }

    struct SetPattern: ParsableCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(
                commandName: "set",
                abstract: CLIText.Help.LetterCommand.setPatternAbstract.text(),
                discussion: CLIText.Help.LetterCommand.setPatternDiscussion.text())
        }
        @OptionGroup var global: GlobalOptions
        @Option(help: ArgumentHelp(CLIText.Help.LetterCommand.setPatternUnit)) var unit: String
        @Option(help: ArgumentHelp(CLIText.Help.LetterCommand.setPatternShort)) var short: String?
        @Argument(help: ArgumentHelp(CLIText.Help.LetterCommand.setPatternPattern)) var pattern: String
        @Option(help: ArgumentHelp(CLIText.Help.Common.format)) var format: OutputFormat = .text

        func run() throws {
            let context = try WorkspaceContext.open(global, origin: "cli:letter pattern set")
            let p = try context.service.setLetterPattern(unit: unit, pattern: pattern, shortName: short)
            try LetterPatternCommand.print(p, format: format)
        }
    }

    struct Show: ParsableCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(commandName: "show", abstract: CLIText.Help.LetterCommand.showAbstract.text())
        }
        @OptionGroup var global: GlobalOptions
        @Option(help: ArgumentHelp(CLIText.Help.LetterCommand.showUnit)) var unit: String?
        @Option(help: ArgumentHelp(CLIText.Help.Common.format)) var format: OutputFormat = .text

        func run() throws {
            let context = try WorkspaceContext.open(global, origin: "cli:letter pattern show")
            try LetterPatternCommand.print(try context.service.letterPattern(unit: unit), format: format)
        }
    }

    static func print(_ p: UnitLetterPattern, format: OutputFormat) throws {
        switch format {
        case .json: try Console.json(p)
        case .text:
            Console.out(CLIText.Applications.pattern.text([p.unitName, p.unitId, p.pattern.text, p.isSet ? "" : CLIText.Applications.patternDefault.text()]))
            Console.out(CLIText.Applications.shortNameAndNext.text([p.shortName ?? CLIText.Applications.shortNameUnset.text(), "\(p.year)", p.next]))
        }
    }
}
