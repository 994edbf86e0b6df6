import GongkaiCore
import GongkaiStore

/// 登记簿表单的用途 — one change a register's CLI verb makes (`duties add|update [--cancel]`,
/// `consult add|close`, `inspect add|fix`), made from the register view instead.
public enum RegisterFormAction: Equatable, Sendable, Codable {
    case addDuty
    case amendDuty(id: String)
    case cancelDuty(id: String)
    case addConsultation
    case closeConsultation(id: String)
    /// `consult settings` (admins; the service refuses anyone else).
    case consultationSettings
    case addInspection
    case fixInspection(id: String)

    public var kind: RegisterKind {
        switch self {
        case .addDuty, .amendDuty, .cancelDuty: return .duties
        case .addConsultation, .closeConsultation, .consultationSettings: return .consultations
        case .addInspection, .fixInspection: return .inspections
        }
    }
}

/// 登记簿表单 — the forms of the register views, built on the 申请 pane's `FormState` (same
/// fields, pickers, ISO dates, drafts): pickers where the value comes from a list (units, kinds,
/// check results), ISO dates defaulting to today, and the request each sends to the service.
enum RegisterForms {
    typealias T = TUIText.RegisterForms

    /// The three answers of one check of an inspection.
    static var checkOptions: [String] { [T.passed.text(), T.failed.text(), T.notChecked.text()] }

    static func checkKey(_ c: InspectionCheck) -> String { "check-" + c.rawValue }

    static func form(_ action: RegisterFormAction, title: String, fields: [FormField], notes: [String] = []) -> FormState {
        FormState(purpose: .register(action), title: title, fields: fields, notes: notes)
    }

    /// 新增权责事项: unit picker (the register's unit first when it has one), kind picker, texts.
    static func addDuty(units: [String]) -> FormState {
        form(.addDuty, title: T.addDuty.text(), fields: [
            FormField("unit", T.unit.text(), .picker(units), value: units.first ?? "", required: true),
            FormField("kind", T.kind.text(), .picker(DutyKind.allCases.map(\.displayName)),
                      value: DutyKind.allCases[0].displayName, required: true),
            FormField("name", T.name.text(), required: true),
            FormField("basis", T.basis.text(), required: true),
            FormField("responsible", T.responsible.text()),
            FormField("procedure", T.procedure.text()),
            FormField("timeLimit", T.timeLimit.text()),
            FormField("phone", T.phone.text()),
        ], notes: [T.responsibleNote.text()])
    }

    /// 调整权责事项: the current values to change, the date (today) and the reason.
    static func amendDuty(_ d: DutyRecord, today: CivilDate) -> FormState {
        form(.amendDuty(id: d.id), title: T.amendDuty.text([d.id]), fields: [
            FormField("kind", T.kind.text(), .picker(DutyKind.allCases.map(\.displayName)), value: d.kind.displayName, required: true),
            FormField("name", T.name.text(), value: d.name, required: true),
            FormField("basis", T.basis.text(), value: d.legalBasis, required: true),
            FormField("responsible", T.responsible.text(), value: d.responsibleUnit),
            FormField("procedure", T.procedure.text(), value: d.procedure),
            FormField("timeLimit", T.timeLimit.text(), value: d.timeLimit),
            FormField("phone", T.phone.text(), value: d.supervisionPhone),
            FormField("date", T.changeDate.text(), .date, value: today.iso, required: true),
            FormField("reason", T.reason.text()),
        ], notes: [T.amendNote.text()])
    }

    static func cancelDuty(_ d: DutyRecord, today: CivilDate) -> FormState {
        form(.cancelDuty(id: d.id), title: T.cancelDuty.text([d.id]), fields: [
            FormField("date", T.changeDate.text(), .date, value: today.iso, required: true),
            FormField("reason", T.reason.text()),
        ], notes: [d.name, T.cancelNote.text()])
    }

