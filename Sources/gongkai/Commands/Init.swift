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
        let context = try WorkspaceContext.open(global, origin: "cli:init", seedOnCreate: false)
        let report = try context.service.initialize(demo: demo, created: context.created)
        switch format {
        case .json:
            try Console.json(report)
        case .text:
            Console.out((report.created ? "已创建工作区：" : "工作区已存在：") + report.workspace)
            Console.out("数据库迁移：\(report.migrations.count) 项（\(report.migrations.joined(separator: ", "))）")
            if report.seededUnits > 0 { Console.out("已建立单位：\(report.seededUnits) 个") }
            if report.catalogNodes > 0 { Console.out("已建立公开目录：\(report.catalogNodes) 个栏目（gongkai catalog tree 查看）") }
            if demo {
                if report.demoUnits + report.demoDocuments + report.demoApplications == 0 {
                    Console.out("示例数据此前已加入，未重复添加。")
                } else {
                    Console.out("示例数据：单位 \(report.demoUnits) 个，文件 \(report.demoDocuments) 件，申请 \(report.demoApplications) 件")
                }
            }
            Console.out("运行 gongkai 打开工作台。")
        }
    }
}
