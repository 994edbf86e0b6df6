import GongkaiCore
import GongkaiStore

/// 文件信息表单 — the editor's metadata: 标题, 文号 (checked as typed, GB/T 9704-2012 7.2.4), 类型,
/// 公开属性, 不予公开理由 and 说明 (条例第十三条), 成文日期, 有效期至 (规章、规范性文件), 公开渠道, 标签.
public struct DocumentMetadataForm: Equatable, Sendable {
    public enum Field: Int, CaseIterable, Sendable {
        case title, docNumber, type, attribute, withheldReason, note, formed, validUntil, channels, tags

        public var label: String {
            switch self {
            case .title: return TUIText.Fields.title.text()
            case .docNumber: return TUIText.Fields.docNumber.text()
            case .type: return TUIText.Fields.type.text()
            case .attribute: return TUIText.Fields.attribute.text()
            case .withheldReason: return TUIText.Fields.withheldReason.text()
            case .note: return TUIText.Fields.note.text()
            case .formed: return TUIText.Fields.formed.text()
            case .validUntil: return TUIText.Fields.validUntil.text()
            case .channels: return TUIText.Fields.channels.text()
            case .tags: return TUIText.Fields.tags.text()
            }
        }

        var isChoice: Bool { self == .type || self == .attribute || self == .withheldReason }
    }

    public var title: String
    public var docNumber: String
    public var type: DocumentType
    public var attribute: DisclosureAttribute?
    public var withheldReason: ApplicationOutcome?
    public var note: String
    public var formed: String
    public var channels: String
    public var tags: String
    public var category: String?
    /// 有效期至 as typed (规章、规范性文件), empty for none.
    public var validUntil: String
    /// Caret (grapheme index) of the text field being edited.
    public var caret = 0

    static let withheldReasons = ApplicationOutcome.allCases.filter(\.isWithheldReason)

    public init(_ edit: DocumentEdit) {
        title = edit.title
        docNumber = edit.docNumber ?? ""
        type = edit.type
        attribute = edit.disclosure.attribute
        withheldReason = edit.disclosure.withheldReason
        note = edit.disclosure.note ?? ""
        formed = edit.formed.iso
        channels = edit.channels.joined(separator: TUIText.Common.listSeparator.text())
        tags = edit.tags.joined(separator: TUIText.Common.listSeparator.text())
        category = edit.category
        validUntil = edit.validUntil?.iso ?? ""
    }

    /// The same field values (the caret aside).
    public func sameFields(as other: DocumentMetadataForm) -> Bool {
        var a = self, b = other
        a.caret = 0
        b.caret = 0
        return a == b
    }

    /// The fields shown: the withheld reason only for 不予公开, the validity only for 规章 and
    /// 规范性文件 (the register's documents).
    public var fields: [Field] {
        Field.allCases.filter {
            ($0 != .withheldReason || attribute == .withheld) && ($0 != .validUntil || RegisterEntry.isRegistered(type))
        }
    }

    public func text(of field: Field) -> String {
        switch field {
        case .title: return title
        case .docNumber: return docNumber
        case .type: return type.displayName
        case .attribute: return attribute?.displayName ?? TUIText.Documents.undecided.text()
        case .withheldReason: return withheldReason?.displayName ?? TUIText.Documents.pleaseChoose.text()
        case .note: return note
        case .formed: return formed
        case .validUntil: return validUntil
        case .channels: return channels
        case .tags: return tags
        }
    }

    /// 文号提示 as typed: nil when empty or standard.
    public func docNumberHint(currentYear: Int) -> (text: String, isError: Bool)? {
        let t = docNumber.trimmingCharacters(in: .whitespaces)
        guard !t.isEmpty else { return nil }
        let check = DocumentNumber.check(t, currentYear: currentYear)
        switch check.verdict {
        case .valid: return nil
        case .invalid: return (TUIText.Documents.numberUnreadable.text() + (check.error ?? ""), true)
        case .validWithWarnings:
            let advice = check.suggestion.map { TUIText.Documents.willSaveAs.text(["\($0)"]) } ?? ""
            return (advice + check.warnings.map(\.message).joined(separator: TUIText.Common.clauseSeparator.text()), false)
        }
    }

    /// Applies a key to `field`; false when the key is not for the field. A choice field takes
    /// no keys: the editor's `choice-prev` / `choice-next` bindings `cycle` it.
    public mutating func edit(_ key: Key, field: Field) -> Bool {
        if field.isChoice { return false }
        var text = self.text(of: field)
        guard LineEditing.apply(key, text: &text, caret: &caret) else { return false }
        set(field, text)
        return true
    }

    /// Types a phrase (an input method's commit, or a paste without its newlines) into a text field.
    public mutating func insert(_ phrase: String, field: Field) {
        guard !field.isChoice else { return }
        var text = self.text(of: field)
        let flat = phrase.filter { !$0.isNewline && !($0.asciiValue.map { $0 < 0x20 } ?? false) }
        var chars = Array(text)
        let at = max(0, min(caret, chars.count))
        chars.insert(contentsOf: flat, at: at)
        text = String(chars)
        caret = at + flat.count
        set(field, text)
    }

    mutating func set(_ field: Field, _ text: String) {
        switch field {
        case .title: title = text
        case .docNumber: docNumber = text
        case .note: note = text
        case .formed: formed = text
        case .validUntil: validUntil = text
        case .channels: channels = text
        case .tags: tags = text
        case .type, .attribute, .withheldReason: break
        }
    }

    mutating func cycle(_ field: Field, by delta: Int) {
        func step<T: Equatable>(_ all: [T], _ current: T) -> T {
            let i = all.firstIndex(of: current) ?? 0
            return all[(i + delta + all.count) % all.count]
        }
        switch field {
        case .type: type = step(DocumentType.allCases, type)
        case .attribute:
            attribute = step([nil] + DisclosureAttribute.allCases.map(Optional.some), attribute)
            if attribute != .withheld { withheldReason = nil }
        case .withheldReason:
            withheldReason = step([nil] + Self.withheldReasons.map(Optional.some), withheldReason)
        default: break
        }
    }

    /// The edit to save, with `body`; throws a message when a field cannot be read.
    public func edit(id: String, version: Int, body: String) throws -> DocumentEdit {
        guard let date = CivilDate(iso: formed.trimmingCharacters(in: .whitespaces)) else {
            throw FormInputError(message: TUIText.Documents.badFormed.text(["\(formed)"]))
        }
        func list(_ s: String) -> [String] {
            s.split(whereSeparator: { InputWords.listSeparators.contains($0) }).map {
                $0.trimmingCharacters(in: .whitespaces)
            }.filter { !$0.isEmpty }
        }
        let number = docNumber.trimmingCharacters(in: .whitespaces)
        let end = validUntil.trimmingCharacters(in: .whitespaces)
        var until: CivilDate?
        if RegisterEntry.isRegistered(type), !end.isEmpty {
            guard let d = CivilDate(iso: end) else { throw FormInputError(message: TUIText.Documents.badValidUntil.text(["\(validUntil)"])) }
            until = d
        }
        let trimmedNote = note.trimmingCharacters(in: .whitespaces)
        return DocumentEdit(id: id, expectedVersion: version, title: title, type: type,
                            disclosure: DocumentDisclosure(attribute: attribute, withheldReason: withheldReason,
                                                           note: trimmedNote.isEmpty ? nil : trimmedNote),
                            category: category, formed: date, docNumber: number.isEmpty ? nil : number, body: body,
                            channels: list(channels), tags: list(tags), validUntil: until)
    }
}
