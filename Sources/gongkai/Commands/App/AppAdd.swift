import ArgumentParser
import GongkaiCore
import GongkaiStore

/// `gongkai app add` — registers an application (条例第二十九条、第三十一条).
struct AppAdd: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "add", abstract: CLIText.Help.AppAdd.abstract.text())
    }

    @OptionGroup var global: GlobalOptions

    @Option(help: ArgumentHelp(CLIText.Help.AppAdd.received, valueName: "DATE"))
    var received: String

    @Option(help: ArgumentHelp(CLIText.Help.AppAdd.channel))
    var channel: String

    @Option(name: .customLong("applicant-type"),
            help: ArgumentHelp(CLIText.Help.AppAdd.applicantType))
    var applicantType: String

    @Option(name: .customLong("applicant-name"), help: ArgumentHelp(CLIText.Help.AppAdd.applicantName))
    var applicantName: String

    @Option(help: ArgumentHelp(CLIText.Help.AppAdd.content))
    var content: String

    @Option(help: ArgumentHelp(CLIText.Help.AppAdd.unit))
    var unit: String?

    @Option(name: .customLong("id-number"), help: ArgumentHelp(CLIText.Help.AppAdd.idNumber))
    var idNumber: String?

    @Option(help: ArgumentHelp(CLIText.Help.AppAdd.contact))
    var contact: String?

    @Option(help: ArgumentHelp(CLIText.Help.AppAdd.form))
    var form: String?

    @Option(help: ArgumentHelp(CLIText.Help.Common.format))
    var format: OutputFormat = .text

    func run() throws {
        let request = NewApplication(
            received: try DateArgument.parse(received, option: "--received"),
            channel: try DateArgument.code(channel, ReceiptChannel.self, option: "--channel"),
            applicantType: try DateArgument.code(applicantType, ApplicantType.self, option: "--applicant-type"),
            applicantName: applicantName, content: content, unit: unit, idNumber: idNumber,
            contact: contact, formWanted: form)
        let context = try WorkspaceContext.open(global, origin: "cli:app-add")
        let detail = try context.service.addApplication(request)
        try AppShow.print(detail, format: format)
    }
}
