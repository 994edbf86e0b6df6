import GongkaiCore
import GongkaiStore

/// 登记簿视图的按键与命令 — `:duties [单位]`, `:consult [单位]`, `:inspect [单位]` open a register;
/// so does Enter (or R) on the catalog column it belongs to (RegisterKind.forColumn), for that
/// column's unit. While open: j/k move, Enter shows the record's detail, s (网站巡检) switches to the
/// columns not updated, H the record's audit history, r reloads, Esc goes back.
enum RegisterController: WorkstationView {
    static let id = ViewID.register

    static var commands: [CommandSpec] { opening + [
        CommandSpec(name: "register-detail", aliases: ["记录详情"], summary: TUIText.ViewCommands.registerDetail, takesArgument: false),
        CommandSpec(name: "register-stale", aliases: ["未更新栏目"], summary: TUIText.ViewCommands.registerStale, takesArgument: false),
    ] }

    static let opening: [CommandSpec] = [
        CommandSpec(name: "duties", aliases: [TUIText.Registers.aliasDuties.zh], summary: TUIText.Registers.cmdDuties, takesArgument: true),
        CommandSpec(name: "consult", aliases: [TUIText.Registers.aliasConsult.zh], summary: TUIText.Registers.cmdConsult, takesArgument: true),
        CommandSpec(name: "inspect", aliases: [TUIText.Registers.aliasInspect.zh], summary: TUIText.Registers.cmdInspect, takesArgument: true),
        CommandSpec(name: "open-register", aliases: [TUIText.Registers.aliasOpenRegister.zh], summary: TUIText.Registers.cmdCatalogRegister,
                    takesArgument: false),
    ]

    static var bindings: [Keymap.Binding] {
        Keymap.scoped(.catalog, [("R", "open-register")])
            + Keymap.scoped(.register, [("Esc", "close"), ("q", "close"), ("Enter", "register-detail"), ("Space", "page-next"),
                                        ("s", "register-stale"), ("r", "reload"), ("H", "history")])
            + RegisterFormController.registerBindings
    }

    static func isOpen(_ state: AppState) -> Bool { state.register != nil }
    static func scrollsWithWheel(_ state: AppState) -> Bool { true }

    static func draw(_ grid: inout CellGrid, state: AppState, keymap: Keymap) -> (x: Int, y: Int)? {
        RegisterView.draw(&grid, state: state, keymap: keymap)
        return nil
    }

    /// Esc goes back from the detail to the list, then closes.
    static func close(model: AppModel) {
        if model.state.register?.detail == true { model.state.register?.detail = false } else { model.state.register = nil }
    }

    static func kind(ofCommand name: String) -> RegisterKind? {
        switch name {
        case "duties": return .duties
        case "consult": return .consultations
        case "inspect": return .inspections
        default: return nil
        }
    }

    static func open(_ command: CommandLine, model: AppModel) -> Bool {
        if RegisterFormController.execute(command, model: model) { return true }
        if command.name == "open-register" {
            openFromCatalog(model: model, quietIfNone: false)
            return true
        }
        guard let kind = kind(ofCommand: command.name) else { return false }
        guard model.data is RegisterDataSource else {
            model.error(TUIText.Registers.noSource.text())
            return true
        }
        let ref = command.argument.flatMap { $0.isEmpty ? nil : $0 }
        model.request(.read(.register(kind, unit: ref, select: nil)))
        return true
    }

    /// Shows a register for the unit `reference` names (nil: every unit the officer sees), on
    /// record `select` when given (performed by the loop). A unit that cannot be found is said and
    /// nothing opens.
    static func show(_ kind: RegisterKind, unitReference reference: String?, select id: String?, model: AppModel) {
        guard let source = model.data as? RegisterDataSource else { return }
        var unit: (id: String, name: String)?
        if let reference {
            do { unit = try source.registerUnit(reference) } catch { return model.error("\(error)") }
        }
        open(kind, unit: unit, select: id, model: model)
    }

    /// Asks for the register of the selected catalog column, if it has one (a column named as a
    /// register's: 权责清单, 重大决策意见征集 …). Returns whether it asked.
    @discardableResult
    static func openFromCatalog(model: AppModel, quietIfNone: Bool) -> Bool {
        guard let row = model.selectedCatalogRow, model.data is RegisterDataSource else { return false }
        guard RegisterKind.forColumn(named: row.name) != nil else {
            if !quietIfNone { model.error(TUIText.Registers.notRegisterColumn.text([row.path])) }
            return false
        }
        model.request(.read(.catalogRegister(nodeID: row.id)))
        return true
    }