    static func addConsultation(units: [String], today: CivilDate) -> FormState {
        let methods = ConsultationMethod.allCases.map(\.displayName).joined(separator: TUIText.Common.listSeparator.text())
        return form(.addConsultation, title: T.addConsultation.text(), fields: [
            FormField("unit", T.unit.text(), .picker(units), value: units.first ?? "", required: true),
            FormField("decision", T.decision.text(), required: true),
            FormField("scope", T.scope.text(), required: true),
            FormField("methods", T.methods.text(), value: ConsultationMethod.publicComment.displayName, required: true),
            FormField("opens", T.opens.text(), .date, value: today.iso, required: true),
            FormField("closes", T.closes.text(), .date, required: true),
            FormField("shortReason", T.shortReason.text()),
        ], notes: [T.methodsNote.text([methods]), T.shortNote.text()])
    }

    static func closeConsultation(_ r: ConsultationRecord, today: CivilDate) -> FormState {
        let c = r.consultation
        var notes = [c.decision, T.commentsNote.text()]
        if today < c.closes { notes.append(T.earlyNote.text([c.closes.iso])) }
        return form(.closeConsultation(id: c.id), title: T.closeConsultation.text([c.id]), fields: [
            FormField("comments", T.comments.text(), .number, value: "0", required: true),
            FormField("summary", T.summary.text()),
            FormField("adoption", T.adoption.text(), required: true),
            FormField("feedback", T.feedback.text(), required: true),
            FormField("earlyReason", T.earlyReason.text()),
        ], notes: notes)
    }

    /// 公众参与设置 — the workspace's minimum public-comment days and the closing-soon reminder.
    static func consultationSettings(_ s: ConsultationSettings) -> FormState {
        form(.consultationSettings, title: T.settings.text(), fields: [
            FormField("minDays", T.minDays.text(), .number, value: String(s.minimumPublicCommentDays), required: true),
            FormField("soonDays", T.soonDays.text(), .number, value: String(s.closingSoonDays), required: true),
        ], notes: [T.settingsNote.text()])
    }

    static func addInspection(units: [String], inspector: String, today: CivilDate) -> FormState {
        form(.addInspection, title: T.addInspection.text(), fields: [
            FormField("unit", T.unit.text(), .picker(units), value: units.first ?? "", required: true),
            FormField("date", T.date.text(), .date, value: today.iso, required: true),
            FormField("inspector", T.inspector.text(), value: inspector, required: true),
            FormField("channelKind", T.channelKind.text(), .picker(InspectionChannelKind.allCases.map(\.displayName)),
                      value: InspectionChannelKind.website.displayName, required: true),
            FormField("channelName", T.channel.text(), required: true),
        ] + InspectionCheck.allCases.map {
            FormField(checkKey($0), $0.displayName, .picker(checkOptions), value: T.passed.text(), required: true)
        } + [
            FormField("problems", T.problems.text()),
            FormField("fixedOn", T.fixedOn.text(), .date),
        ], notes: [T.failedNote.text()])
    }

    static func fixInspection(_ r: InspectionRecord, today: CivilDate) -> FormState {
        let i = r.inspection
        return form(.fixInspection(id: i.id), title: T.fixInspection.text([i.id]), fields: [
            FormField("date", T.fixedOn.text(), .date, value: today.iso, required: true),
        ], notes: [T.fixNote.text([i.date.iso, i.problems])])
    }
}

// MARK: Requests

extension FormState {
    typealias RF = TUIText.RegisterForms

    /// A picker's value back as its domain code (the picker only ever holds one of the names).
    func picked<C: DomainCode>(_ key: String, _ type: C.Type, label: Phrase) throws(FormInputError) -> C {
        try code(key, type, label: label.text())
    }

    func filled(_ key: String, _ label: Phrase) throws(FormInputError) -> String {
        try required(key, label: label.text())
    }

    func optionalText(_ key: String) -> String? {
        value(key).isEmpty ? nil : value(key)
    }

    func count(_ key: String, _ label: Phrase) throws(FormInputError) -> Int {
        guard let n = Int(value(key)), n >= 0 else {
            throw FormInputError(message: TUIText.Applications.badNumber.text([label.text(), value(key)]))
        }
        return n
    }

