import GongkaiCore
import GongkaiStore

/// 审阅器 — one inbox item read in full, over the inbox (Enter): a document's metadata and body,
/// an application's detail and timeline, an interpretation with its 三同步 checklist. The item is
/// always the inbox's current one (`InboxState.current`), so `q` returns to it.
public struct ReaderState: Equatable, Sendable {
    public var item: ReviewItem
    /// The item as read, in logical lines (wrapped to the screen when drawn).
    public var lines: [ReaderLine]
    /// First wrapped line on screen.
    public var scroll = 0

    public init(item: ReviewItem, lines: [ReaderLine]) {
        self.item = item
        self.lines = lines
    }
}

/// One logical line of the reader, with what kind of line it is (for its style and wrapping).
public struct ReaderLine: Equatable, Sendable {
    public enum Kind: Equatable, Sendable {
        case plain
        case heading
        case warning
        /// Text from outside (a body, an application's content): wrapped without an indent.
        case body
        /// A checklist (☑背景依据  ☐目标任务 …): its entries, separated by two spaces, are never split.
        case items
    }

    public var kind: Kind
    public var text: String

    public init(_ kind: Kind, _ text: String) {
        self.kind = kind
        self.text = text
    }
}

/// What the reader reads besides the panes' sources: one interpretation with its document's
/// 三同步 check, through the service door (the same functions as `gongkai interp show|status`).
public protocol ReaderDataSource: AnyObject {
    func interpretationDetail(id: String) throws -> InterpretationDetail
    func interpretations(ofDocument id: String) throws -> [InterpretationDetail]
    func syncCheck(doc: String) throws -> SyncCheck
}

extension ServiceDataSource: ReaderDataSource {
    public func interpretationDetail(id: String) throws -> InterpretationDetail { try service.interpretation(id: id) }
    public func interpretations(ofDocument id: String) throws -> [InterpretationDetail] { try service.interpretations(doc: id) }
    public func syncCheck(doc: String) throws -> SyncCheck { try service.interpStatus(doc: doc) }
}

/// 审阅内容 — what the reader shows for each kind of inbox item, read through the service door.
enum ReaderContent {
    typealias R = TUIText.Reader

    /// What the item is, in a few words (the reader's title).
    static func what(_ item: ReviewItem) -> String { item.kind.displayName }

    static func lines(for item: ReviewItem, data: PaneDataSource, keymap: Keymap) throws -> [ReaderLine] {
        switch item.kind {
        case .documentReview, .documentReturned, .publicationOverdue, .normativeExpiring, .interpretationCheck:
            guard let source = data as? DocumentsDataSource else { return summary(item, keymap: keymap) }
            let sync = try (data as? InterpretationsDataSource)?.interpretationRow(doc: item.id)
            return documentLines(try source.documentDetail(id: item.id),
                                 sync: sync.map { syncLines(requirement: $0.requirement, check: $0.check, interpretations: $0.interpretations) })
        case .interpretationReview:
            guard let source = data as? ReaderDataSource else { return summary(item, keymap: keymap) }
            let detail = try source.interpretationDetail(id: item.id)
            // A document that requires an interpretation says why (its 解读 pane row); any other has its check.
            if let row = try (data as? InterpretationsDataSource)?.interpretationRow(doc: detail.doc) {
                return interpretationLines(detail, sync: syncLines(requirement: row.requirement, check: row.check,
                                                                   interpretations: row.interpretations))
            }
            return interpretationLines(detail, sync: syncLines(requirement: nil, check: try source.syncCheck(doc: detail.doc),
                                                               interpretations: try source.interpretations(ofDocument: detail.doc)))
        case .applicationOverdue, .applicationDueSoon, .clarifyNoticeDue, .consultationDue, .correctionEnded, .feePaymentEnded:
            guard let source = data as? ApplicationsDataSource else { return summary(item, keymap: keymap) }
            return try source.applicationDetail(id: item.id).detailLines.map { line in
                switch line.kind {
                case .heading: return ReaderLine(.heading, line.text)
                case .warning, .state: return ReaderLine(.warning, line.text)
                case .plain: return ReaderLine(.body, line.text)
                }
            }
        case .staleColumn, .annualReportDue, .decisionConsultation:
            return summary(item, keymap: keymap)
        }
    }

    static func field(_ label: Phrase, _ value: String?) -> ReaderLine? {
        guard let value, !value.isEmpty else { return nil }
        return ReaderLine(.plain, TUIText.Common.labelled.text([label.text(), value]))
    }

    static func list(_ items: [String]) -> String { items.joined(separator: TUIText.Common.listSeparator.text()) }

