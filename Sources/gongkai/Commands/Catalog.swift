import ArgumentParser
import Foundation
import GongkaiCore
import GongkaiStore

/// `gongkai catalog` — the disclosure catalog (公开目录): view, check and maintain it. Columns are named
/// by id (`c05.09.01`), full path (`法定主动公开内容/基层政府信息公开/教育信息`) or a unique name (`教育信息`).
struct CatalogCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "catalog",
            abstract: CLIText.Help.Catalog.catalogCommandAbstract.text(),
            discussion: CLIText.Help.Catalog.catalogCommandDiscussion.text(),
            subcommands: [CatalogTreeCommand.self, CatalogCheckCommand.self, CatalogAdd.self, CatalogRename.self,
                          CatalogMove.self, CatalogReorder.self, CatalogRetire.self, CatalogRestore.self,
                          CatalogDelete.self, CatalogSet.self, CatalogPlace.self, CatalogItemCommand.self])
    }
}

/// Prints a changed column (text or JSON).
func printNode(_ node: CatalogNodeSummary, verb: String, format: OutputFormat) throws {
    switch format {
    case .json: try Console.json(node)
    case .text:
        let retired = node.retiredOn.map { CLIText.Catalog.retiredOn.text([$0.iso]) } ?? ""
        Console.out(CLIText.Catalog.changedNode.text([verb, node.path, node.id, "\(node.order)", retired]))
    }
}

/// `gongkai catalog tree [--unit U] [--include-retired]`.
struct CatalogTreeCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "tree", abstract: CLIText.Help.Catalog.catalogTreeCommandAbstract.text())
    }

    @OptionGroup var global: GlobalOptions

    @Option(help: ArgumentHelp(CLIText.Help.Catalog.catalogTreeCommandUnit))
    var unit: String?

    @Flag(help: ArgumentHelp(CLIText.Help.Catalog.catalogTreeCommandIncludeRetired))
    var includeRetired = false

    @Option(help: ArgumentHelp(CLIText.Help.Catalog.catalogTreeCommandStalenessDays))
    var stalenessDays = CatalogCheck.defaultStalenessDays

    @Option(help: ArgumentHelp(CLIText.Help.Common.format))
    var format: OutputFormat = .text

    func run() throws {
        let context = try WorkspaceContext.open(global, origin: "cli:catalog.tree")
        let roots = try context.service.catalogTree(unit: unit, includeRetired: includeRetired,
                                                    stalenessDays: stalenessDays)
        switch format {
        case .json: try Console.json(roots)
        case .text:
            func show(_ node: CatalogTreeNode, depth: Int) {
                let c = node.counts
                var line = String(repeating: "  ", count: depth) + node.name + "  [\(node.id)]"
                line += CLIText.Catalog.treeCounts.text(["\(c.items)", "\(c.documents)", "\(c.pending)", "\(c.overdue)"])
                line += CLIText.Catalog.treeUpdated.text([node.lastUpdated?.iso ?? "-"])
                if node.stale { line += CLIText.Catalog.treeStale.text() }
                if let retired = node.retiredOn { line += CLIText.Catalog.treeRetired.text([retired.iso]) }
                Console.out(line)
                for child in node.children { show(child, depth: depth + 1) }
            }
            for root in roots { show(root, depth: 0) }
        }
    }
}

/// `gongkai catalog check` — exits 1 when any problem is an error.
struct CatalogCheckCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "check",
            abstract: CLIText.Help.Catalog.catalogCheckCommandAbstract.text())
    }

    @OptionGroup var global: GlobalOptions

    @Option(help: ArgumentHelp(CLIText.Help.Catalog.catalogTreeCommandStalenessDays))
    var stalenessDays = CatalogCheck.defaultStalenessDays

    @Option(help: ArgumentHelp(CLIText.Help.Catalog.catalogCheckCommandToday))
    var today: String?

    @Option(help: ArgumentHelp(CLIText.Help.Common.format))
    var format: OutputFormat = .text

    func run() throws {
        let context = try WorkspaceContext.open(global, origin: "cli:catalog.check")
        var day: CivilDate? = nil
        if let today {
            guard let d = CivilDate(iso: today) else { throw CLIError(CLIText.Common.badDateShould.text([today])) }
            day = d
        }
        let report = try context.service.catalogCheck(today: day, stalenessDays: stalenessDays)
        switch format {
        case .json: try Console.json(report)
        case .text:
            for p in report.problems {
                let place = p.path.isEmpty ? "" : "  " + p.path
                Console.out(CLIText.Catalog.problem.text([p.severity.displayName, p.kind.displayName, place, p.message]))
            }
            Console.out(CLIText.Catalog.checkSummary.text(["\(report.problems.count)", "\(report.errors)", "\(report.warnings)",
                                                     report.today.iso, "\(report.stalenessDays)"]))
        }
        if report.errors > 0 { throw ExitCode(1) }
    }
}

