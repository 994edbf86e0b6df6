import Foundation
import GongkaiCore
import GongkaiStore

/// 逐行校验 — turns the records of a ledger table into the store's import records, collecting a
/// located `ImportIssue` for every bad cell (all of them, not only the first).
struct RowReader<Field: LedgerField> {
    let record: LedgerTable.Record
    let binding: ColumnBinding<Field>
    let header: [String]
    let file: String
    var issues: [ImportIssue] = []

    /// The cell of `field`, trimmed; nil when the column is absent or the cell blank. A leading
    /// `'` that an export put before `=`, `+`, `-` or `@` (so Excel does not read a formula) is removed.
    func text(_ field: Field) -> String? {
        guard let i = binding.columns[field] else { return nil }
        var t = record.fields[i].trimmedOfWhitespace
        if t.hasPrefix("'"), t.count > 1, let second = t.dropFirst().first, "=+-@".contains(second) { t.removeFirst() }
        return t.isEmpty ? nil : t
    }

    /// The cell with inner line breaks kept (申请内容, 正文).
    func longText(_ field: Field) -> String? {
        guard let i = binding.columns[field] else { return nil }
        let cell = record.fields[i]
        var t = (cell.utf8.contains(UInt8(ascii: "\r")) ? cell.replacingOccurrences(of: "\r\n", with: "\n") : cell).trimmedOfWhitespace
        if t.hasPrefix("'"), t.count > 1, let second = t.dropFirst().first, "=+-@".contains(second) { t.removeFirst() }
        return t.isEmpty ? nil : t
    }

    /// 输入规则 — every cell of the row held to the door's input policy (`TextInputPolicy`):
    /// a control character (NUL, ESC, C1, bidi …) or an over-long cell is refused with its
    /// `file:line:column` and where in the cell, so nothing is imported cut or altered.
    mutating func checkInput() {
        for (field, i) in binding.columns.sorted(by: { $0.value < $1.value }) where i < record.fields.count {
            let cell = record.fields[i]
            let kind = TextInputPolicy.kind(ofField: field.rawValue)
            if cell.count > kind.maxLength {
                fail(field, ExchangeText.Import.cellTooLong.text(["\(cell.count)", "\(kind.maxLength)"]))
            } else if let p = TextInputPolicy.firstRefused(in: cell, kind: kind) {
                fail(field, ExchangeText.Import.cellControlCharacter.text([TextInputPolicy.describe(p.scalar), "\(p.index)", "\(p.line)", "\(p.column)"]))
            }
        }
    }

    mutating func fail(_ field: Field, _ reason: String) {
        let column = binding.columns[field]
        issues.append(ImportIssue(file: file, line: record.line, column: column.map { $0 + 1 },
                                  header: column.map { header[$0] } ?? field.header, reason: reason))
    }

    mutating func required(_ field: Field) -> String? {
        guard let t = text(field) else { fail(field, ExchangeText.Import.required.text([field.header])); return nil }
        return t
    }

    mutating func date(_ field: Field, required: Bool = false) -> CivilDate? {
        guard let t = required ? self.required(field) : text(field) else { return nil }
        guard let d = ExchangeDate.parse(t) else {
            fail(field, ExchangeText.Import.badDate.text([t]))
            return nil
        }
        return d
    }

    /// `known` remembers the codes read from earlier cells of the column (a ledger column holds
    /// a handful of different values; Docs/性能.md).
    mutating func code<T: DomainCode>(_ field: Field, _ type: T.Type, required: Bool = false,
                                      known: inout [String: T]) -> T? {
        guard let t = required ? self.required(field) : text(field) else { return nil }
        if let v = known[t] { return v }
        let v = code(t, field, type)
        if let v { known[t] = v }
        return v
    }

    mutating func code<T: DomainCode>(_ field: Field, _ type: T.Type, required: Bool = false) -> T? {
        guard let t = required ? self.required(field) : text(field) else { return nil }
        return code(t, field, type)
    }

    private mutating func code<T: DomainCode>(_ t: String, _ field: Field, _ type: T.Type) -> T? {
        guard let v = ExchangeCodes.parse(t, as: type) else {
            fail(field, ExchangeText.Import.unknownCode.text([t, field.header, ExchangeCodes.choices(type)]))
            return nil
        }
        return v
    }

    /// 公开渠道、标签: separated by 、，, ; or ；.
    func list(_ field: Field) -> [String] {
        (text(field) ?? "").split(whereSeparator: { ExchangeInputWords.listSeparators.contains($0) })
            .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }
}

