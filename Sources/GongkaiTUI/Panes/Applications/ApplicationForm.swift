import GongkaiCore
import GongkaiStore

/// 表单字段 — one labelled input. Text arrives as `Key.char`, so Chinese typed through an input
/// method (or pasted) lands here like any other character.
public struct FormField: Equatable, Sendable, Codable {
    public enum Kind: Equatable, Sendable, Codable {
        case text
        /// YYYY-MM-DD.
        case date
        case number
        /// One of these values (choice-next / choice-prev, Right / Left, cycle); typing a code or Chinese name also works.
        case choice([String])
        /// Only one of these values, never free text (承办单位): choice-next / choice-prev cycle, a typed
        /// character moves to the next value containing it, deleting does nothing.
        case picker([String])

        /// The values a choice or picker offers; nil for free input.
        var options: [String]? {
            switch self {
            case .choice(let o), .picker(let o): return o
            case .text, .date, .number: return nil
            }
        }
    }

    public var key: String
    public var label: String
    public var kind: Kind
    public var value: String
    /// Caret as a grapheme index into `value`.
    public var caret: Int
    public var required: Bool

    public init(_ key: String, _ label: String, _ kind: Kind = .text, value: String = "", required: Bool = false) {
        self.key = key
        self.label = label
        self.kind = kind
        self.value = value
        self.caret = value.count
        self.required = required
    }
}

/// 表单用途 — a new application, one event of an application, a new document's unit, column,
/// type and 公开属性 (Panes/Documents/NewDocumentForm), or a register's change (Registers/RegisterForms).
public enum FormPurpose: Equatable, Sendable, Codable {
    case newApplication
    case event(ApplicationEventKind, applicationId: String)
    case newDocument
    case register(RegisterFormAction)
}

/// 表单提示的按键 — the keys a form's hints and notes name, from the bindings in force in the
/// form's scope (`KeyHints`), so a rebinding shows: `Left`/`Right` by default.
struct FormHintKeys: Equatable {
    var choicePrev: String
    var choiceNext: String
    var save: String
    var submit: String

    init(_ scope: ViewID, keymap: Keymap) {
        func key(_ command: String) -> String { KeyHints.key(command, in: [scope], keymap: keymap, global: false) }
        choicePrev = key("choice-prev")
        choiceNext = key("choice-next")
        save = key("save")
        submit = key("submit")
    }
}

/// What a key did to the form.
enum FormOutcome: Equatable {
    case editing
    case submit
    case cancel
}

/// A form's input that cannot be turned into a request; shown on the message line.
struct FormInputError: Error {
    var message: String
}

/// 登记表单 — the small forms of the 申请 pane: 登记申请 and one form per event kind (dates default
/// to today; 条例第二十九条至第三十六条).
public struct FormState: Equatable, Sendable, Codable {
    public var purpose: FormPurpose
    public var title: String
    public var fields: [FormField]
    public var focus = 0
    /// Context lines under the fields (deadlines that matter for this event).
    public var notes: [String]
    /// 输入跳转 — what was typed on the focused picker since the last other key (nil: nothing).
    public var typeahead: String?
    /// Something was typed or chosen since the form opened (a restored draft counts): Esc asks.
    public var edited: Bool?

    public init(purpose: FormPurpose, title: String, fields: [FormField], notes: [String] = []) {
        self.purpose = purpose
        self.title = title
        self.fields = fields
        self.notes = notes
    }

    public func value(_ key: String) -> String {
        (fields.first { $0.key == key }?.value ?? "").trimmingCharacters(in: .whitespaces)
    }

    /// Lines that follow the current input: the new-document form's note, the 第三十一条 rule for the
    /// chosen channel, the row of table 三 the chosen outcome counts in, the options of the focused
    /// choice field. The keys they name are `keys` (the form's bindings in force).
    func liveHints(keys: FormHintKeys) -> [String] {
        var lines: [String] = []
        if purpose == .newDocument {
            lines.append(TUIText.Documents.newNote.text([keys.save, keys.submit]))
        }
        if fields.contains(where: { $0.key == "channel" }) {
            if let c = ReceiptChannel(codeOrName: value("channel")) {
                lines.append(TUIText.Applications.receiptDate.text() + c.receiptDateRule)
            } else {
                lines.append(TUIText.Applications.channelHint.text() + ReceiptChannel.allCases.map(\.displayName).joined(separator: "/"))
            }
        }
        if fields.contains(where: { $0.key == "outcome" }), let o = ApplicationOutcome(codeOrName: value("outcome")) {
            lines.append(TUIText.Applications.outcomeRow.text([ReportRow(o).displayName]))
        }
        if fields.indices.contains(focus), let options = fields[focus].kind.options, !options.isEmpty {
            let i = options.firstIndex(of: fields[focus].value) ?? 0
            let n = options.count
            let picker: Bool = { if case .picker = fields[focus].kind { return true } else { return false } }()
            if options.count <= 8 {
                lines.append(picker ? TUIText.Applications.pickerHint.text([options.joined(separator: " / "), keys.choicePrev, keys.choiceNext])
                                    : TUIText.Applications.choiceHint.text([keys.choicePrev, keys.choiceNext]) + options.joined(separator: " / "))
            } else {
                // A long list (21 答复类型, every unit): show where the choice stands and its neighbours.
                let phrase = picker ? TUIText.Applications.longPickerHint : TUIText.Applications.longChoiceHint
                lines.append(phrase.text(["\(i + 1)", "\(n)", "\(options[(i + n - 1) % n])", "\(options[(i + 1) % n])",
                                          keys.choicePrev, keys.choiceNext]))
            }
        }
        return lines
    }

