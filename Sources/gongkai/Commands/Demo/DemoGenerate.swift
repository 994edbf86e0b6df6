import ArgumentParser
import Foundation
import GongkaiStore

/// `gongkai demo generate --documents N --applications M [--years 2019-2026] [--seed S]` —
/// fills the workspace with realistic documents and applications (see Docs/性能.md).
struct DemoGenerate: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "generate",
            abstract: CLIText.Help.DemoGenerate.abstract.text(),
            discussion: CLIText.Help.DemoGenerate.discussion.text())
    }

    @OptionGroup var global: GlobalOptions

    @Option(help: ArgumentHelp(CLIText.Help.DemoGenerate.documents)) var documents: Int = 0
    @Option(help: ArgumentHelp(CLIText.Help.DemoGenerate.applications)) var applications: Int = 0
    @Option(help: ArgumentHelp(CLIText.Help.DemoGenerate.years, valueName: "FROM-TO")) var years: String = "2019-2026"
    @Option(help: ArgumentHelp(CLIText.Help.DemoGenerate.seed)) var seed: UInt64 = 1
    @Option(help: ArgumentHelp(CLIText.Help.Common.format)) var format: OutputFormat = .text

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