/// `gongkai catalog add NAME --parent P`.
struct CatalogAdd: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "add", abstract: CLIText.Help.Catalog.catalogAddAbstract.text())
    }

    @OptionGroup var global: GlobalOptions
    @Argument(help: ArgumentHelp(CLIText.Help.Catalog.catalogAddName)) var name: String
    @Option(help: ArgumentHelp(CLIText.Help.Catalog.catalogAddParent)) var parent: String?
    @Option(help: ArgumentHelp(CLIText.Help.Catalog.catalogAddPosition)) var position: Int?
    @Option(name: .customLong("area"), help: ArgumentHelp(CLIText.Help.Catalog.catalogAddAreas)) var areas: [String] = []
    @Option(help: ArgumentHelp(CLIText.Help.Catalog.catalogAddOwner)) var owner: String?
    @Option(help: ArgumentHelp(CLIText.Help.Common.format)) var format: OutputFormat = .text

    func run() throws {
        let context = try WorkspaceContext.open(global, origin: "cli:catalog.add")
        let node = try context.service.addCatalogNode(AddCatalogNodeRequest(
            parent: parent, name: name, position: position, nationalAreas: areas, ownerUnit: owner))
        try printNode(node, verb: CLIText.Catalog.added.text(), format: format)
    }
}

/// `gongkai catalog rename NODE NAME`.
struct CatalogRename: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "rename", abstract: CLIText.Help.Catalog.catalogRenameAbstract.text())
    }

    @OptionGroup var global: GlobalOptions
    @Argument(help: ArgumentHelp(CLIText.Help.Catalog.catalogRenameNode)) var node: String
    @Argument(help: ArgumentHelp(CLIText.Help.Catalog.catalogRenameName)) var name: String
    @Option(help: ArgumentHelp(CLIText.Help.Common.format)) var format: OutputFormat = .text

    func run() throws {
        let context = try WorkspaceContext.open(global, origin: "cli:catalog.rename")
        try printNode(try context.service.renameCatalogNode(RenameCatalogNodeRequest(node: node, name: name)), verb: CLIText.Catalog.renamed.text(), format: format)
    }
}

/// `gongkai catalog move NODE --to PARENT | --top`.
struct CatalogMove: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "move", abstract: CLIText.Help.Catalog.catalogMoveAbstract.text())
    }

    @OptionGroup var global: GlobalOptions
    @Argument(help: ArgumentHelp(CLIText.Help.Catalog.catalogRenameNode)) var node: String
    @Option(help: ArgumentHelp(CLIText.Help.Catalog.catalogMoveTo)) var to: String?
    @Flag(help: ArgumentHelp(CLIText.Help.Catalog.catalogMoveTop)) var top = false
    @Option(help: ArgumentHelp(CLIText.Help.Catalog.catalogMovePosition)) var position: Int?
    @Option(help: ArgumentHelp(CLIText.Help.Common.format)) var format: OutputFormat = .text

    func validate() throws {
        if (to == nil) == !top { throw ValidationError(CLIText.Catalog.moveNeedsTarget.text()) }
    }

    func run() throws {
        let context = try WorkspaceContext.open(global, origin: "cli:catalog.move")
        try printNode(try context.service.moveCatalogNode(MoveCatalogNodeRequest(node: node, parent: to, position: position)),
                      verb: CLIText.Catalog.moved.text(), format: format)
    }
}

/// `gongkai catalog reorder NODE POSITION`.
struct CatalogReorder: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "reorder", abstract: CLIText.Help.Catalog.catalogReorderAbstract.text())
    }

    @OptionGroup var global: GlobalOptions
    @Argument(help: ArgumentHelp(CLIText.Help.Catalog.catalogRenameNode)) var node: String
    @Argument(help: ArgumentHelp(CLIText.Help.Catalog.catalogReorderPosition)) var position: Int
    @Option(help: ArgumentHelp(CLIText.Help.Common.format)) var format: OutputFormat = .text

    func run() throws {
        let context = try WorkspaceContext.open(global, origin: "cli:catalog.reorder")
        try printNode(try context.service.reorderCatalogNode(ReorderCatalogNodeRequest(node: node, position: position)), verb: CLIText.Catalog.reordered.text(), format: format)
    }
}

/// `gongkai catalog retire NODE`.
struct CatalogRetire: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "retire", abstract: CLIText.Help.Catalog.catalogRetireAbstract.text())
    }

    @OptionGroup var global: GlobalOptions
    @Argument(help: ArgumentHelp(CLIText.Help.Catalog.catalogRenameNode)) var node: String
    @Option(help: ArgumentHelp(CLIText.Help.Common.format)) var format: OutputFormat = .text

    func run() throws {
        let context = try WorkspaceContext.open(global, origin: "cli:catalog.retire")
        try printNode(try context.service.retireCatalogNode(CatalogNodeReference(node: node)), verb: CLIText.Catalog.retired.text(), format: format)
    }
}