    // MARK: Editing

    mutating func edit(_ input: FormInput) -> FormOutcome {
        let before = fields.map(\.value)
        defer { if fields.map(\.value) != before { edited = true } }
        switch input {
        case .key(let key): return apply(key)
        case .command(let command): return perform(command)
        }
    }

    /// A command of the form's bindings (`FormKeys.bindings`): cancel, save (submits), submit
    /// (goes on; submits on the last field), field-next / field-prev, choice-next / choice-prev
    /// (Right / Left): the field's kind decides what these two mean — on a choice or picker the
    /// next / previous value, on free input the caret one step right / left.
    private mutating func perform(_ command: FormCommand) -> FormOutcome {
        guard fields.indices.contains(focus) else { return .cancel }
        typeahead = nil
        switch command {
        case .cancel: return .cancel
        case .save: return .submit
        case .submit:
            if focus == fields.count - 1 { return .submit }
            focus += 1
        case .fieldNext, .moveDown: focus = (focus + 1) % fields.count
        case .fieldPrev, .moveUp: focus = (focus + fields.count - 1) % fields.count
        case .choiceNext: step(by: 1)
        case .choicePrev: step(by: -1)
        case .top, .bottom, .tick, .newline, .eraseBack: break
        }
        return .editing
    }

    private mutating func apply(_ key: Key) -> FormOutcome {
        guard fields.indices.contains(focus) else { return .cancel }
        var f = fields[focus]
        var chars = Array(f.value)
        if case .picker(let options) = f.kind {
            // Cycling is a command (`step`), as on a choice; typing only picks.
            switch key {
            case .backspace, .ctrl("h"):
                typeahead = typeahead.map { String($0.dropLast()) }
                return .editing
            default:
                pick(key, options)
                return .editing
            }
        } else {
            typeahead = nil
        }
        switch key {
        case .home, .ctrl("a"): f.caret = 0
        case .end, .ctrl("e"): f.caret = chars.count
        case .backspace, .ctrl("h"):
            if f.caret > 0 {
                chars.remove(at: f.caret - 1)
                f.caret -= 1
            }
        case .delete:
            if f.caret < chars.count { chars.remove(at: f.caret) }
        case .ctrl("u"):
            chars.removeSubrange(0..<f.caret)
            f.caret = 0
        case .char(let c):
            chars.insert(c, at: min(f.caret, chars.count))
            f.caret += 1
        default:
            return .editing
        }
        f.value = String(chars)
        f.caret = min(f.caret, f.value.count)
        fields[focus] = f
        return .editing
    }

    /// choice-next / choice-prev (`by` 1 / -1) on the focused field: a choice or picker takes the
    /// next / previous of its values (wrapping; from no value, the first / last), free input moves
    /// its caret one step.
    private mutating func step(by delta: Int) {
        var f = fields[focus]
        if let options = f.kind.options, !options.isEmpty {
            let n = options.count
            let next = options.firstIndex(of: f.value).map { ($0 + delta + n) % n } ?? (delta > 0 ? 0 : n - 1)
            f.value = options[next]
            f.caret = f.value.count
        } else {
            f.caret = max(0, min(f.value.count, f.caret + delta))
        }
        fields[focus] = f
    }

    /// Type-ahead on a picker field: the characters typed since the last other key pick the first
    /// value (from the current one) containing them all; a character that matches nothing more starts
    /// afresh at the next value after the current one containing it (so typing it again cycles).
    /// Nothing a key types changes the value otherwise, so it stays one of `options`.
    private mutating func pick(_ key: Key, _ options: [String]) {
        guard case .char(let c) = key, !options.isEmpty else { return }
        let n = options.count
        let i = options.firstIndex(of: fields[focus].value) ?? -1
        func first(_ query: String, from start: Int) -> Int? {
            (0..<n).lazy.map { (start + $0 + n) % n }.first { options[$0].contains(query) }
        }
        var query = (typeahead ?? "") + String(c)
        var hit = typeahead.map { _ in first(query, from: max(0, i)) } ?? nil
        if hit == nil {
            query = String(c)
            hit = first(query, from: i + 1)
        }
        guard let hit else { return }
        typeahead = query
        fields[focus].value = options[hit]
        fields[focus].caret = options[hit].count
    }

