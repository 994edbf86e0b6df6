import GongkaiCore
import GongkaiStore

/// What the register forms write — the same service calls as `gongkai duties|consult|inspect`, so
/// the form obeys the CLI's rules (own unit; the county office every unit) and every change is
/// audited by the service door.
public protocol RegisterWriting: AnyObject {
    var today: CivilDate { get }
    /// 单位的选项 — the units the officer may act for, own unit first.
    func actingUnitNames() throws -> [String]
    /// The officer's name (the default 巡检人).
    func officerName() throws -> String
    func dutyRecord(id: String) throws -> DutyRecord
    func consultationRecord(id: String) throws -> ConsultationRecord
    func inspectionRecord(id: String) throws -> InspectionRecord
    func addDuty(_ request: AddDutyRequest) throws -> DutyRecord
    func updateDuty(id: String, _ request: UpdateDutyRequest) throws -> DutyDetail
    func addConsultation(_ request: AddConsultationRequest) throws -> ConsultationRecord
    func closeConsultation(id: String, _ request: CloseConsultationRequest) throws -> ConsultationRecord
    func addInspection(_ request: AddInspectionRequest) throws -> InspectionRecord
    func consultationSettings() throws -> ConsultationSettings
    func setConsultationSettings(_ settings: ConsultationSettings) throws -> ConsultationSettings
    func fixInspection(id: String, on date: CivilDate?) throws -> InspectionRecord
    /// Where the open register form's draft is kept (SIGHUP / kill -9 safety, as the 申请 form's).
    var registerFormDraft: FormDraft { get }
}

extension ServiceDataSource: RegisterWriting {
    public func officerName() throws -> String { try service.currentOfficer().officer.name }
    public func dutyRecord(id: String) throws -> DutyRecord { try service.duty(id: id).entry }
    public func consultationRecord(id: String) throws -> ConsultationRecord { try service.consultation(id: id) }
    public func inspectionRecord(id: String) throws -> InspectionRecord { try service.inspection(id: id) }
    public func addDuty(_ request: AddDutyRequest) throws -> DutyRecord { try service.addDuty(request) }
    public func updateDuty(id: String, _ request: UpdateDutyRequest) throws -> DutyDetail { try service.updateDuty(id: id, request) }
    public func addConsultation(_ request: AddConsultationRequest) throws -> ConsultationRecord { try service.addConsultation(request) }
    public func closeConsultation(id: String, _ request: CloseConsultationRequest) throws -> ConsultationRecord {
        try service.closeConsultation(id: id, request)
    }
    public func addInspection(_ request: AddInspectionRequest) throws -> InspectionRecord { try service.addInspection(request) }
    public func consultationSettings() throws -> ConsultationSettings { try service.consultationSettings() }
    public func setConsultationSettings(_ settings: ConsultationSettings) throws -> ConsultationSettings {
        try service.setConsultationSettings(settings)
    }
    public func fixInspection(id: String, on date: CivilDate?) throws -> InspectionRecord { try service.fixInspection(id: id, on: date) }
    public var registerFormDraft: FormDraft {
        FormDraft.forRegisters(service.workspace.path, login: service.actor.login, files: officerFiles)
    }
}

/// 登记簿表单的按键与命令 — in an open register `a` adds a record, `e` adjusts the selected duty,
/// `c` closes the selected record (cancels a duty, closes a consultation, records an inspection's
/// fix). Each key is a named command (`:register-add` …) so it also runs from the `:` prompt.
/// The open form is the `register-form` view: its non-text keys are bindings (Esc, Enter, Tab …),
/// the others are typed into it; Esc with typed input asks before discarding it (the one
/// confirmation, ConfirmationController).
enum RegisterFormController: WorkstationView {
    typealias T = TUIText.RegisterForms
    static let id = ViewID.registerForm

    static let commands: [CommandSpec] = [
        CommandSpec(name: "register-add", aliases: [T.aliasAdd.zh], summary: T.cmdAdd, takesArgument: false),
        CommandSpec(name: "register-edit", aliases: [T.aliasEdit.zh], summary: T.cmdEdit, takesArgument: false),
        CommandSpec(name: "register-close", aliases: [T.aliasClose.zh], summary: T.cmdClose, takesArgument: false),
        CommandSpec(name: "consult-settings", aliases: [T.aliasSettings.zh], summary: T.cmdSettings, takesArgument: false),
    ]

    /// The register view's keys for its forms (in the register's scope).
    static var registerBindings: [Keymap.Binding] {
        Keymap.scoped(.register, [("a", "register-add"), ("e", "register-edit"), ("c", "register-close"), ("S", "consult-settings")])
    }

    /// The open form's keys.
    static var bindings: [Keymap.Binding] {
        FormKeys.bindings(.registerForm)
    }

