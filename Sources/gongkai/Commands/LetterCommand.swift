import ArgumentParser
import Foundation
import GongkaiCore
import GongkaiLetters
import GongkaiStore

/// `gongkai letter` — formal letters from the application's own data and editable templates
/// (Docs/告知书与答复书.md): `letter ID --kind …`, `letter templates export|check`,
/// `letter pattern set|show`.
struct LetterCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "letter",
        abstract: "生成告知书、征求意见函、答复书等文书。Letters.",
        subcommands: [LetterMake.self, LetterTemplatesCommand.self, LetterPatternCommand.self],
        defaultSubcommand: LetterMake.self)
}

extension LetterKind: ExpressibleByArgument {
    public init?(argument: String) { self.init(codeOrName: argument) }
}

extension LetterFormat: ExpressibleByArgument {}

/// `gongkai letter ID --kind clarify|consult|extend|reply|fee --format md|html|docx -o FILE`.
struct LetterMake: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "make",
        abstract: "为申请生成文书并记入办理记录。Make a letter for an application.",
        discussion: """
            KIND：clarify 补正告知书 | consult 征求意见函（第三方或其他机关，按征求意见环节）| extend 延期答复告知书 |
            reply 答复书（按已登记的答复类型）| fee 信息处理费缴费通知书（--count 或 --pages）。
            缺少数据时列出全部缺少的项目，不生成文件、不取号。文号按本单位编号规则自动取号；
            文件写成后才记入文号、日期和文件的 SHA-256（gongkai app show）；写不成时不取号、不记录。
            不写 -o 时保存到当前目录下的 letters/（本人的目录，权限 0600）；-o - 输出到标准输出。
            """)

    @OptionGroup var global: GlobalOptions

    @Argument(help: "申请编号，如 A2026-0001。")
    var id: String

    @Option(help: "文书种类 clarify|consult|extend|reply|fee（或中文名）。")
    var kind: LetterKind

    @Option(help: "文件格式 md|html|docx。")
    var format: LetterFormat = .docx

    @Option(name: .shortAndLong, help: ArgumentHelp("输出文件；- 为标准输出。Output file.", valueName: "FILE"))
    var output: String?

    @Option(help: ArgumentHelp("成文日期（默认为文书所记环节的日期：补正告知、征求意见、延期、答复或收费通知之日；未记录时为今天）。", valueName: "DATE"))
    var date: String?

    @Option(help: "补正告知书：需要补正的事项（默认取补正告知环节的备注）。")
    var correct: String?

    @Option(name: .customLong("correction-due"), help: ArgumentHelp("补正告知书：补正期限（默认取补正告知环节登记的期限）。", valueName: "DATE"))
    var correctionDue: String?

    @Option(name: .customLong("third-party"), help: ArgumentHelp("征求意见函：征求意见对象名称（默认取征求意见环节的备注）。", valueName: "NAME"))
    var thirdParty: String?

    @Option(help: "信息处理费（按件计收）：申请人本自然月内累计申请件数，含本件。")
    var count: Int?

    @Option(help: "信息处理费（按件计收）：本申请按“一事一申请”计为几件（默认 1）。")
    var items: Int = 1

    @Option(help: "信息处理费（按量计收）：本申请的页数。")
    var pages: Int?

    @Option(name: .customLong("pay-by"), help: ArgumentHelp("信息处理费：缴费期限（默认收到通知次日起 20 个工作日；只能更晚，不能更早）。", valueName: "DATE"))
    var payBy: String?

    @Option(name: .customLong("pay-method"), help: ArgumentHelp("信息处理费：缴费方式（默认写明现场或按缴款书缴纳）。", valueName: "TEXT"))
    var payMethod: String?

    @Flag(help: "以 JSON 输出记录。")
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
    static let configuration = CommandConfiguration(
        commandName: "templates",
        abstract: "导出、检查、设置文书模板。Export, check or set the letter templates.",
        subcommands: [Export.self, Check.self, SetTemplate.self, Reset.self])

    /// `letter templates set NAME --file F` — admins only, audited: checked, then written by the
    /// workspace's owner into the workspace's `templates/letters/`.
    struct SetTemplate: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "set",
            abstract: "设置工作区使用的模板（仅管理员，记入审计；先检查模板）。Set a template (admins only).")
        @OptionGroup var global: GlobalOptions
        @Argument(help: "模板名称：clarify consult consult-agency extend reply fee 或 reply.<答复类型>。") var name: String
        @Option(help: ArgumentHelp("模板文件（UTF-8）。", valueName: "FILE")) var file: String

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
        static let configuration = CommandConfiguration(
            abstract: "恢复内置模板（删除工作区中的修改版；仅管理员，记入审计）。Reset a template to the shipped one.")
        @OptionGroup var global: GlobalOptions
        @Argument(help: "模板名称。") var name: String

        func run() throws {
            let context = try WorkspaceContext.open(global, origin: "cli:letter templates reset")
            try context.service.setTemplate(.letters, name: name, text: nil)
            Console.out(CLIText.Applications.templateReset.text([name]))
        }
    }

    struct Export: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "把内置模板写到目录中供修改（已有文件不覆盖，除非 --overwrite）。",
            discussion: "修改后由管理员用 gongkai letter templates set NAME --file FILE 设置（记入审计）。")
        @OptionGroup var global: GlobalOptions
        @Argument(help: "目录。") var directory: String
        @Flag(help: "覆盖已有文件。") var overwrite = false

        func run() throws {
            let written = try LetterTemplates.export(to: URL(fileURLWithPath: directory), overwrite: overwrite)
            if written.isEmpty { Console.out(CLIText.Applications.templatesExist.text()) }
            for f in written { Console.out(CLIText.Applications.written.text([f])) }
        }
    }

    struct Check: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "解析模板并列出其变量；不写目录时检查工作区正在使用的模板。")
        @OptionGroup var global: GlobalOptions
        @Argument(help: "模板目录（默认：工作区文件所在目录的 templates/letters/）。") var directory: String?
        @Flag(help: "以 JSON 输出。") var json = false

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
    static let configuration = CommandConfiguration(
        commandName: "pattern",
        abstract: "文书编号规则。Letter number patterns.",
        subcommands: [SetPattern.self, Show.self])

    struct SetPattern: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "set",
            abstract: "设置单位的文书编号规则（仅管理员，记入审计）。",
            discussion: "占位符：{unit} 或 {简称}、{year} 或 {年}、{seq} 或 {序号}、{seq:3}（补零到 3 位）。默认 \(LetterNumberPattern.defaultText)")
        @OptionGroup var global: GlobalOptions
        @Option(help: "单位代码或名称。") var unit: String
        @Option(help: "简称（填入 {unit}；不写则用单位名称）。") var short: String?
        @Argument(help: "编号规则，如 教依申请〔{year}〕第{seq}号。") var pattern: String
        @Option(help: "输出格式 text|json。") var format: OutputFormat = .text

        func run() throws {
            let context = try WorkspaceContext.open(global, origin: "cli:letter pattern set")
            let p = try context.service.setLetterPattern(unit: unit, pattern: pattern, shortName: short)
            try LetterPatternCommand.print(p, format: format)
        }
    }

    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "查看单位的文书编号规则和下一个文号。")
        @OptionGroup var global: GlobalOptions
        @Option(help: "单位代码或名称（默认本人所在单位）。") var unit: String?
        @Option(help: "输出格式 text|json。") var format: OutputFormat = .text

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