    // MARK: Requests

    func date(_ key: String, label: String) throws(FormInputError) -> CivilDate {
        let text = value(key)
        guard let d = CivilDate(iso: text) else {
            throw FormInputError(message: TUIText.Applications.badDate.text(["\(label)", "\(text)"]))
        }
        return d
    }

    func optionalDate(_ key: String, label: String) throws(FormInputError) -> CivilDate? {
        value(key).isEmpty ? nil : try date(key, label: label)
    }

    func code<T: DomainCode>(_ key: String, _ type: T.Type, label: String) throws(FormInputError) -> T {
        guard let v = T(codeOrName: value(key)) else {
            throw FormInputError(message: TUIText.Applications.badChoice.text(["\(label)", "\(value(key))"]) + T.allCases.map(\.displayName).joined(separator: TUIText.Common.listSeparator.text()))
        }
        return v
    }

    func required(_ key: String, label: String) throws(FormInputError) -> String {
        let v = value(key)
        if v.isEmpty { throw FormInputError(message: TUIText.Applications.pleaseFill.text(["\(label)"])) }
        return v
    }

    /// 登记申请的请求.
    func newApplication() throws(FormInputError) -> NewApplication {
        NewApplication(
            received: try date("received", label: TUIText.Fields.received.text()),
            channel: try code("channel", ReceiptChannel.self, label: TUIText.Fields.channel.text()),
            applicantType: try code("applicantType", ApplicantType.self, label: TUIText.Fields.applicantType.text()),
            applicantName: try required("name", label: TUIText.Fields.applicantNameLong.text()),
            content: try required("content", label: TUIText.Fields.content.text()),
            unit: value("unit").isEmpty ? nil : value("unit"),
            idNumber: value("idNumber"), contact: value("contact"), formWanted: value("form"))
    }

    /// 越过规则的理由 (admins only, C9); nil when the field is empty.
    var overrideReason: String? {
        let v = value("override")
        return v.isEmpty ? nil : v
    }

    /// 办理环节的请求.
    func event(_ kind: ApplicationEventKind) throws(FormInputError) -> ApplicationEvent {
        var e = ApplicationEvent(kind: kind, date: try date("date", label: TUIText.Fields.date.text()))
        switch kind {
        case .clarifyRequest:
            guard let due = try optionalDate("correctionDue", label: TUIText.Fields.correctionDue.text()) else {
                throw FormInputError(message: TUIText.Applications.correctionDueRequired.text())
            }
            e.correctionDue = due
        case .consultStart:
            e.party = try code("party", ConsultParty.self, label: TUIText.Fields.consultParty.text())
        case .extend:
            guard let days = Int(value("days")) else {
                throw FormInputError(message: TUIText.Applications.badDays.text(["\(value("days"))", "\(DeadlineClock.maxExtensionDays)"]))
            }
            e.days = days
            e.approver = try required("approver", label: TUIText.Fields.approverLong.text())
        case .reply:
            e.outcome = try code("outcome", ApplicationOutcome.self, label: TUIText.Fields.outcome.text())
        case .feeNotice:
            // 按件 or 按量, never both (C8); the amount defaults to the schedule's.
            let count = value("count"), pages = value("pages")
            if !count.isEmpty {
                guard let n = Int(count) else { throw FormInputError(message: TUIText.Applications.badNumber.text(["\(TUIText.Fields.feeCount.text())", "\(count)"])) }
                e.feeCount = n
            }
            if !pages.isEmpty {
                guard let n = Int(pages) else { throw FormInputError(message: TUIText.Applications.badNumber.text(["\(TUIText.Fields.feePages.text())", "\(pages)"])) }
                e.pages = n
            }
            let amount = value("amount")
            if !amount.isEmpty {
                guard let n = Int(amount) else { throw FormInputError(message: TUIText.Applications.badNumber.text(["\(TUIText.Fields.feeAmount.text())", "\(amount)"])) }
                e.amount = n
            }
        case .clarifyReceived, .consultEnd, .withdraw, .feePaid:
            break
        }
        let note = value("note")
        e.note = note.isEmpty ? nil : note
        return e
    }

    // MARK: The forms