    static func isOpen(_ state: AppState) -> Bool { state.register?.form != nil }
    static func takesText(_ state: AppState) -> Bool { true }

    static func perform(_ command: CommandLine, model: AppModel) -> Bool {
        guard let formCommand = FormCommand(command) else { return false }
        handleForm(.command(formCommand), model: model)
        return true
    }

    static func take(_ key: Key, model: AppModel) { handleForm(.key(key), model: model) }

    static func close(model: AppModel) { handleForm(.command(.cancel), model: model) }

    static func draw(_ grid: inout CellGrid, state: AppState, keymap: Keymap) -> (x: Int, y: Int)? {
        drawForm(&grid, state: state, keymap: keymap)
    }

    /// The form keys shown in the register's title row, from the keymap.
    static func keysHint(_ view: RegisterViewState, keymap: Keymap) -> String? {
        func keys(_ commands: [String]) -> [String] { KeyHints.keys(commands, in: [.register], keymap: keymap) }
        switch view.kind {
        case .duties: return T.keysDuties.text(keys(["register-add", "register-edit", "register-close"]))
        case .consultations: return T.keysConsultations.text(keys(["register-add", "register-close", "consult-settings"]))
        case .inspections: return view.showStale ? nil : T.keysInspections.text(keys(["register-add", "register-close"]))
        }
    }

    static func execute(_ command: CommandLine, model: AppModel) -> Bool {
        let kind: RegisterFormKind
        switch command.name {
        case "register-add": kind = .add
        case "register-edit": kind = .edit
        case "register-close": kind = .close
        case "consult-settings": kind = .settings
        default: return false
        }
        guard let view = model.state.register else {
            model.error(T.openFirst.text())
            return true
        }
        guard model.data is RegisterWriting else {
            model.error(TUIText.Registers.noSource.text())
            return true
        }
        if view.showStale { model.error(T.staleView.text([KeyHints.key("register-stale", in: [.register], keymap: model.keymap)])); return true }
        // The record and the choices the form offers are read by the loop (`show`).
        model.request(.read(.registerForm(kind)))
        return true
    }

    /// Opens the form `kind` on the open register's selected record (performed by the loop).
    static func show(_ kind: RegisterFormKind, model: AppModel) {
        guard let view = model.state.register, let source = model.data as? RegisterWriting else { return }
        do {
            switch kind {
            case .add: try openAdd(view, source, model)
            case .edit: try openEdit(view, source, model)
            case .close: try openClose(view, source, model)
            case .settings: try openSettings(view, source, model)
            }
        } catch {
            model.error("\(error)")
        }
    }

    // MARK: Opening

    /// The units to choose from, the register's own unit first when it shows one.
    static func units(_ view: RegisterViewState, _ source: RegisterWriting) throws -> [String] {
        let all = try source.actingUnitNames()
        guard let name = view.unitName, all.contains(name) else { return all }
        return [name] + all.filter { $0 != name }
    }

    static func openAdd(_ view: RegisterViewState, _ source: RegisterWriting, _ model: AppModel) throws {
        switch view.kind {
        case .duties:
            open(RegisterForms.addDuty(units: try units(view, source)), source: source, model: model)
        case .consultations:
            open(RegisterForms.addConsultation(units: try units(view, source), today: source.today), source: source, model: model)
        case .inspections:
            open(RegisterForms.addInspection(units: try units(view, source), inspector: try source.officerName(), today: source.today),
                 source: source, model: model)
        }
    }

    static func openEdit(_ view: RegisterViewState, _ source: RegisterWriting, _ model: AppModel) throws {
        guard view.kind == .duties else {
            return model.error(T.notForKind.text([RegisterController.title(view)]))
        }
        guard let id = view.current?.id else { return model.error(T.noneSelected.text()) }
        let d = try source.dutyRecord(id: id)
        guard d.state != .cancelled else { return model.error(T.alreadyCancelled.text([id])) }
        open(RegisterForms.amendDuty(d, today: source.today), source: source, model: model)
    }

    static func openClose(_ view: RegisterViewState, _ source: RegisterWriting, _ model: AppModel) throws {
        guard let id = view.current?.id else { return model.error(T.noneSelected.text()) }
        switch view.kind {
        case .duties:
            let d = try source.dutyRecord(id: id)
            guard d.state != .cancelled else { return model.error(T.alreadyCancelled.text([id])) }
            open(RegisterForms.cancelDuty(d, today: source.today), source: source, model: model)
        case .consultations:
            let r = try source.consultationRecord(id: id)
            guard r.consultation.closedOn == nil else { return model.error(T.alreadyClosed.text([id])) }
            open(RegisterForms.closeConsultation(r, today: source.today), source: source, model: model)
        case .inspections:
            let r = try source.inspectionRecord(id: id)
            guard r.awaitingFix else { return model.error(T.nothingToFix.text([id])) }
            open(RegisterForms.fixInspection(r, today: source.today), source: source, model: model)
        }
    }

