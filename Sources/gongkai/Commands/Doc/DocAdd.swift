import ArgumentParser
import Foundation
import GongkaiCore
import GongkaiStore

/// `gongkai doc add` — registers a document as a 草稿 with its 公开属性 (条例第十三条).
struct DocAdd: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add", abstract: "登记文件（草稿）。Add a document as a draft.")

    @OptionGroup var global: GlobalOptions

    @Option(help: "文件标题。")
    var title: String

    @Option(help: "文件类型：regulation 规章 | normative 行政规范性文件 | policy 其他政策文件 | general 一般信息。")
    var type: String

    @Option(help: "公开属性：proactive 主动公开 | on-request 依申请公开 | withheld 不予公开 | undecided 未定（草稿可以暂不确定，提交审核前必须确定；不写即未定）。")
    var attribute: String?

    @Option(name: .customLong("withheld-reason"),
            help: "不予公开理由（不予公开时必填）：state-secret 国家秘密 | prohibited-by-law | security-stability | third-party | internal-affairs | process-info | enforcement-file | inquiry（可写 withheld.* 或中文名）。")
    var withheldReason: String?

    @Option(help: "公开属性说明。")
    var note: String?

    @Option(help: ArgumentHelp("公开目录栏目：完整路径、编号，或发文单位目录里唯一的栏目名，如 工作动态。", valueName: "PATH"))
    var category: String

    @Option(help: "发文单位（编号或名称），不写为本人所在单位。")
    var unit: String?

    @Option(help: ArgumentHelp("成文日期（形成或变更之日）YYYY-MM-DD，不写为今天；第二十六条的 20 个工作日从次日起算。", valueName: "DATE"))
    var formed: String?

    @Option(name: .customLong("doc-number"), help: "文号，如 X政发〔2026〕3号（不规范的写法会提示并按规范写法保存）。")
    var docNumber: String?

    @Option(name: .customLong("body-file"), help: ArgumentHelp("正文文件（UTF-8；- 表示标准输入）。", valueName: "FILE"))
    var bodyFile: String?

    @Option(help: "公开渠道，逗号分隔，如 门户网站,微信平台。")
    var channels: String?

    @Option(help: "标签，逗号分隔，如 六稳六保,惠企政策。")
    var tags: String?

    @Option(name: .customLong("valid-until"), help: ArgumentHelp("有效期至 YYYY-MM-DD（规章、规范性文件）。", valueName: "DATE"))
    var validUntil: String?

    @Option(help: "输出格式 text|json。")
    var format: OutputFormat = .text

    func run() throws {
        let attr = try DocOptions.attribute(attribute)
        let reason = try withheldReason.map { try DocOptions.withheldReason($0) }
        let context = try WorkspaceContext.open(global, origin: "cli:doc add")
        let request = NewDocument(
            title: title, type: try DateArgument.code(type, DocumentType.self, option: "--type"),
            disclosure: DocumentDisclosure(attribute: attr, withheldReason: reason, note: note),
            category: category, unit: unit,
            formed: try formed.map { try DateArgument.parse($0, option: "--formed") } ?? context.service.today(),
            docNumber: docNumber, body: try bodyFile.map(DocOptions.readBody) ?? "",
            channels: DocOptions.list(channels), tags: DocOptions.list(tags),
            validUntil: try validUntil.map { try DateArgument.parse($0, option: "--valid-until") })
        let saved = try context.service.addDocument(request)
        switch format {
        case .json: try Console.json(saved)
        case .text:
            Console.out(CLIText.Documents.registered.text([saved.id, saved.document.title]))
            DocOptions.printWarnings(saved)
        }
    }
}

/// Option parsing shared by the `doc` verbs.
enum DocOptions {
    /// `--attribute`: a code or Chinese name, or 未定 / `undecided` (nil, as when the option is left
    /// out) — a draft may leave it open; submitting it for review is refused until it is set.
    static func attribute(_ text: String?) throws -> DisclosureAttribute? {
        guard let t = text?.trimmingCharacters(in: .whitespaces), !t.isEmpty else { return nil }
        if InputWords.undecided.contains(t.lowercased()) { return nil }
        return try DateArgument.code(t, DisclosureAttribute.self, option: "--attribute")
    }

    /// A `withheld.*` reason by code (with or without the prefix) or Chinese name.
    static func withheldReason(_ text: String) throws -> ApplicationOutcome {
        let t = text.trimmingCharacters(in: .whitespaces)
        let candidates = [t, "withheld." + t]
        for c in candidates {
            if let o = ApplicationOutcome(codeOrName: c), o.isWithheldReason { return o }
        }
        let names = ApplicationOutcome.allCases.filter(\.isWithheldReason)
            .map { CLIText.Common.codeWithName.text([$0.rawValue, $0.displayName]) }
        throw CLIError(CLIText.Documents.badWithheldReason.text([text, CLIText.list(names)]))
    }

    /// `a,b` or `a，b` (the full-width comma a Chinese input method types).
    static func list(_ text: String?) -> [String] {
        (text ?? "").split(whereSeparator: InputWords.listSeparators.contains)
            .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    static func readBody(_ path: String) throws -> String {
        let data: Data
        if path == "-" {
            data = FileHandle.standardInput.readDataToEndOfFile()
        } else {
            guard let d = (try? OfficerSide.files.read(path)) else {
                throw CLIError(CLIText.Documents.cannotReadBody.text([path]))
            }
            data = d
        }
        return try BodyFile.text(data, path: path, notUTF8: CLIText.Documents.bodyNotUTF8.text([path]))
    }

    static func printWarnings(_ saved: DocumentSaved) {
        if let typed = saved.docNumberTyped, let stored = saved.document.docNumber {
            Console.out(CLIText.Documents.numberNormalised.text([typed, stored]))
        }
        for w in saved.warnings { Console.out(CLIText.Documents.hint.text([w.message])) }
    }
}