    func addDutyRequest() throws(FormInputError) -> AddDutyRequest {
        AddDutyRequest(unit: try filled("unit", RF.unit), kind: try picked("kind", DutyKind.self, label: RF.kind),
                       name: try filled("name", RF.name), legalBasis: try filled("basis", RF.basis),
                       responsibleUnit: optionalText("responsible"), procedure: value("procedure"),
                       timeLimit: value("timeLimit"), supervisionPhone: value("phone"))
    }

    /// Only the fields that differ from `was` are sent, so the history records what changed.
    func amendDutyRequest(was: DutyRecord) throws(FormInputError) -> UpdateDutyRequest {
        func changed(_ key: String, _ old: String) -> String? { value(key) == old ? nil : value(key) }
        let kind = try picked("kind", DutyKind.self, label: RF.kind)
        _ = try filled("name", RF.name)
        _ = try filled("basis", RF.basis)
        let request = UpdateDutyRequest(
            kind: kind == was.kind ? nil : kind, name: changed("name", was.name),
            legalBasis: changed("basis", was.legalBasis),
            responsibleUnit: changed("responsible", was.responsibleUnit), procedure: changed("procedure", was.procedure),
            timeLimit: changed("timeLimit", was.timeLimit), supervisionPhone: changed("phone", was.supervisionPhone),
            date: try date("date", label: RF.changeDate.text()), reason: optionalText("reason"))
        guard request.changesFields else { throw FormInputError(message: RF.nothingChanged.text()) }
        return request
    }

    func cancelDutyRequest() throws(FormInputError) -> UpdateDutyRequest {
        UpdateDutyRequest(cancel: true, date: try date("date", label: RF.changeDate.text()), reason: optionalText("reason"))
    }

    func addConsultationRequest() throws(FormInputError) -> AddConsultationRequest {
        let unit = try filled("unit", RF.unit), decision = try filled("decision", RF.decision), scope = try filled("scope", RF.scope)
        let text = try filled("methods", RF.methods)
        let methods: [ConsultationMethod]
        switch ConsultationMethod.parseList(text) {
        case .success(let m) where !m.isEmpty: methods = m
        default:
            let all = ConsultationMethod.allCases.map(\.displayName).joined(separator: TUIText.Common.listSeparator.text())
            throw FormInputError(message: RF.badMethods.text([text, all]))
        }
        return AddConsultationRequest(unit: unit, decision: decision, scope: scope, methods: methods,
                                      opens: try date("opens", label: RF.opens.text()),
                                      closes: try date("closes", label: RF.closes.text()),
                                      shortPeriodReason: optionalText("shortReason"))
    }

    func closeConsultationRequest() throws(FormInputError) -> CloseConsultationRequest {
        CloseConsultationRequest(commentsReceived: try count("comments", RF.comments), summary: value("summary"),
                                 adoption: try filled("adoption", RF.adoption), feedback: try filled("feedback", RF.feedback),
                                 earlyReason: optionalText("earlyReason"))
    }

    func consultationSettingsRequest() throws(FormInputError) -> ConsultationSettings {
        ConsultationSettings(minimumPublicCommentDays: try count("minDays", RF.minDays), closingSoonDays: try count("soonDays", RF.soonDays))
    }

    func addInspectionRequest() throws(FormInputError) -> AddInspectionRequest {
        var checks: [InspectionCheck] = [], failed: [InspectionCheck] = []
        for c in InspectionCheck.allCases {
            // Either language: a form restored from a draft may have been typed in the other one.
            switch value(RegisterForms.checkKey(c)) {
            case RF.passed.zh, RF.passed.en: checks.append(c)
            case RF.failed.zh, RF.failed.en: checks.append(c); failed.append(c)
            default: break
            }
        }
        return AddInspectionRequest(
            unit: try filled("unit", RF.unit), date: try date("date", label: RF.date.text()),
            inspector: try filled("inspector", RF.inspector),
            channelKind: try picked("channelKind", InspectionChannelKind.self, label: RF.channelKind),
            channel: try filled("channelName", RF.channel), checks: checks, failed: failed, problems: value("problems"),
            fixedOn: try optionalDate("fixedOn", label: RF.fixedOn.text()))
    }
}
