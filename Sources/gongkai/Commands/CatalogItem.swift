import ArgumentParser
import GongkaiCore
import GongkaiStore

/// `gongkai catalog item` — standard catalog items (标准目录事项, 国办发〔2019〕54号).
struct CatalogItemCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "item", abstract: CLIText.Help.CatalogItem.catalogItemCommandAbstract.text(),
            subcommands: [CatalogItemAdd.self, CatalogItemList.self])
    }
}

/// Parses a code or Chinese name of a `DomainCode`, with the valid codes in the error.
func domainCode<T: DomainCode>(_ text: String, _ what: String) throws -> T {
    guard let value = T(codeOrName: text) else {
        throw CLIError(CLIText.Common.badCode.text([what, text, T.codeList]))
    }
    return value
}

/// `gongkai catalog item add --node N --first … --second … …`.
struct CatalogItemAdd: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "add", abstract: CLIText.Help.CatalogItem.catalogItemAddAbstract.text())
    }

    @OptionGroup var global: GlobalOptions
    @Option(help: ArgumentHelp(CLIText.Help.CatalogItem.catalogItemAddNode)) var node: String
    @Option(help: ArgumentHelp(CLIText.Help.CatalogItem.catalogItemAddSerial)) var serial: Int?
    @Option(help: ArgumentHelp(CLIText.Help.CatalogItem.catalogItemAddFirst)) var first: String
    @Option(help: ArgumentHelp(CLIText.Help.CatalogItem.catalogItemAddSecond)) var second: String
    @Option(help: ArgumentHelp(CLIText.Help.CatalogItem.catalogItemAddContent)) var content: String
    @Option(help: ArgumentHelp(CLIText.Help.CatalogItem.catalogItemAddBasis)) var basis: String
    @Option(help: ArgumentHelp(CLIText.Help.CatalogItem.catalogItemAddTimeLimit))
    var timeLimit: String?   // the statutory limit when not given (its Chinese text is no English help's default)
    @Option(help: ArgumentHelp(CLIText.Help.CatalogItem.catalogItemAddPublisher)) var publisher: String
    @Option(help: ArgumentHelp(CLIText.Help.CatalogItem.catalogItemAddChannel, [StandardCatalogItem.Carrier.codeList]))
    var channel: [String] = []
    @Option(help: ArgumentHelp(CLIText.Help.CatalogItem.catalogItemAddAudience)) var audience = "everyone"
    @Option(help: ArgumentHelp(CLIText.Help.CatalogItem.catalogItemAddMode)) var mode = "proactive"
    @Option(help: ArgumentHelp(CLIText.Help.CatalogItem.catalogItemAddLevel)) var level = "county"
    @Option(help: ArgumentHelp(CLIText.Help.Common.format)) var format: OutputFormat = .text

    func run() throws {
        let carriers: [StandardCatalogItem.Carrier] = try channel
            .flatMap { $0.split(whereSeparator: InputWords.listSeparators.contains) }
            .map { try domainCode(String($0), CLIText.Catalog.fieldCarrier.text()) }
        let item = StandardCatalogItem(
            serialNumber: serial, firstLevelMatter: first, secondLevelMatter: second, content: content,
            basis: basis, timeLimit: timeLimit ?? StandardCatalogItem.statutoryTimeLimit, publisher: publisher, carriers: carriers,
            audience: try domainCode(audience, CLIText.Catalog.fieldAudience.text()), mode: try domainCode(mode, CLIText.Catalog.fieldMode.text()),
            level: try domainCode(level, CLIText.Catalog.fieldLevel.text()))
        let context = try WorkspaceContext.open(global, origin: "cli:catalog.item.add")
        let stored = try context.service.addStandardItem(AddStandardItemRequest(node: node, item: item))
        switch format {
        case .json: try Console.json(stored)
        case .text: Console.out(CLIText.Catalog.itemAdded.text(["\(stored.id)", stored.nodePath, first, second]))
        }
    }
}

/// `gongkai catalog item list [--node N]`.
struct CatalogItemList: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "list", abstract: CLIText.Help.CatalogItem.catalogItemListAbstract.text())
    }

    @OptionGroup var global: GlobalOptions
    @Option(help: ArgumentHelp(CLIText.Help.CatalogItem.catalogItemListNode)) var node: String?
    @Option(help: ArgumentHelp(CLIText.Help.Common.format)) var format: OutputFormat = .text

    func run() throws {
        let context = try WorkspaceContext.open(global, origin: "cli:catalog.item.list")
        let items = try context.service.listStandardItems(node: node)
        switch format {
        case .json: try Console.json(items)
        case .text:
            for s in items {
                let i = s.item
                Console.out("\(s.id)\t\(s.nodePath)\t\(i.serialNumber.map(String.init) ?? "-")\t"
                            + "\(i.firstLevelMatter)/\(i.secondLevelMatter)\t\(i.publisher)\t"
                            + "\(CLIText.list(i.carriers.map(\.displayName)))\t"
                            + "\(i.audience.displayName) \(i.mode.displayName) \(i.level.displayName)")
            }
            if items.isEmpty { Console.out(CLIText.Catalog.noItems.text()) }
        }
    }
}
