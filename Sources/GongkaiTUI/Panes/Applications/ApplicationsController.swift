import GongkaiCore
import GongkaiStore

/// 申请窗格的按键与命令 — the hook AppModel calls: the open form or detail view takes keys first;
/// the pane's commands (详情, 登记, 筛选, 搜索, one per event kind) run here. Writes go through the
/// service door (`ApplicationsDataSource`), so the TUI obeys the same rules as the CLI.
enum ApplicationsController {
    /// Runs the pane's commands; false for a command that is not theirs.
    static func execute(_ command: CommandLine, model: AppModel) -> Bool {
        if let kind = ApplicationEventKind(rawValue: command.name) {
            openEventForm(kind, model: model)
            return true
        }
        switch command.name {
        case "app-open": openDetail(model: model)
        case "app-new": openNewForm(model: model)
        case "filter": filter(command.argument, model: model)
        case "search":
            var q = model.state.applications.query
            let text = command.argument?.trimmingCharacters(in: .whitespaces) ?? ""
            q.search = text.isEmpty ? nil : text
            apply(q, model: model)
        case "search-prompt":
            model.state.commandLine = CommandLineState(text: "search ", caret: 7)
        case "letter": produceLetter(model: model)
        default:
            return false
        }
        return true
    }

    // MARK: Detail

    /// Enter: the selected request's detail, read by the loop (`showDetail`).
    static func openDetail(model: AppModel) {
        guard let id = selectedId(model) else { return model.error(TUIText.Applications.noneSelected.text()) }
        guard dataSource(model) != nil else { return }
        model.request(.read(.applicationDetail(id: id)))
    }

    /// Shows request `id`'s detail once read (performed by the loop).
    static func showDetail(id: String, model: AppModel) {
        guard let source = dataSource(model) else { return }
        do {
            model.state.applications.detail = ApplicationDetailView(try source.applicationDetail(id: id))
        } catch {
            model.error("\(error)")
        }
    }

    // MARK: Forms

    /// `a`: the new request's form; the units to choose from (and a draft left by a hang-up) are
    /// read by the loop (`showNewForm`).
    static func openNewForm(model: AppModel) {
        guard dataSource(model) != nil else { return }
        model.request(.read(.newApplicationForm))
    }

    static func showNewForm(model: AppModel) {
        guard let source = dataSource(model) else { return }
        do {
            if restoreDraft(.newApplication, source: source, model: model) { return }
            model.state.applications.form = FormState.newApplication(today: source.today, units: try source.actingUnitNames())
            model.state.message = StatusMessage(text: ApplicationsOverlay.formHelp(.applicationForm, keymap: model.keymap), isError: false)
        } catch {
            model.error("\(error)")
        }
    }

    /// An event's key: its form on the request of the detail shown, else the selected one; the
    /// request's clock (and a draft left by a hang-up) are read by the loop (`showEventForm`).
    static func openEventForm(_ kind: ApplicationEventKind, model: AppModel) {
        guard dataSource(model) != nil else { return }
        guard let id = model.state.applications.detail?.id ?? selectedId(model) else {
            return model.error(TUIText.Applications.noneSelected.text())
        }
        model.request(.read(.applicationEventForm(kind, id: id)))
    }

    static func showEventForm(_ kind: ApplicationEventKind, id: String, model: AppModel) {
        guard let source = dataSource(model) else { return }
        let clock = model.state.applications.detail?.id == id
            ? model.state.applications.detail?.clock : (try? source.applicationDetail(id: id))?.clock
        if let clock, clock.state.isClosed {
            return model.error(TUIText.Applications.closed.text(["\(id)", clock.state == .replied ? TUIText.Applications.replied.text() : TUIText.Applications.withdrawn.text()]))
        }
        if restoreDraft(.event(kind, applicationId: id), source: source, model: model) { return }
        model.state.applications.form = FormState.event(kind, applicationId: id, today: source.today, clock: clock,
                                                                 mayOverride: source.mayOverrideRules)
    }

    /// Reopens what was typed before a hang-up or crash, when the same form is asked for again.
    static func restoreDraft(_ purpose: FormPurpose, source: ApplicationsDataSource, model: AppModel) -> Bool {
        guard var draft = source.formDraft.load(), draft.purpose == purpose else { return false }
        draft.edited = true
        model.state.applications.form = draft
        model.state.message = StatusMessage(text: TUIText.Applications.formRestored.text(
            [KeyHints.key("cancel", in: [.applicationForm], keymap: model.keymap, global: false)]), isError: false)
        return true
    }

    static func handleForm(_ input: FormInput, model: AppModel) {
        guard var form = model.state.applications.form else { return }
        switch form.edit(input) {
        case .editing:
            model.state.applications.form = form
            model.request(.saveFormDraft(form))
        case .cancel:
            if form.edited == true { return ConfirmationController.ask(.discard(.applicationForm), model: model) }
            model.state.applications.form = nil
            model.request(.saveFormDraft(nil))
            model.state.message = StatusMessage(text: TUIText.Common.cancelledNoChange.text(), isError: false)
        case .submit:
            model.state.applications.form = form
            guard case .event(.reply, let id) = form.purpose else { return submit(form, model: model) }
            // 答复 closes the application: asked first, naming it and the outcome (App/Confirmation).
            do {
                let outcome = try form.event(.reply).outcome?.displayName ?? ""
                let content = (try? dataSource(model)?.applicationDetail(id: id))??.content
                ConfirmationController.ask(Confirmation(.applicationForm, verb: TUIText.Confirm.replyVerb.text([outcome]),
                                                        item: Confirmation.item(id, title: content)), model: model)
            } catch {
                model.error(error.message)
            }
        }
    }

