import ArgumentParser
import Foundation
import GongkaiCore
import GongkaiStore

/// `gongkai catalog` — the disclosure catalog (公开目录): view, check and maintain it. Columns are named
/// by id (`c05.09.01`), full path (`法定主动公开内容/基层政府信息公开/教育信息`) or a unique name (`教育信息`).
struct CatalogCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "catalog",
        abstract: "公开目录：查看、检查与维护。The disclosure catalog.",
        discussion: "栏目可用编号（c05.09.01）、完整路径（法定主动公开内容/基层政府信息公开/教育信息）或唯一的名称指定。",
        subcommands: [CatalogTreeCommand.self, CatalogCheckCommand.self, CatalogAdd.self, CatalogRename.self,
                      CatalogMove.self, CatalogReorder.self, CatalogRetire.self, CatalogRestore.self,
                      CatalogDelete.self, CatalogSet.self, CatalogPlace.self, CatalogItemCommand.self])
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
    static let configuration = CommandConfiguration(
        commandName: "tree", abstract: "显示目录树（含各栏目的事项、文件、待审、逾期数和最近更新日期）。Show the tree.")

    @OptionGroup var global: GlobalOptions

    @Option(help: "只显示某单位的目录（单位编号或名称）。")
    var unit: String?

    @Flag(help: "同时列出已停用的栏目。")
    var includeRetired = false

    @Option(help: "栏目长期不更新的天数（默认 90）。")
    var stalenessDays = CatalogCheck.defaultStalenessDays

    @Option(help: "输出格式 text|json。")
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
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "检查目录：同级重名（错误）、标准指引领域未覆盖、无责任单位、栏目长期不更新（警告）。有错误时退出码为 1。")

    @OptionGroup var global: GlobalOptions

    @Option(help: "栏目长期不更新的天数（默认 90）。")
    var stalenessDays = CatalogCheck.defaultStalenessDays

    @Option(help: "按此日期检查（YYYY-MM-DD，默认今天）。")
    var today: String?

    @Option(help: "输出格式 text|json。")
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
    static let configuration = CommandConfiguration(commandName: "add", abstract: "新增栏目。Add a column.")

    @OptionGroup var global: GlobalOptions
    @Argument(help: "栏目名称。") var name: String
    @Option(help: "上级栏目（编号、路径或名称）；不给则新增一级类别。") var parent: String?
    @Option(help: "在同级在用栏目中的位置（从 1 起，默认最后）。") var position: Int?
    @Option(name: .customLong("area"), help: "对应的国家标准指引领域（代码或中文名，可重复）。") var areas: [String] = []
    @Option(help: "责任单位（编号或名称）。") var owner: String?
    @Option(help: "输出格式 text|json。") var format: OutputFormat = .text

    func run() throws {
        let context = try WorkspaceContext.open(global, origin: "cli:catalog.add")
        let node = try context.service.addCatalogNode(AddCatalogNodeRequest(
            parent: parent, name: name, position: position, nationalAreas: areas, ownerUnit: owner))
        try printNode(node, verb: CLIText.Catalog.added.text(), format: format)
    }
}

/// `gongkai catalog rename NODE NAME`.
struct CatalogRename: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "rename", abstract: "重命名栏目。Rename a column.")

    @OptionGroup var global: GlobalOptions
    @Argument(help: "栏目（编号、路径或名称）。") var node: String
    @Argument(help: "新名称。") var name: String
    @Option(help: "输出格式 text|json。") var format: OutputFormat = .text

    func run() throws {
        let context = try WorkspaceContext.open(global, origin: "cli:catalog.rename")
        try printNode(try context.service.renameCatalogNode(RenameCatalogNodeRequest(node: node, name: name)), verb: CLIText.Catalog.renamed.text(), format: format)
    }
}

