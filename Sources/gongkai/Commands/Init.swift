import ArgumentParser
import GongkaiStore

/// `gongkai init [--demo]` — creates the workspace explicitly; `--demo` adds sample units,
/// documents and applications so that a newcomer sees a living workstation.
struct Init: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "创建工作区（--demo 加入示例单位、文件和申请）。Create the workspace.")

    @OptionGroup var global: GlobalOptions

    @Flag(help: "加入示例数据。Add sample units, documents and applications.")
    var demo = false

    @Option(help: "输出格式 text|json。")
    var format: OutputFormat = .text

    func run() throws {
        // A new workspace is initialised under its creation lock; an existing one afterwards.
        var made: InitReport?
        let demo = self.demo
        let context = try WorkspaceContext.open(global, origin: "cli:init", seedOnCreate: false) { service in
            made = try service.initialize(demo: demo, created: true)
        }
        let report = try made ?? context.service.initialize(demo: demo, created: context.created)
        switch format {
        case .json:
            try Console.json(report)
        case .text:
            Console.out((report.created ? G.Workspace.created : G.Workspace.exists).text([report.workspace]))
            Console.out(G.Workspace.migrations.text(["\(report.migrations.count)", report.migrations.joined(separator: ", ")]))
            if report.seededUnits > 0 { Console.out(G.Workspace.unitsSeeded.text(["\(report.seededUnits)"])) }
            if report.catalogNodes > 0 { Console.out(G.Workspace.catalogSeeded.text(["\(report.catalogNodes)"])) }
            if demo {
                if report.demoUnits + report.demoDocuments + report.demoApplications == 0 {
                    Console.out(G.Workspace.demoAlready.text())
                } else {
                    Console.out(G.Workspace.demoAdded.text(["\(report.demoUnits)", "\(report.demoDocuments)", "\(report.demoApplications)"]))
                }
            }
            Console.out(G.Workspace.runToOpen.text())
        }
    }
}