    /// Asks the loop to send the form through the service (`Effect.change(.saveApplicationForm)`,
    /// made by `write`).
    static func submit(_ form: FormState, model: AppModel) {
        guard dataSource(model) != nil else { return }
        model.request(.change(.saveApplicationForm(form)))
    }

    /// Sends the form through the service (performed by the loop); on error the form stays open
    /// and the message line says why (nothing was changed).
    static func write(_ form: FormState, model: AppModel) {
        guard let source = dataSource(model) else { return }
        do {
            let detail: ApplicationDetail
            let done: String
            switch form.purpose {
            case .newApplication:
                detail = try source.addApplication(try form.newApplication())
                done = TUIText.Applications.registered.text(["\(detail.id)"])
            case .event(let kind, let id):
                detail = try source.recordEvent(applicationId: id, try form.event(kind), overrideReason: form.overrideReason)
                done = TUIText.Applications.eventRecorded.text(["\(id)", "\(kind.displayName)"])
            case .newDocument:
                return   // the 文件 pane's form (NewDocumentController), never open here
            case .register:
                return  // the register views submit their own forms (RegisterFormController)
            }
            model.state.applications.form = nil
            model.request(.saveFormDraft(nil))
            if model.state.applications.detail?.id == detail.id {
                var view = ApplicationDetailView(detail)
                view.scroll = model.state.applications.detail?.scroll ?? 0
                model.state.applications.detail = view
            }
            reload(model)
            // A request just registered is the one the officer goes on with: select it, so the
            // next key (c, s, x, r, W …) acts on it and not on the row that was selected before.
            if case .newApplication = form.purpose { model.showRow(id: detail.id, in: .applications) }
            let warnings = detail.clock.warnings.map(\.message)
            let status = ApplicationDetail.clockLine(detail.clock)
            model.state.message = StatusMessage(text: ([done + TUIText.Common.sentenceEnd.text() + status] + warnings).joined(separator: "  "),
                                                isError: false)
        } catch let e as FormInputError {
            model.error(e.message)
        } catch {
            model.error(TUIText.Common.notSaved.text(["\(error)"]))
        }
    }

    // MARK: Filter and search

    static func filter(_ argument: String?, model: AppModel) {
        var q = model.state.applications.query
        let parts = (argument ?? "").split(separator: " ", maxSplits: 1).map(String.init)
        guard let what = parts.first, !["clear", InputWords.clear].contains(what) else {
            q.state = nil
            q.unit = nil
            q.search = nil
            return apply(q, model: model)
        }
        let value = parts.count > 1 ? parts[1].trimmingCharacters(in: .whitespaces) : ""
        switch what {
        case "state", InputWords.state:
            if value.isEmpty {
                q.state = nil
            } else if let s = ApplicationState(codeOrName: value) {
                q.state = s
            } else {
                return model.error(TUIText.Applications.noSuchState.text(["\(value)"]) + ApplicationState.allCases.map(\.displayName).joined(separator: TUIText.Common.listSeparator.text()))
            }
        case "unit", InputWords.unit:
            q.unit = value.isEmpty ? nil : value
        default:
            return model.error(TUIText.Applications.filterUsage.text())
        }
        apply(q, model: model)
    }

    /// A filter or search of the 申请 pane: counted by the loop (`show`).
    static func apply(_ query: ApplicationQuery, model: AppModel) {
        guard dataSource(model) != nil else { return }
        model.request(.read(.applicationQuery(query)))
    }

    /// Shows the pane under `query` (performed by the loop); when it cannot be read the query
    /// shown before stays and the message line says why.
    static func show(_ query: ApplicationQuery, model: AppModel) {
        guard let source = dataSource(model) else { return }
        let previous = source.applicationQuery
        source.applicationQuery = query
        model.state.applications.query = query
        model.state.emptyHints[.applications] = model.emptyHint(for: .applications)
        model.state.focus = .applications
        var list = model.state.lists[.applications]!
        list.selected = 0
        list.scroll = 0
        list.window = []   // a new filter starts at its first row
        model.state.lists[.applications] = list
        reload(model)
        if let err = model.state.lists[.applications]?.error {
            source.applicationQuery = previous
            model.state.applications.query = previous
            reload(model)
            return model.error(TUIText.Applications.filterFailed.text(["\(err)"]))
        }
        let n = model.state.lists[.applications]?.count ?? 0
        model.state.message = StatusMessage(text: TUIText.Applications.filterResult.text(["\(model.state.applications.filterSummary)", "\(n)"]), isError: false)
    }

    // MARK: Helpers

    /// Re-reads the 申请 pane (count and visible rows) and the status bar's counts.
    static func reload(_ model: AppModel) {
        model.reloadPane(.applications)
        if let o = try? model.data.overview() { model.state.overview = o }
    }

    static func selectedId(_ model: AppModel) -> String? {
        model.selectedRow(in: .applications)?.id
    }

    static func dataSource(_ model: AppModel) -> ApplicationsDataSource? {
        guard let source = model.data as? ApplicationsDataSource else {
            model.error(TUIText.Applications.noRegistering.text())
            return nil
        }
        return source
    }
}