    /// Shows the register of catalog column `nodeID` for the column's unit (performed by the loop).
    static func showFromCatalog(nodeID: String, model: AppModel) {
        guard let source = model.data as? RegisterDataSource else { return }
        do {
            guard let link = try source.catalogRegisterLink(nodeID: nodeID) else { return }
            let unit = try link.unitId.map { try source.registerUnit($0) }
            open(link.kind, unit: unit, model: model)
        } catch {
            model.error("\(error)")
        }
    }

    /// Opens a register for one unit (nil: every unit the officer sees), optionally on record `id`.
    static func open(_ kind: RegisterKind, unit: (id: String, name: String)?, select id: String? = nil, model: AppModel) {
        model.state.register = RegisterViewState(kind: kind, unitId: unit?.id, unitName: unit?.name)
        reload(model: model, select: id)
        let scope = unit?.name ?? TUIText.Registers.allUnits.text()
        model.state.message = StatusMessage(text: TUIText.Registers.opened.text([title(model.state.register!), scope]), isError: false)
    }

    static func title(_ view: RegisterViewState) -> String {
        switch view.kind {
        case .duties: return TUIText.Registers.titleDuties.text()
        case .consultations: return TUIText.Registers.titleConsultations.text()
        case .inspections: return view.showStale ? TUIText.Registers.titleStale.text() : TUIText.Registers.titleInspections.text()
        }
    }

    /// Reads the register again, keeping the selection on the same record.
    static func reload(model: AppModel, select id: String?) {
        guard var view = model.state.register, let source = model.data as? RegisterDataSource else { return }
        let keep = id ?? view.current?.id
        do {
            view.items = try source.registerItems(view.kind, unit: view.unitId, stale: view.showStale,
                                                 closeKey: KeyHints.key("register-close", in: [.register], keymap: model.keymap, global: false))
            view.error = nil
        } catch {
            view.items = []
            view.error = TUIText.Registers.readFailed.text(["\(error)"])
        }
        if let keep, let i = view.items.firstIndex(where: { $0.id == keep }) { view.selected = i }
        view.selected = max(0, min(view.selected, view.items.count - 1))
        model.state.register = view
        clamp(model)
    }

    static func clamp(_ model: AppModel) {
        guard var view = model.state.register else { return }
        let h = RegisterView.listHeight(model.state)
        if view.selected < view.scroll { view.scroll = view.selected }
        if view.selected >= view.scroll + h { view.scroll = view.selected - h + 1 }
        view.scroll = max(0, min(view.scroll, max(0, view.items.count - h)))
        let lines = view.current.map { RegisterView.detailLines($0, width: model.state.width).count } ?? 0
        view.detailScroll = max(0, min(view.detailScroll, max(0, lines - RegisterView.detailHeight(model.state))))
        model.state.register = view
    }

    // MARK: Keys

    static func perform(_ command: CommandLine, model: AppModel) -> Bool {
        guard var view = model.state.register else { return false }
        let page = max(1, RegisterView.listHeight(model.state) - 1)
        let motion = ViewMotion(command: command.name)
        switch command.name {
        case "close":
            close(model: model)
            return true
        case "register-detail":
            view.detail.toggle()
            view.detailScroll = 0
        case _ where motion == .down || motion == .up:
            if view.detail {
                view.detailScroll = max(0, view.detailScroll + (motion == .down ? 1 : -1))
            } else {
                view.selected = motion!.apply(to: view.selected, page: page, last: view.items.count - 1)
            }
        case _ where motion != nil:
            view.selected = motion!.apply(to: view.selected, page: page, last: view.items.count - 1)
        case "page-next":
            view.selected = min(view.selected + page, max(0, view.items.count - 1))
        case "register-stale":
            guard view.kind == .inspections else { return true }
            view.showStale.toggle()
            view.selected = 0
            view.scroll = 0
            view.detail = false
            view.items = []
            model.state.register = view
            model.request(.loadView(.register))
            return true
        case "reload":
            model.request(.loadView(.register))
            model.state.message = StatusMessage(text: TUIText.Registers.reloaded.text(), isError: false)
            return true
        case "history":
            guard let id = view.current?.id, !view.showStale else { return true }
            _ = HistoryController.open(CommandLine(name: "history", argument: id), model: model)
            return true
        default:
            // a / e / c / S: the register's forms.
            return RegisterFormController.execute(command, model: model)
        }
        model.state.register = view
        clamp(model)
        return true
    }

    static func reload(model: AppModel) { reload(model: model, select: nil) }
}
