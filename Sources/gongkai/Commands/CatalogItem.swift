import ArgumentParser
import GongkaiCore
import GongkaiStore

/// `gongkai catalog item` — standard catalog items (标准目录事项, 国办发〔2019〕54号).
struct CatalogItemCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "item", abstract: "标准目录事项：新增与列表。Standard catalog items.",
        subcommands: [CatalogItemAdd.self, CatalogItemList.self])
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
    static let configuration = CommandConfiguration(commandName: "add", abstract: "新增标准目录事项。Add an item.")

    @OptionGroup var global: GlobalOptions
    @Option(help: "所属栏目（编号、路径或名称）。") var node: String
    @Option(help: "序号。") var serial: Int?
    @Option(help: "一级事项。") var first: String
    @Option(help: "二级事项。") var second: String
    @Option(help: "公开内容(要素)。") var content: String
    @Option(help: "公开依据。") var basis: String
    @Option(help: "公开时限（默认：信息形成或者变更之日起20个工作日内）。")
    var timeLimit = StandardCatalogItem.statutoryTimeLimit
    @Option(help: "公开主体。") var publisher: String
    @Option(help: "公开渠道和载体（代码或中文，可重复或用逗号分隔）：\(StandardCatalogItem.Carrier.codeList)。")
    var channel: [String] = []
    @Option(help: "公开对象 everyone|specific-group（全社会|特定群体）。") var audience = "everyone"
    @Option(help: "公开方式 proactive|on-request（主动|依申请）。") var mode = "proactive"
    @Option(help: "公开层级 county|township（县级|乡级）。") var level = "county"
    @Option(help: "输出格式 text|json。") var format: OutputFormat = .text

    func run() throws {
        let carriers: [StandardCatalogItem.Carrier] = try channel
            .flatMap { $0.split(whereSeparator: InputWords.listSeparators.contains) }
            .map { try domainCode(String($0), CLIText.Catalog.fieldCarrier.text()) }
        let item = StandardCatalogItem(
            serialNumber: serial, firstLevelMatter: first, secondLevelMatter: second, content: content,
            basis: basis, timeLimit: timeLimit, publisher: publisher, carriers: carriers,
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
    static let configuration = CommandConfiguration(commandName: "list", abstract: "列出标准目录事项。List items.")

    @OptionGroup var global: GlobalOptions
    @Option(help: "只列某栏目及其下级的事项。") var node: String?
    @Option(help: "输出格式 text|json。") var format: OutputFormat = .text

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
