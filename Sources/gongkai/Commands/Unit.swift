import ArgumentParser
import GongkaiCore
import GongkaiStore

/// `gongkai unit` — the county's departments (部门) and townships (乡镇).
struct UnitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "unit",
        abstract: "单位（部门、乡镇）：新增与列表。Units.",
        subcommands: [UnitAdd.self, UnitList.self])
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
            Console.out(G.Workspace.unitAdded.text([result.unit.kind.displayName, result.unit.name, result.unit.id]))
            Console.out(G.Workspace.unitCatalog.text([result.catalogNode.path, "\(result.columns.count)", G.list(result.columns)]))
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
                let note = unit.isCountyOffice ? G.Workspace.countyOffice.text() : ""
                Console.out("\(unit.id)\t\(unit.kind.displayName)\t\(unit.name)\(note)")
            }
        }
    }
}