/// `gongkai catalog move NODE --to PARENT | --top`.
struct CatalogMove: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "move", abstract: "移动栏目（连同下级）。Move a column.")

    @OptionGroup var global: GlobalOptions
    @Argument(help: "栏目（编号、路径或名称）。") var node: String
    @Option(help: "新的上级栏目。") var to: String?
    @Flag(help: "移为一级类别。") var top = false
    @Option(help: "在新位置同级在用栏目中的位置（从 1 起，默认最后）。") var position: Int?
    @Option(help: "输出格式 text|json。") var format: OutputFormat = .text

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
    static let configuration = CommandConfiguration(commandName: "reorder", abstract: "调整栏目顺序。Reorder a column.")

    @OptionGroup var global: GlobalOptions
    @Argument(help: "栏目（编号、路径或名称）。") var node: String
    @Argument(help: "新位置（从 1 起）。") var position: Int
    @Option(help: "输出格式 text|json。") var format: OutputFormat = .text

    func run() throws {
        let context = try WorkspaceContext.open(global, origin: "cli:catalog.reorder")
        try printNode(try context.service.reorderCatalogNode(ReorderCatalogNodeRequest(node: node, position: position)), verb: CLIText.Catalog.reordered.text(), format: format)
    }
}

/// `gongkai catalog retire NODE`.
struct CatalogRetire: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "retire", abstract: "停用栏目（保留历史，不再列出和检查）。Retire a column.")

    @OptionGroup var global: GlobalOptions
    @Argument(help: "栏目（编号、路径或名称）。") var node: String
    @Option(help: "输出格式 text|json。") var format: OutputFormat = .text

    func run() throws {
        let context = try WorkspaceContext.open(global, origin: "cli:catalog.retire")
        try printNode(try context.service.retireCatalogNode(CatalogNodeReference(node: node)), verb: CLIText.Catalog.retired.text(), format: format)
    }
}

/// `gongkai catalog restore NODE`.
struct CatalogRestore: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "restore", abstract: "恢复已停用的栏目。Restore a column.")

    @OptionGroup var global: GlobalOptions
    @Argument(help: "栏目（编号或路径）。") var node: String
    @Option(help: "输出格式 text|json。") var format: OutputFormat = .text

    func run() throws {
        let context = try WorkspaceContext.open(global, origin: "cli:catalog.restore")
        try printNode(try context.service.restoreCatalogNode(CatalogNodeReference(node: node)), verb: CLIText.Catalog.restored.text(), format: format)
    }
}

/// `gongkai catalog delete NODE` — only for a mistaken, never-used column.
struct CatalogDelete: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "delete", abstract: "删除误建且从未使用的栏目（有信息的栏目只能停用）。Delete an unused column.")

    @OptionGroup var global: GlobalOptions
    @Argument(help: "栏目（编号、路径或名称）。") var node: String
    @Option(help: "输出格式 text|json。") var format: OutputFormat = .text

    func run() throws {
        let context = try WorkspaceContext.open(global, origin: "cli:catalog.delete")
        try printNode(try context.service.deleteCatalogNode(CatalogNodeReference(node: node)), verb: CLIText.Catalog.deleted.text(), format: format)
    }
}

/// `gongkai catalog place DOC NODE` — files a document in a column.
struct CatalogPlace: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "place", abstract: "把文件归入栏目。File a document.")

    @OptionGroup var global: GlobalOptions
    @Argument(help: "文件编号。") var document: String
    @Argument(help: "栏目（编号、路径或名称）。") var node: String
    @Option(help: "输出格式 text|json。") var format: OutputFormat = .text

    func run() throws {
        let context = try WorkspaceContext.open(global, origin: "cli:catalog.place")
        try printNode(try context.service.placeDocument(PlaceDocumentRequest(document: document, node: node)), verb: CLIText.Catalog.placed.text([document]), format: format)
    }
}

/// `gongkai catalog set NODE [--area A …] [--owner U] [--staleness-days N]` — a column's attributes.
struct CatalogSet: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "set",
        abstract: "设置栏目的对应标准指引领域、责任单位和更新周期。Set a column's areas, owner, period.")

    @OptionGroup var global: GlobalOptions
    @Argument(help: "栏目（编号、路径或名称）。") var node: String
    @Option(name: .customLong("area"), help: "对应的国家标准指引领域（代码或中文名，可重复或用逗号分隔；替换原有的）。")
    var areas: [String] = []
    @Flag(help: "清除全部对应领域。") var clearAreas = false
    @Option(help: "责任单位（编号或名称）。") var owner: String?
    @Flag(help: "清除责任单位（沿用上级的）。") var clearOwner = false
    @Option(help: "本栏目的更新周期（天）。") var stalenessDays: Int?
    @Flag(help: "清除本栏目的更新周期（按检查的默认周期）。") var clearStalenessDays = false
    @Option(help: "输出格式 text|json。") var format: OutputFormat = .text

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