    static func documentLines(_ d: DocumentDetail, sync: [ReaderLine]?) -> [ReaderLine] {
        var attribute = d.attribute?.displayName ?? R.undetermined.text()
        if let reason = d.withheldReason { attribute += TUIText.Common.parenthesized.text([reason.displayName]) }
        var due: String?
        if let publishDue = d.publishDue {
            let missing = d.publication?.missingYears ?? []
            due = ProvisionalDate.text(publishDue, provisional: !missing.isEmpty) + (d.overdue ? R.overdue.text() : "")
                + (missing.isEmpty ? "" : R.provisional.text([ProvisionalDate.years(missing, separator: TUIText.Common.listSeparator.text())]))
        }
        var lines: [ReaderLine] = [ReaderLine(.heading, "\(d.id)  \(d.title)")]
        lines += [
            field(TUIText.Fields.docNumber, d.docNumber),
            field(TUIText.Fields.type, d.type.displayName),
            field(R.issuer, d.unitName),
            field(TUIText.Fields.state, d.state.displayName),
            field(TUIText.Fields.attribute, attribute),
            field(TUIText.Fields.note, d.attributeNote),
            field(R.category, d.category),
            field(TUIText.Fields.formed, d.formed.iso),
            field(R.published, d.published?.iso),
            field(R.publishDue, due).map { d.overdue || !(d.publication?.missingYears ?? []).isEmpty ? ReaderLine(.warning, $0.text) : $0 },
            field(TUIText.Fields.channels, list(d.channels)),
            field(TUIText.Fields.tags, list(d.tags)),
            field(TUIText.Fields.validUntil, d.validUntil?.iso),
            field(R.validity, d.regulationStatus?.displayName),
        ].compactMap { $0 }
        if let sync {
            lines.append(ReaderLine(.plain, ""))
            lines += sync
        }
        lines.append(ReaderLine(.plain, ""))
        lines += bodyLines(d.body)
        return lines
    }

    /// 三同步 checklist: the three checks ticked or not, the problems, the interpretations.
    static func syncLines(requirement: String?, check c: SyncCheck, interpretations: [InterpretationDetail]) -> [ReaderLine] {
        let why = requirement ?? (c.required ? nil : R.notRequired.text())
        var lines = [ReaderLine(.heading, why.map { R.syncHeading.text([$0]) } ?? R.syncPlain.text())]
        let checks = [(c.organised, R.organised), (c.signedTogether, R.signed), (c.publishedTogether, R.publishedTogether)]
        lines.append(ReaderLine(.items, checks.map { InterpretationSheetView.box($0.0) + $0.1.text() }.joined(separator: "  ")))
        for p in c.problems {
            let text = R.problem.text([p.message]) + (p.overridden ? TUIText.Interpretations.overriddenSuffix.text() : "")
            lines.append(ReaderLine(.warning, text))
        }
        let interps = interpretations.map { R.interpretationEntry.text([$0.id, $0.state.displayName]) }
        lines.append(ReaderLine(.plain, R.interpretations.text([interps.isEmpty ? R.noInterpretation.text() : list(interps)])))
        return lines
    }

    static func interpretationLines(_ i: InterpretationDetail, sync: [ReaderLine]) -> [ReaderLine] {
        var unit = i.unitName
        if let reason = i.unitReason, !reason.isEmpty { unit += TUIText.Common.parenthesized.text([reason]) }
        var lines: [ReaderLine] = [ReaderLine(.heading, "\(i.id)  \(i.documentTitle)")]
        lines += [
            field(R.document, "\(i.doc)  \(i.documentTitle)"),
            field(TUIText.Fields.state, i.state.displayName),
            field(TUIText.Interpretations.unit, unit),
            field(TUIText.Interpretations.leader, i.leader),
            field(TUIText.Interpretations.forms, i.forms.isEmpty ? TUIText.Interpretations.noForms.text() : list(i.forms.map(\.displayName))),
            field(R.created, i.created.iso),
            field(R.approved, i.approved?.iso),
        ].compactMap { $0 }
        let ticked = Set(i.elements)
        let elements = InterpretationElement.allCases.map { InterpretationSheetView.box(ticked.contains($0)) + $0.displayName }
        lines.append(ReaderLine(.items, TUIText.Common.labelled.text([TUIText.Interpretations.elements.text(), elements.joined(separator: "  ")])))
        if !i.missingElements.isEmpty {
            lines.append(ReaderLine(.warning, R.missing.text([list(i.missingElements.map(\.displayName))])))
        }
        lines.append(ReaderLine(.plain, ""))
        lines += sync
        lines.append(ReaderLine(.plain, ""))
        lines += bodyLines(i.body)
        return lines
    }

    static func bodyLines(_ body: String) -> [ReaderLine] {
        var lines = [ReaderLine(.heading, TUIText.Fields.body.text() + TUIText.Common.colon.text())]
        if body.isEmpty { return lines + [ReaderLine(.plain, R.emptyBody.text())] }
        lines += body.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).map { ReaderLine(.body, String($0)) }
        return lines
    }

    /// Items without a reading of their own (a stale column, the annual report, a consultation).
    static func summary(_ item: ReviewItem, keymap: Keymap) -> [ReaderLine] {
        [field(R.kind, item.kind.displayName), field(R.number, item.id), field(R.matter, item.title),
         field(R.reason, item.reason), field(R.due, item.dueText)].compactMap { $0 }
            + [ReaderLine(.plain, ""),
               ReaderLine(.plain, R.gotoHint.text([KeyHints.key("reader-goto", in: [.reader], keymap: keymap, global: false)]))]
    }
}
