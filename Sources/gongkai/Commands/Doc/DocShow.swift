import ArgumentParser
import GongkaiCore
import GongkaiStore

/// `gongkai doc show ID` — one document: fields, 公开属性, state, 第二十六条 due date, 立改废 status, body.
struct DocShow: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "show", abstract: CLIText.Help.DocShow.abstract.text())
    }

    @OptionGroup var global: GlobalOptions
    @Argument(help: ArgumentHelp(CLIText.Help.Common.id)) var id: String
    @Option(help: ArgumentHelp(CLIText.Help.Common.format)) var format: OutputFormat = .text

    func run() throws {
        let context = try WorkspaceContext.open(global, origin: "cli:doc show")
        let d = try context.service.document(id: id)
        switch format {
        case .json: try Console.json(d)
        case .text: Console.out(Self.text(d))
        }
    }

    static func text(_ d: DocumentDetail) -> String {
        var lines = ["\(d.id)  \(d.title)"]
        func add(_ label: String, _ value: String?) { if let v = value, !v.isEmpty { lines.append(CLIText.Common.labelled.text([label, v])) } }
        typealias D = CLIText.Documents
        add(D.fieldNumber.text(), d.docNumber)
        add(D.fieldType.text(), d.type.displayName)
        add(D.fieldIssuer.text(), d.unitName)
        add(D.fieldState.text(), d.state.displayName)
        var attribute = d.attribute?.displayName ?? D.notDetermined.text()
        if let r = d.withheldReason { attribute = CLIText.Common.codeWithName.text([attribute, r.displayName]) }
        add(D.fieldDisclosure.text(), attribute)
        add(D.fieldNote.text(), d.attributeNote)
        add(D.fieldCatalog.text(), d.category)
        add(D.fieldWritten.text(), d.formed.iso)
        add(D.fieldPublished.text(), d.published?.iso)
        if let due = d.publishDue {
            let missing = d.publication?.missingYears ?? []
            add(D.fieldDue.text(), ProvisionalDate.text(due, provisional: !missing.isEmpty) + (d.overdue ? D.overdue.text() : "")
                + (missing.isEmpty ? "" : D.provisional.text([ProvisionalDate.years(missing, separator: CLIText.Calendar.yearSeparator.text())])))
        }
        add(D.fieldChannels.text(), CLIText.list(d.channels))
        add(D.fieldTags.text(), CLIText.list(d.tags))
        add(D.fieldValidUntil.text(), d.validUntil?.iso)
        if let s = d.regulationStatus {
            var status = s.displayName
            if let by = d.amendedBy { status += D.amendedByNote.text([by, d.amendedOn?.iso ?? ""]) }
            if let r = d.repealedOn { status += D.repealedNote.text([r.iso]) }
            if d.needsEvaluation { status += D.reviewDueNote.text() }
            add(D.fieldValidity.text(), status)
        }
        add(D.fieldVersion.text(), String(d.version))
        lines.append("")
        lines.append(d.body)
        return lines.joined(separator: "\n")
    }
}
