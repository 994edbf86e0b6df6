import ArgumentParser
import GongkaiCore
import GongkaiStore

/// `gongkai unit` — the county's departments (部门) and townships (乡镇).
struct UnitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "unit",
        abstract: "单位（部门、乡镇）：新增、列表、复议机关和法院。Units.",
        subcommands: [UnitAdd.self, UnitList.self, UnitSet.self])
}

extension UnitKind: ExpressibleByArgument {
    public init?(argument: String) { self.init(codeOrName: argument) }
}

/// `gongkai unit add NAME --kind department|township` — adds the unit and its sub-catalog.
struct UnitAdd: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add",
        abstract: "新增单位，并在“部门乡镇信息公开”下按模板建立其目录。Add a unit and its sub-catalog.")

    @OptionGroup var global: GlobalOptions

    @Argument(help: "单位名称，如 县民政局、西岭镇。")
    var name: String

    @Option(help: "单位类别 department|township（或 部门|乡镇）。")
    var kind: UnitKind

    @Option(help: "输出格式 text|json。")
    var format: OutputFormat = .text

    func run() throws {
        let context = try WorkspaceContext.open(global, origin: "cli:unit.add")
        let result = try context.service.addUnit(AddUnitRequest(name: name, kind: kind))
        switch format {
        case .json: try Console.json(result)
        case .text:
            Console.out(CLIText.Workspace.unitAdded.text([result.unit.kind.displayName, result.unit.name, result.unit.id]))
            Console.out(CLIText.Workspace.unitCatalog.text([result.catalogNode.path, "\(result.columns.count)", CLIText.list(result.columns)]))
        }
    }
}

/// `gongkai unit list` — every unit, county office first.
struct UnitList: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list", abstract: "列出全部单位。List units.")

    @OptionGroup var global: GlobalOptions

    @Option(help: "输出格式 text|json。")
    var format: OutputFormat = .text

    func run() throws {
        let context = try WorkspaceContext.open(global, origin: "cli:unit.list")
        let units = try context.service.units()
        switch format {
        case .json: try Console.json(units)
        case .text:
            for unit in units {
                let note = unit.isCountyOffice ? CLIText.Workspace.countyOffice.text() : ""
                Console.out("\(unit.id)\t\(unit.kind.displayName)\t\(unit.name)\(note)")
            }
        }
    }
}

/// `gongkai unit set ID --review-body NAME --court NAME` — a unit's 复议机关 and 人民法院 for the
/// remedies clause of its letters (C10; 行政复议法 第二十四条; 行政诉讼法 第十四条、第十五条). Admins only,
/// audited; an empty text restores the default. Without options it shows them.
struct UnitSet: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "set",
        abstract: "单位的复议机关和人民法院（文书救济途径，管理员）。A unit's review body and court.",
        discussion: """
            默认：乡镇和县政府部门为县人民政府、县人民法院；县人民政府为市人民政府、市中级人民法院（C10）。
            写空字符串恢复默认。不带选项时显示当前设置。
            """)

    @OptionGroup var global: GlobalOptions

    @Argument(help: "单位代码或完整名称。")
    var unit: String

    @Option(name: .customLong("review-body"), help: ArgumentHelp("复议机关名称，如“某某县人民政府”。", valueName: "NAME"))
    var reviewBody: String?

    @Option(help: ArgumentHelp("人民法院名称，如“某某县人民法院”。", valueName: "NAME"))
    var court: String?

    @Option(help: "输出格式 text|json。")
    var format: OutputFormat = .text

    func run() throws {
        let context = try WorkspaceContext.open(global, origin: "cli:unit.set")
        let remedies = reviewBody == nil && court == nil
            ? try context.service.unitRemedies(unit: unit)
            : try context.service.setUnitRemedies(unit: unit, reviewBody: reviewBody, court: court)
        switch format {
        case .json: try Console.json(remedies)
        case .text:
            Console.out(CLIText.Workspace.unitRemedies.text([remedies.reviewBody, remedies.court])
                        + (remedies.isDefault ? CLIText.Workspace.unitRemediesDefault.text() : ""))
        }
    }
}
