import ArgumentParser
import Foundation
import GongkaiStore

/// `gongkai demo generate --documents N --applications M [--years 2019-2026] [--seed S]` —
/// fills the workspace with realistic documents and applications (see Docs/性能.md).
struct DemoGenerate: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "generate",
        abstract: "生成演示文件和申请（同一种子结果相同）。Generate documents and applications.",
        discussion: """
            文件：标题、文号、正文、发文单位、公开属性、公开目录栏目；申请：申请人、内容、办理记录
            （补正、征求意见、延期、撤回、答复）与答复类型，分布在 --years 的各年中，近期的仍在办理。
            生成的编号形如 D2024-G000012、A2024-G000012，不占用登记时分配的编号；整个生成过程记一条
            demo.generate 审计记录。仅管理员可用。
            """)

    @OptionGroup var global: GlobalOptions

    @Option(help: "文件数。Number of documents.") var documents: Int = 0
    @Option(help: "申请数。Number of applications.") var applications: Int = 0
    @Option(help: ArgumentHelp("年份范围，如 2019-2026。Years.", valueName: "FROM-TO")) var years: String = "2019-2026"
    @Option(help: "随机种子（同一种子、同一天生成相同的数据）。Seed.") var seed: UInt64 = 1
    @Option(help: "输出格式 text|json。") var format: OutputFormat = .text

    func run() throws {
        let fields = years.split(separator: "-", omittingEmptySubsequences: false)
        let parts = fields.compactMap { Int($0) }
        guard parts.count == fields.count, parts.count == 2 || parts.count == 1 else {
            throw CLIError(CLIText.Workspace.badYears.text([years]))
        }
        let request = DemoGenerationRequest(documents: documents, applications: applications,
                                            fromYear: parts[0], toYear: parts.last!, seed: seed)
        let context = try WorkspaceContext.open(global, origin: "cli:demo")
        let bar = Progress(CLIText.Workspace.progressGenerating.text())
        let started = Date()
        let result = try context.service.generateDemo(request) { p in
            bar.update(p.done, p.total, label: p.phase == .documents ? CLIText.Workspace.progressDocuments.text() : CLIText.Workspace.progressRequests.text())
        }
        bar.finish()
        switch format {
        case .json: try Console.json(result)
        case .text:
            let seconds = Date().timeIntervalSince(started)
            Console.out(CLIText.Workspace.generated.text(["\(result.units)", "\(result.documents)", "\(result.catalogPlacements)",
                                                     "\(result.applications)", "\(result.events)", "\(result.fromYear)",
                                                     "\(result.toYear)", "\(result.seed)", String(format: "%.1f", seconds)]))
        }
    }
}