    static func openSettings(_ view: RegisterViewState, _ source: RegisterWriting, _ model: AppModel) throws {
        guard view.kind == .consultations else {
            return model.error(T.notForKind.text([RegisterController.title(view)]))
        }
        open(RegisterForms.consultationSettings(try source.consultationSettings()), source: source, model: model)
    }

    /// Opens `form`, or what was typed into the same form before a hang-up (its draft).
    static func open(_ form: FormState, source: RegisterWriting, model: AppModel) {
        if let draft = source.registerFormDraft.load(), draft.purpose == form.purpose {
            model.state.register?.form = draft
            model.state.register?.formAsOpened = nil
            model.state.message = StatusMessage(text: TUIText.Applications.formRestored.text(
                [KeyHints.key("cancel", in: [.registerForm], keymap: model.keymap, global: false)]), isError: false)
            return
        }
        model.state.register?.form = form
        model.state.register?.formAsOpened = form
        model.state.message = StatusMessage(text: ApplicationsOverlay.formHelp(.registerForm, keymap: model.keymap), isError: false)
    }

    // MARK: The open form

    static func handleForm(_ input: FormInput, model: AppModel) {
        guard var view = model.state.register, var form = view.form else { return }
        switch form.edit(input) {
        case .editing:
            view.form = form
            model.state.register = view
            model.request(.saveRegisterFormDraft(form))
        case .cancel:
            if form.fields.map(\.value) == view.formAsOpened?.fields.map(\.value) {
                close(model: model, message: TUIText.Common.cancelledNoChange.text())
            } else {
                ConfirmationController.ask(.discard(.registerForm), model: model)
            }
        case .submit:
            view.form = form
            model.state.register = view
            submit(form, model: model)
        }
    }

    static func close(model: AppModel, message: String) {
        model.state.register?.form = nil
        model.state.register?.formAsOpened = nil
        model.request(.saveRegisterFormDraft(nil))
        model.state.message = StatusMessage(text: message, isError: false)
    }

    /// Asks the loop to send the form through the service (`Effect.change(.saveRegisterForm)`,
    /// made by `write`).
    static func submit(_ form: FormState, model: AppModel) {
        guard case .register = form.purpose, model.data is RegisterWriting else { return }
        model.request(.change(.saveRegisterForm(form)))
    }

    /// Sends the form through the service (performed by the loop); on error the form stays open
    /// and the message line says which field or rule refused it (nothing was changed).
    static func write(_ form: FormState, model: AppModel) {
        guard case .register(let action) = form.purpose, let source = model.data as? RegisterWriting else { return }
        do {
            let id: String, done: String
            switch action {
            case .addDuty:
                id = try source.addDuty(try form.addDutyRequest()).id
                done = T.added.text([id])
            case .amendDuty(let duty):
                let was = try source.dutyRecord(id: duty)
                id = try source.updateDuty(id: duty, try form.amendDutyRequest(was: was)).entry.id
                done = T.amended.text([id])
            case .cancelDuty(let duty):
                id = try source.updateDuty(id: duty, try form.cancelDutyRequest()).entry.id
                done = T.cancelled.text([id])
            case .addConsultation:
                id = try source.addConsultation(try form.addConsultationRequest()).consultation.id
                done = T.added.text([id])
            case .closeConsultation(let c):
                id = try source.closeConsultation(id: c, try form.closeConsultationRequest()).consultation.id
                done = T.closed.text([id])
            case .consultationSettings:
                _ = try source.setConsultationSettings(try form.consultationSettingsRequest())
                id = view(model)?.current?.id ?? ""
                done = T.settingsSaved.text()
            case .addInspection:
                id = try source.addInspection(try form.addInspectionRequest()).inspection.id
                done = T.added.text([id])
            case .fixInspection(let i):
                id = try source.fixInspection(id: i, on: try form.date("date", label: T.fixedOn.text())).inspection.id
                done = T.fixed.text([id])
            }
            close(model: model, message: done)
            RegisterController.reload(model: model, select: id)
        } catch let e as FormInputError {
            model.error(e.message)
        } catch {
            model.error(TUIText.Common.notSaved.text(["\(error)"]))
        }
    }

    static func view(_ model: AppModel) -> RegisterViewState? { model.state.register }

    // MARK: Drawing

    /// Draws the open form over the register; returns the caret.
    static func drawForm(_ grid: inout CellGrid, state: AppState, keymap: Keymap) -> (x: Int, y: Int)? {
        guard let form = state.register?.form, state.layout.mode != .tooSmall else { return nil }
        return ApplicationsOverlay.drawForm(&grid, form: form, top: 1, bottom: state.layout.statusRow, scope: .registerForm, keymap: keymap)
    }
}