    /// 登记申请 (条例第二十九条): receipt date (today), channel (its 第三十一条 rule shown), applicant,
    /// content, handling unit (picked from `units`, the units the officer may act for, own unit
    /// first and chosen), personal data, form wanted.
    static func newApplication(today: CivilDate, units: [String]) -> FormState {
        FormState(purpose: .newApplication, title: TUIText.Applications.newTitle.text(), fields: [
            FormField("received", TUIText.Fields.received.text(), .date, value: today.iso, required: true),
            FormField("channel", TUIText.Fields.channel.text(), .choice(ReceiptChannel.allCases.map(\.displayName)),
                      value: ReceiptChannel.inPerson.displayName, required: true),
            FormField("applicantType", TUIText.Fields.applicantType.text(), .choice(ApplicantType.allCases.map(\.displayName)),
                      value: ApplicantType.naturalPerson.displayName, required: true),
            FormField("name", TUIText.Fields.applicantName.text(), required: true),
            FormField("content", TUIText.Fields.content.text(), required: true),
            FormField("unit", TUIText.Fields.unit.text(), .picker(units), value: units.first ?? ""),
            FormField("idNumber", TUIText.Fields.idNumber.text()),
            FormField("contact", TUIText.Fields.contact.text()),
            FormField("form", TUIText.Fields.form.text()),
        ], notes: [TUIText.Applications.privacyNote.text()])
    }

    /// `2027-01-04?（暂定：缺少 2027 年节假日安排）`: a provisional due date names the year whose calendar is missing (C5).
    static func dueText(_ due: CivilDate, clock c: ClockStatus) -> String {
        ProvisionalDate.text(due, provisional: c.provisional) + (c.provisional ? TUIText.Documents.missingYearsNote(c.missingYears) : "")
    }

    /// One event's form; `clock` supplies the deadlines the officer should see while entering it.
    static func event(_ kind: ApplicationEventKind, applicationId id: String, today: CivilDate,
                      clock: ClockStatus?, mayOverride: Bool) -> FormState {
        var fields = [FormField("date", TUIText.Fields.date.text(), .date, value: today.iso, required: true)]
        var notes: [String] = []
        switch kind {
        case .clarifyRequest:
            fields.append(FormField("correctionDue", TUIText.Fields.correctionDue.text(), .date, required: true))
            if let c = clock {
                notes.append(TUIText.Applications.clarifyNote.text(["\(c.clarifyNoticeDue)", "\(DeadlineClock.clarifyNoticeDays)"]))
            }
            notes.append(TUIText.Applications.clarifyReceivedNote.text())
        case .clarifyReceived:
            notes.append(TUIText.Applications.clarifyRestartNote.text())
        case .consultStart:
            fields.append(FormField("party", TUIText.Fields.consultParty.text(), .choice(ConsultParty.allCases.map(\.displayName)),
                                    value: ConsultParty.thirdParty.displayName, required: true))
            notes.append(TUIText.Applications.consultNote.text(["\(DeadlineClock.consultDays)"]))
        case .consultEnd:
            notes.append(TUIText.Applications.consultEndNote.text())
        case .extend:
            fields.append(FormField("days", TUIText.Fields.days.text(), .number, required: true))
            fields.append(FormField("approver", TUIText.Fields.approver.text(), required: true))
            if let c = clock {
                notes.append(TUIText.Applications.extendNote.text([c.due.map { dueText($0, clock: c) } ?? TUIText.Applications.dueUnknown.text(), "\(c.extensionDays)", "\(DeadlineClock.maxExtensionDays)"]))
            }
        case .reply:
            fields.append(FormField("outcome", TUIText.Fields.outcome.text(), .choice(ApplicationOutcome.allCases.map(\.displayName)),
                                    value: ApplicationOutcome.granted.displayName, required: true))
            if let c = clock, let due = c.due { notes.append(TUIText.Applications.replyDue.text([dueText(due, clock: c)])) }
        case .withdraw:
            notes.append(TUIText.Applications.withdrawNote.text())
        case .feeNotice:
            fields.append(FormField("count", TUIText.Fields.feeCount.text(), .number))
            fields.append(FormField("pages", TUIText.Fields.feePages.text(), .number))
            fields.append(FormField("amount", TUIText.Fields.feeAmount.text(), .number))
            notes.append(TUIText.Applications.feeNoticeNote.text(["\(DeadlineClock.feePaymentDays)"]))
        case .feePaid:
            if let c = clock, let due = c.feePaymentDue { notes.append(TUIText.Applications.feePaidNote.text(["\(due)"])) }
        }
        fields.append(FormField("note", TUIText.Fields.remark.text()))
        // 管理员越过规则 (C9): only an admin's reason is accepted by the service, so only an admin sees the field.
        if mayOverride { fields.append(FormField("override", TUIText.Fields.overrideReason.text())) }
        return FormState(purpose: .event(kind, applicationId: id), title: TUIText.Applications.eventTitle.text(["\(id)", "\(kind.displayName)"]),
                         fields: fields, notes: notes)
    }
}
