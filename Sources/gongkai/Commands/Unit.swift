import ArgumentParser
import GongkaiCore
import GongkaiStore

/// `gongkai unit` — the county's departments (部门) and townships (乡镇).
struct UnitCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "unit",
            abstract: CLIText.Help.Unit.unitCommandAbstract.text(),
            subcommands: [UnitAdd.self, UnitList.self, UnitSet.self])
    }
}

extension UnitKind: ExpressibleByArgument {
    public init?(argument: String) { self.init(codeOrName: argument) }
}

/// `gongkai unit add NAME --kind department|township` — adds the unit and its sub-catalog.
struct UnitAdd: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "add",
            abstract: CLIText.Help.Unit.unitAddAbstract.text())
    }

    @OptionGroup var global: GlobalOptions

    @Argument(help: ArgumentHelp(CLIText.Help.Unit.unitAddName))
    var name: String

    @Option(help: ArgumentHelp(CLIText.Help.Unit.unitAddKind))
    var kind: UnitKind

    @Option(help: ArgumentHelp(CLIText.Help.Common.format))
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
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "list", abstract: CLIText.Help.Unit.unitListAbstract.text())
    }

    @OptionGroup var global: GlobalOptions

    @Option(help: ArgumentHelp(CLIText.Help.Common.format))
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
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "set",
            abstract: CLIText.Help.Unit.unitSetAbstract.text(),
            discussion: CLIText.Help.Unit.unitSetDiscussion.text())
    }

    @OptionGroup var global: GlobalOptions

    @Argument(help: ArgumentHelp(CLIText.Help.Unit.unitSetUnit))
    var unit: String

    @Option(name: .customLong("review-body"), help: ArgumentHelp(CLIText.Help.Unit.unitSetReviewBody, valueName: "NAME"))
    var reviewBody: String?

    @Option(help: ArgumentHelp(CLIText.Help.Unit.unitSetCourt, valueName: "NAME"))
    var court: String?

    @Option(help: ArgumentHelp(CLIText.Help.Common.format))
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