/// 申请台账 → `ImportedApplication`.
enum ApplicationRows {
    static func convert(_ table: LedgerTable, binding: ColumnBinding<ApplicationField>, file: String)
        -> (records: [ImportedApplication], issues: [ImportIssue]) {
        var out: [ImportedApplication] = [], issues: [ImportIssue] = []
        var types: [String: ApplicantType] = [:], channels: [String: ReceiptChannel] = [:]
        var outcomes: [String: ApplicationOutcome] = [:]
        for record in table.records {
            var r = RowReader(record: record, binding: binding, header: table.header, file: file)
            r.checkInput()
            let name = r.required(.applicantName)
            let type = r.code(.applicantType, ApplicantType.self, required: true, known: &types)
            let received = r.date(.received, required: true)
            let channel = r.code(.channel, ReceiptChannel.self, required: true, known: &channels)
            let content = r.longText(.content)
            if content == nil { r.fail(.content, ExchangeText.Import.required.text([ApplicationField.content.header])) }
            let replyDate = r.date(.replyDate)
            var events: [ApplicationEvent] = []
            let outcomeText = r.text(.outcome)
            let withdrawn = outcomeText.map { ExchangeInputWords.withdrawnWords.contains($0) } ?? false
            let outcome: ApplicationOutcome? = withdrawn ? nil : r.code(.outcome, ApplicationOutcome.self, known: &outcomes)
            switch (replyDate, outcomeText) {
            case (let date?, _?) where withdrawn:
                events.append(.withdraw(date))
            case (let date?, _?):
                if let outcome { events.append(.reply(date, outcome: outcome)) }
            case (_?, nil):
                r.fail(.outcome, ExchangeText.Import.replyWithoutOutcome.text())
            case (nil, _?):
                r.fail(.replyDate, ExchangeText.Import.outcomeWithoutReply.text())
            case (nil, nil): break
            }
            if let received, let replyDate, replyDate < received {
                r.fail(.replyDate, ExchangeText.Import.replyBeforeReceipt.text([replyDate.iso, received.iso]))
            }
            if r.issues.isEmpty, let name, let type, let received, let channel, let content {
                out.append(ImportedApplication(
                    line: record.line,
                    application: NewApplication(received: received, channel: channel, applicantType: type,
                                                applicantName: name, content: content, unit: r.text(.unit),
                                                idNumber: r.text(.idNumber), contact: r.text(.contact),
                                                formWanted: r.text(.formWanted)),
                    events: events))
            }
            issues += r.issues
        }
        return (out, issues)
    }
}

/// 文件目录 → `ImportedDocument`.
enum DocumentRows {
    static func convert(_ table: LedgerTable, binding: ColumnBinding<DocumentField>, file: String)
        -> (records: [ImportedDocument], issues: [ImportIssue]) {
        var out: [ImportedDocument] = [], issues: [ImportIssue] = []
        for record in table.records {
            var r = RowReader(record: record, binding: binding, header: table.header, file: file)
            r.checkInput()
            let title = r.required(.title)
            let type = r.code(.type, DocumentType.self, required: true)
            let formed = r.date(.formed, required: true)
            let attribute = r.code(.attribute, DisclosureAttribute.self)
            let reason = r.code(.withheldReason, ApplicationOutcome.self)
            if let reason, !reason.isWithheldReason {
                r.fail(.withheldReason, ExchangeText.Import.notWithheldReason.text([reason.displayName]))
            }
            let published = r.date(.published)
            let validUntil = r.date(.validUntil)
            // No 状态 column: a 发布日期 means 已发布, otherwise 草稿.
            let state = r.code(.state, DocumentState.self) ?? (r.text(.state) == nil ? (published != nil ? .published : .draft) : nil)
            if let formed, let validUntil, validUntil < formed {
                r.fail(.validUntil, ExchangeText.Import.validBeforeFormed.text([validUntil.iso, formed.iso]))
            }
            if r.issues.isEmpty, let title, let type, let formed, let state {
                out.append(ImportedDocument(
                    line: record.line,
                    document: NewDocument(title: title, type: type,
                                          disclosure: DocumentDisclosure(attribute: attribute, withheldReason: reason),
                                          category: r.text(.category), unit: r.text(.unit), formed: formed,
                                          docNumber: r.text(.docNumber), body: r.longText(.body) ?? "",
                                          channels: r.list(.channels), tags: r.list(.tags), validUntil: validUntil),
                    state: state, published: published))
            }
            issues += r.issues
        }
        return (out, issues)
    }
}
