import ArgumentParser
import Foundation
import GongkaiCore
import GongkaiStore

/// `gongkai doc add` — registers a document as a 草稿 with its 公开属性 (条例第十三条).
struct DocAdd: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "add", abstract: CLIText.Help.DocAdd.abstract.text())
    }

    @OptionGroup var global: GlobalOptions

    @Option(help: ArgumentHelp(CLIText.Help.DocAdd.title))
    var title: String

    @Option(help: ArgumentHelp(CLIText.Help.DocAdd.type))
    var type: String

    @Option(help: ArgumentHelp(CLIText.Help.DocAdd.attribute))
    var attribute: String?

    @Option(name: .customLong("withheld-reason"),
            help: ArgumentHelp(CLIText.Help.DocAdd.withheldReason))
    var withheldReason: String?

    @Option(help: ArgumentHelp(CLIText.Help.DocAdd.note))
    var note: String?

    @Option(help: ArgumentHelp(CLIText.Help.DocAdd.category, valueName: "PATH"))
    var category: String

    @Option(help: ArgumentHelp(CLIText.Help.DocAdd.unit))
    var unit: String?

    @Option(help: ArgumentHelp(CLIText.Help.DocAdd.formed, valueName: "DATE"))
    var formed: String?

    @Option(name: .customLong("doc-number"), help: ArgumentHelp(CLIText.Help.DocAdd.docNumber))
    var docNumber: String?

    @Option(name: .customLong("body-file"), help: ArgumentHelp(CLIText.Help.DocAdd.bodyFile, valueName: "FILE"))
    var bodyFile: String?

    @Option(help: ArgumentHelp(CLIText.Help.DocAdd.channels))
    var channels: String?

    @Option(help: ArgumentHelp(CLIText.Help.DocAdd.tags))
    var tags: String?

    @Option(name: .customLong("valid-until"), help: ArgumentHelp(CLIText.Help.DocAdd.validUntil, valueName: "DATE"))
    var validUntil: String?

    @Option(help: ArgumentHelp(CLIText.Help.Common.format))
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
