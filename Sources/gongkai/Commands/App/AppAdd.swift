import ArgumentParser
import GongkaiCore
import GongkaiStore

/// `gongkai app add` — registers an application (条例第二十九条、第三十一条).
struct AppAdd: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add", abstract: "登记一件政府信息公开申请。Register an application.")

    @OptionGroup var global: GlobalOptions

    @Option(help: ArgumentHelp("收到申请之日 YYYY-MM-DD（条例第三十一条，按申请方式确定）。", valueName: "DATE"))
    var received: String

    @Option(help: "申请方式：in-person 当面 | registered-mail 邮寄(签收) | ordinary-mail 平常信函 | online 互联网 | fax 传真。")
    var channel: String

    @Option(name: .customLong("applicant-type"),
            help: "申请人类型：natural-person 自然人 | business 商业企业 | research 科研机构 | nonprofit 社会公益组织 | legal-services 法律服务机构 | other-org 其他。")
    var applicantType: String

    @Option(name: .customLong("applicant-name"), help: "申请人姓名或名称。")
    var applicantName: String

    @Option(help: "申请获取的政府信息（内容描述）。")
    var content: String

    @Option(help: "承办单位（编号或名称；默认本人单位）。")
    var unit: String?

    @Option(name: .customLong("id-number"), help: "身份证件号码（个人信息，列表中遮蔽）。")
    var idNumber: String?

    @Option(help: "联系方式（个人信息）。")
    var contact: String?

    @Option(help: "获取信息的方式，如 纸质、电子邮件。")
    var form: String?

    @Option(help: "输出格式 text|json。")
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