/// `gongkai catalog restore NODE`.
struct CatalogRestore: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "restore", abstract: CLIText.Help.Catalog.catalogRestoreAbstract.text())
    }

    @OptionGroup var global: GlobalOptions
    @Argument(help: ArgumentHelp(CLIText.Help.Catalog.catalogRestoreNode)) var node: String
    @Option(help: ArgumentHelp(CLIText.Help.Common.format)) var format: OutputFormat = .text

    func run() throws {
        let context = try WorkspaceContext.open(global, origin: "cli:catalog.restore")
        try printNode(try context.service.restoreCatalogNode(CatalogNodeReference(node: node)), verb: CLIText.Catalog.restored.text(), format: format)
    }
}

/// `gongkai catalog delete NODE` — only for a mistaken, never-used column.
struct CatalogDelete: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "delete", abstract: CLIText.Help.Catalog.catalogDeleteAbstract.text())
    }

    @OptionGroup var global: GlobalOptions
    @Argument(help: ArgumentHelp(CLIText.Help.Catalog.catalogRenameNode)) var node: String
    @Option(help: ArgumentHelp(CLIText.Help.Common.format)) var format: OutputFormat = .text

    func run() throws {
        let context = try WorkspaceContext.open(global, origin: "cli:catalog.delete")
        try printNode(try context.service.deleteCatalogNode(CatalogNodeReference(node: node)), verb: CLIText.Catalog.deleted.text(), format: format)
    }
}

/// `gongkai catalog place DOC NODE` — files a document in a column.
struct CatalogPlace: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "place", abstract: CLIText.Help.Catalog.catalogPlaceAbstract.text())
    }

    @OptionGroup var global: GlobalOptions
    @Argument(help: ArgumentHelp(CLIText.Help.Catalog.catalogPlaceDocument)) var document: String
    @Argument(help: ArgumentHelp(CLIText.Help.Catalog.catalogRenameNode)) var node: String
    @Option(help: ArgumentHelp(CLIText.Help.Common.format)) var format: OutputFormat = .text

    func run() throws {
        let context = try WorkspaceContext.open(global, origin: "cli:catalog.place")
        try printNode(try context.service.placeDocument(PlaceDocumentRequest(document: document, node: node)), verb: CLIText.Catalog.placed.text([document]), format: format)
    }
}

/// `gongkai catalog set NODE [--area A …] [--owner U] [--staleness-days N]` — a column's attributes.
struct CatalogSet: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "set",
            abstract: CLIText.Help.Catalog.catalogSetAbstract.text())
    }

    @OptionGroup var global: GlobalOptions
    @Argument(help: ArgumentHelp(CLIText.Help.Catalog.catalogRenameNode)) var node: String
    @Option(name: .customLong("area"), help: ArgumentHelp(CLIText.Help.Catalog.catalogSetAreas))
    var areas: [String] = []
    @Flag(help: ArgumentHelp(CLIText.Help.Catalog.catalogSetClearAreas)) var clearAreas = false
    @Option(help: ArgumentHelp(CLIText.Help.Catalog.catalogAddOwner)) var owner: String?
    @Flag(help: ArgumentHelp(CLIText.Help.Catalog.catalogSetClearOwner)) var clearOwner = false
    @Option(help: ArgumentHelp(CLIText.Help.Catalog.catalogSetStalenessDays)) var stalenessDays: Int?
    @Flag(help: ArgumentHelp(CLIText.Help.Catalog.catalogSetClearStalenessDays)) var clearStalenessDays = false
    @Option(help: ArgumentHelp(CLIText.Help.Common.format)) var format: OutputFormat = .text

    func run() throws {
        let context = try WorkspaceContext.open(global, origin: "cli:catalog.set")
        let node = try context.service.updateCatalogNode(UpdateCatalogNodeRequest(
            node: node, nationalAreas: clearAreas ? [] : (areas.isEmpty ? nil : areas), ownerUnit: owner,
            clearOwner: clearOwner, stalenessDays: stalenessDays, clearStalenessDays: clearStalenessDays))
        switch format {
        case .json: try Console.json(node)
        case .text:
            let areaNames = node.nationalAreas.compactMap { NationalStandardArea(rawValue: $0)?.displayName }
            Console.out(CLIText.Catalog.updated.text([node.path, node.id]))
            Console.out(CLIText.Catalog.areasAndOwner.text([areaNames.isEmpty ? CLIText.Common.none.text() : CLIText.list(areaNames),
                                                      node.ownerUnitId ?? CLIText.Catalog.inheritedOwner.text()]))
        }
    }
}
