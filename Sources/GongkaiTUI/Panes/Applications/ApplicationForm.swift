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
        /// One of these values (Left/Right cycles); typing a code or Chinese name also works.
        case choice([String])
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

/// 表单用途 — a new application, or one event of an application.
public enum FormPurpose: Equatable, Sendable, Codable {
    case newApplication
    case event(ApplicationEventKind, applicationId: String)
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

    public init(purpose: FormPurpose, title: String, fields: [FormField], notes: [String] = []) {
        self.purpose = purpose
        self.title = title
        self.fields = fields
        self.notes = notes
    }

    public func value(_ key: String) -> String {
        (fields.first { $0.key == key }?.value ?? "").trimmingCharacters(in: .whitespaces)
    }

    /// Lines that follow the current input: the 第三十一条 rule for the chosen channel, the code of
    /// the chosen outcome, the options of the focused choice field.
    public var liveHints: [String] {
        var lines: [String] = []
        if fields.contains(where: { $0.key == "channel" }) {
            if let c = ReceiptChannel(codeOrName: value("channel")) {
                lines.append("收到申请之日：" + c.receiptDateRule)
            } else {
                lines.append("申请方式：" + ReceiptChannel.allCases.map(\.chineseName).joined(separator: "/"))
            }
        }
        if fields.contains(where: { $0.key == "outcome" }), let o = ApplicationOutcome(codeOrName: value("outcome")) {
            lines.append("答复类型代码：\(o.code)（年度报告表三）")
        }
        if fields.indices.contains(focus), case .choice(let options) = fields[focus].kind, !options.isEmpty {
            if options.count <= 8 {
                lines.append("Left/Right 切换：" + options.joined(separator: " / "))
            } else {
                // A long list (21 答复类型): show where the choice stands and its neighbours.
                let i = options.firstIndex(of: fields[focus].value) ?? 0
                let n = options.count
                lines.append("Left/Right 切换（第 \(i + 1)/\(n) 项）：上一项 \(options[(i + n - 1) % n])，下一项 \(options[(i + 1) % n])；也可直接输入代码或名称")
            }
        }
        return lines
    }

    // MARK: Editing

