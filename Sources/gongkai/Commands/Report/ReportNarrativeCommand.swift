import ArgumentParser
import Foundation
import GongkaiCore
import GongkaiStore

/// `gongkai report narrative` — writes section 一、五 or 六 from text or a UTF-8 file.
struct ReportNarrativeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "narrative",
        abstract: "编写一、五、六部分（文字）。Write a narrative section.")

    @OptionGroup var scope: ReportScopeOptions

    @Option(help: "部分：overview 一、总体情况 | problems 五、存在的主要问题及改进情况 | other-matters 六、其他需要报告的事项（也可写 一 / 五 / 六）。")
    var section: String

    @Option(help: "文字内容。") var text: String?
    @Option(help: ArgumentHelp("从 UTF-8 文本文件读入。", valueName: "PATH")) var file: String?

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
