import ArgumentParser
import Foundation
import GongkaiCore
import GongkaiStore

/// `gongkai report narrative` — writes section 一、五 or 六 from text or a UTF-8 file.
struct ReportNarrativeCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "narrative",
            abstract: CLIText.Help.ReportNarrativeCommand.abstract.text())
    }

    @OptionGroup var scope: ReportScopeOptions

    @Option(help: ArgumentHelp(CLIText.Help.ReportNarrativeCommand.section))
    var section: String

    @Option(help: ArgumentHelp(CLIText.Help.ReportNarrativeCommand.text)) var text: String?
    @Option(help: ArgumentHelp(CLIText.Help.ReportNarrativeCommand.file, valueName: "PATH")) var file: String?

    func run() throws {
        guard let s = InputWords.reportSections[section] ?? ReportSection(codeOrName: section), s.isNarrative else {
            throw CLIError(CLIText.Report.badSection.text([section]))
        }
        let body: String
        switch (text, file) {
        case let (t?, nil): body = t
        case let (nil, path?):
            guard let data = (try? OfficerSide.files.read(path)) else { throw CLIError(CLIText.Common.cannotReadNamed.text([path])) }
            guard let t = String(data: data, encoding: .utf8) else { throw CLIError(CLIText.Common.notUTF8.text([path])) }
            body = t
        default: throw CLIError(CLIText.Report.textOrFile.text())
        }
        let (service, reportScope) = try scope.open(origin: "cli:report narrative")
        try service.setNarrative(year: scope.year, scope: reportScope, section: s, text: body)
        Console.out(CLIText.Report.narrativeSaved.text(["\(scope.year)", s.displayName, "\(body.count)"]))
    }
}