    mutating func edit(_ key: Key) -> FormOutcome {
        guard fields.indices.contains(focus) else { return .cancel }
        var f = fields[focus]
        var chars = Array(f.value)
        switch key {
        case .escape, .ctrl("g"), .ctrl("c"):
            return .cancel
        case .ctrl("s"):
            return .submit
        case .enter:
            if focus == fields.count - 1 { return .submit }
            focus += 1
            return .editing
        case .tab, .down:
            focus = (focus + 1) % fields.count
            return .editing
        case .backTab, .up:
            focus = (focus + fields.count - 1) % fields.count
            return .editing
        case .left, .right:
            if case .choice(let options) = f.kind, !options.isEmpty {
                let i = options.firstIndex(of: f.value) ?? -1
                let next = key == .right ? (i + 1) % options.count : (i <= 0 ? options.count - 1 : i - 1)
                chars = Array(options[next])
                f.caret = chars.count
            } else {
                f.caret = key == .left ? max(0, f.caret - 1) : min(chars.count, f.caret + 1)
            }
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

    // MARK: Requests

    func date(_ key: String, label: String) throws(FormInputError) -> CivilDate {
        let text = value(key)
        guard let d = CivilDate(iso: text) else {
            throw FormInputError(message: "\(label)“\(text)”不是有效日期，应为 YYYY-MM-DD")
        }
        return d
    }

    func optionalDate(_ key: String, label: String) throws(FormInputError) -> CivilDate? {
        value(key).isEmpty ? nil : try date(key, label: label)
    }

    func code<T: DomainCode>(_ key: String, _ type: T.Type, label: String) throws(FormInputError) -> T {
        guard let v = T(codeOrName: value(key)) else {
            throw FormInputError(message: "\(label)“\(value(key))”无效，可选：" + T.allCases.map(\.chineseName).joined(separator: "、"))
        }
        return v
    }

    func required(_ key: String, label: String) throws(FormInputError) -> String {
        let v = value(key)
        if v.isEmpty { throw FormInputError(message: "请填写\(label)") }
        return v
    }

    /// 登记申请的请求.
    func newApplication() throws(FormInputError) -> NewApplication {
        NewApplication(
            received: try date("received", label: "收到日期"),
            channel: try code("channel", ReceiptChannel.self, label: "申请方式"),
            applicantType: try code("applicantType", ApplicantType.self, label: "申请人类型"),
            applicantName: try required("name", label: "申请人姓名或名称"),
            content: try required("content", label: "申请内容"),
            unit: value("unit").isEmpty ? nil : value("unit"),
            idNumber: value("idNumber"), contact: value("contact"), formWanted: value("form"))
    }

    /// 办理环节的请求.
    func event(_ kind: ApplicationEventKind) throws(FormInputError) -> ApplicationEvent {
        var e = ApplicationEvent(kind: kind, date: try date("date", label: "日期"))
        switch kind {
        case .clarifyRequest:
            guard let due = try optionalDate("correctionDue", label: "补正期限") else {
                throw FormInputError(message: "请填写补正期限（给申请人的合理补正期限，条例第三十条）")
            }
            e.correctionDue = due
        case .consultStart:
            e.party = try code("party", ConsultParty.self, label: "征求意见对象")
        case .extend:
            guard let days = Int(value("days")) else {
                throw FormInputError(message: "延期天数“\(value("days"))”应为 1–\(DeadlineClock.maxExtensionDays) 的整数")
            }
            e.days = days
            e.approver = try required("approver", label: "批准人（政府信息公开工作机构负责人）")
        case .reply:
            e.outcome = try code("outcome", ApplicationOutcome.self, label: "答复类型")
        case .clarifyReceived, .consultEnd, .withdraw:
            break
        }
        let note = value("note")
        e.note = note.isEmpty ? nil : note
        return e
    }

    // MARK: The forms

    /// 登记申请 (条例第二十九条): receipt date (today), channel (its 第三十一条 rule shown), applicant,
    /// content, handling unit, personal data, form wanted.
    static func newApplication(today: CivilDate, units: [String]) -> FormState {
        FormState(purpose: .newApplication, title: "登记政府信息公开申请", fields: [
            FormField("received", "收到日期", .date, value: today.iso, required: true),
            FormField("channel", "申请方式", .choice(ReceiptChannel.allCases.map(\.chineseName)),
                      value: ReceiptChannel.inPerson.chineseName, required: true),
            FormField("applicantType", "申请人类型", .choice(ApplicantType.allCases.map(\.chineseName)),
                      value: ApplicantType.naturalPerson.chineseName, required: true),
            FormField("name", "申请人姓名/名称", required: true),
            FormField("content", "申请内容", required: true),
            FormField("unit", "承办单位", .choice(units), value: units.first ?? ""),
            FormField("idNumber", "证件号码"),
            FormField("contact", "联系方式"),
            FormField("form", "获取方式"),
        ], notes: ["个人信息仅承办单位和县政府办可见，列表中遮蔽显示。"])
    }

    /// One event's form; `clock` supplies the deadlines the officer should see while entering it.
    static func event(_ kind: ApplicationEventKind, applicationId id: String, today: CivilDate,
                      clock: ClockStatus?) -> FormState {
        var fields = [FormField("date", "日期", .date, value: today.iso, required: true)]
        var notes: [String] = []
        switch kind {
        case .clarifyRequest:
            fields.append(FormField("correctionDue", "补正期限", .date, required: true))
            if let c = clock {
                notes.append("补正告知应于 \(c.clarifyNoticeDue) 前发出（收到申请后 \(DeadlineClock.clarifyNoticeDays) 个工作日内，条例第三十条）；一次性告知。")
            }
            notes.append("收到补正之日起重新计算 20 个工作日（C3）。")
        case .clarifyReceived:
            notes.append("答复期限自收到补正之日起重新计算 20 个工作日，此前的暂停和延期不再计入（C3）。")
        case .consultStart:
            fields.append(FormField("party", "征求意见对象", .choice(ConsultParty.allCases.map(\.chineseName)),
                                    value: ConsultParty.thirdParty.chineseName, required: true))
            notes.append("对方应在 \(DeadlineClock.consultDays) 个工作日内提出意见；征求意见期间不计入答复期限（条例第三十二条、第三十四条；C2）。")
        case .consultEnd:
            notes.append("意见返回之日后恢复计算答复期限（C2）。")
        case .extend:
            fields.append(FormField("days", "延期天数", .number, required: true))
            fields.append(FormField("approver", "批准人", required: true))
            if let c = clock {
                notes.append("当前答复期限：\(c.due?.iso ?? "暂不能确定")；已延期 \(c.extensionDays) 个工作日，合计不超过 \(DeadlineClock.maxExtensionDays) 个（条例第三十三条；C4）。")
            }
        case .reply:
            fields.append(FormField("outcome", "答复类型", .choice(ApplicationOutcome.allCases.map(\.chineseName)),
                                    value: ApplicationOutcome.granted.chineseName, required: true))
            if let c = clock, let due = c.due { notes.append("答复期限：\(due)") }
        case .withdraw:
            notes.append("申请人撤回申请后不再计算期限。")
        }
        fields.append(FormField("note", "备注"))
        return FormState(purpose: .event(kind, applicationId: id), title: "\(id) 登记“\(kind.chineseName)”",
                         fields: fields, notes: notes)
    }
}
