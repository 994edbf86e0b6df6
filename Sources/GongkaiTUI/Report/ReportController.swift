import GongkaiCore
import GongkaiStore

/// 年度报告视图的按键与命令 — `:report 2025` (own unit), `:report 2025 county` (全县) or
/// `:report 2025 县教育局` opens the view; while open: j/k scroll, `e` the figures form, `1` `5` `6`
/// the narrative input for 一、五、六, `F` files after asking once, `r` recomputes, Esc closes.
enum ReportController: WorkstationView {
    static let id = ViewID.report

    static var commands: [CommandSpec] {
        [
            CommandSpec(name: "report", aliases: ["年度报告", "年报"], summary: TUIText.Commands.report, takesArgument: true),
            CommandSpec(name: "report-figures", aliases: ["报告数字"], summary: TUIText.ViewCommands.reportFigures, takesArgument: false),
            CommandSpec(name: "report-narrative", aliases: ["报告文字"], summary: TUIText.ViewCommands.reportNarrative,
                        takesArgument: true),
            CommandSpec(name: "report-file", aliases: ["报送"], summary: TUIText.ViewCommands.reportFile, takesArgument: false),
        ]
    }

    static var bindings: [Keymap.Binding] {
        Keymap.scoped(.report, [("Esc", "close"), ("q", "close"), ("Space", "page-next"), ("l", "scroll-right"),
                                ("Right", "scroll-right"), ("h", "scroll-left"), ("Left", "scroll-left"), ("r", "reload"),
                                ("e", "report-figures"), ("1", "report-narrative 1"), ("5", "report-narrative 5"),
                                ("6", "report-narrative 6"), ("F", "report-file"), ("H", "history")])
            + FormKeys.bindings(.reportFigures, choices: false)
            + Keymap.scoped(.reportNarrative, [("Esc", "cancel"), ("C-g", "cancel"), ("C-s", "save"), ("Enter", "newline"),
                                               ("Up", "move-up"), ("Down", "move-down")])
    }

    static func isOpen(_ state: AppState) -> Bool { state.report != nil }

    static func scopes(_ state: AppState) -> [ViewID] {
        guard let view = state.report else { return [.report] }
        if view.figuresForm != nil { return [.reportFigures] }
        if view.narrative != nil { return [.reportNarrative] }
        return [.report]
    }

    static func takesText(_ state: AppState) -> Bool { state.report?.figuresForm != nil || state.report?.narrative != nil }

    static func scrollsWithWheel(_ state: AppState) -> Bool { scopes(state) == [.report] }

    static func close(model: AppModel) { model.state.report = nil }

    static func draw(_ grid: inout CellGrid, state: AppState, keymap: Keymap) -> (x: Int, y: Int)? {
        ReportView.draw(&grid, state: state, keymap: keymap)
    }

    static func open(_ command: CommandLine, model: AppModel) -> Bool {
        guard command.name == "report" else { return false }
        guard model.data is ReportDataSource else {
            model.error(TUIText.Report.noSupport.text())
            return true
        }
        let words = (command.argument ?? "").split(separator: " ", maxSplits: 1).map(String.init)
        var year = model.state.today.year - 1
        if let word = words.first {
            guard let y = Int(word) else {
                model.error(TUIText.Report.usage.text())
                return true
            }
            year = y
        }
        // The scope and the report are read by the loop (`WorkspaceRead.report`, `show`).
        model.request(.read(.report(year: year, scope: .typed(words.count > 1 ? words[1] : nil))))
        return true
    }

    /// Shows the report of `year` (performed by the loop: from the command line or the inbox's
    /// 年报 item, which is closed once the report is shown). When the scope or the report cannot
    /// be read, the screen stays as it was and the message line says why.
    static func show(year: Int, scope choice: ReportScopeChoice, model: AppModel) {
        guard let source = model.data as? ReportDataSource else { return }
        let scope: ReportScope
        do {
            switch choice {
            case .typed(let word): scope = try source.reportScope(word)
            case .deadline: scope = try source.deadlineReportScope()
            }
        } catch {
            return model.error("\(error)")
        }
        let previous = model.state.report
        model.state.report = ReportViewState(year: year, scope: scope)
        reload(model: model)
        if model.state.report?.result == nil {
            model.state.report = previous
        } else if choice == .deadline {
            model.state.inbox = nil
        }
    }

    /// Recomputes the open report from the records (after a change here or elsewhere).
    static func reload(model: AppModel) {
        guard var view = model.state.report, let source = model.data as? ReportDataSource else { return }
        view.figuresDraft = source.figuresDraft.load()
        do {
            view.result = try source.annualReport(year: view.year, scope: view.scope)
        } catch {
            model.error("\(error)")
        }
        model.state.report = view
        clampScroll(model)
    }

    static func clampScroll(_ model: AppModel) {
        guard var view = model.state.report else { return }
        let lines = ReportScreenLines.lines(view, width: model.state.width)
        let count = lines.count
        let h = ReportView.bodyHeight(model.state) - 1
        view.scroll = max(0, min(view.scroll, max(0, count - h)))
        let widest = lines.map { TextWidth.of($0.text) }.max() ?? 0
        view.hscroll = max(0, min(view.hscroll, max(0, widest + 2 - model.state.width)))
        model.state.report = view
    }

    // MARK: Keys

    static func perform(_ command: CommandLine, model: AppModel) -> Bool {
        guard var view = model.state.report else { return false }
        if view.figuresForm != nil || view.narrative != nil {
            guard let formCommand = FormCommand(command) else { return false }
            handle(.command(formCommand), model: model)
            return true
        }
        let page = max(1, ReportView.bodyHeight(model.state) - 2)
        if let motion = ViewMotion(command: command.name) {
            view.scroll = motion.apply(to: view.scroll, page: page, last: Int.max / 2)
            model.state.report = view
            clampScroll(model)
            return true
        }
        switch command.name {
        case "close":
            close(model: model)
            return true
        case "page-next": view.scroll += page
        case "scroll-right": view.hscroll += 8
        case "scroll-left": view.hscroll = max(0, view.hscroll - 8)
        case "reload":
            model.request(.loadView(.report))
            model.state.message = StatusMessage(text: TUIText.Report.regenerated.text(), isError: false)
            return true
        case "report-figures":
            guard case .unit = view.scope else {
                model.error(TUIText.Report.countyFigures.text(["\(view.year)"]))
                return true
            }
            guard let figures = view.result?.report.proactive.figures else { return true }
            var form = FiguresForm(figures)
            let restored = form.restore(view.figuresDraft, year: view.year, scope: view.scope)
            view.figuresForm = form
            let keys = KeyHints.keys(["field-next", "submit", "save", "cancel"], in: [.reportFigures], keymap: model.keymap, global: false)
            let restoredKeys = KeyHints.keys(["save", "cancel"], in: [.reportFigures], keymap: model.keymap, global: false)
            model.state.message = StatusMessage(text: restored ? TUIText.Report.figuresRestored.text(restoredKeys)
                                                    : TUIText.Report.figuresHelp.text(keys), isError: false)
            model.markUnsaved(1)
        case "report-narrative":
            let sections: [String: ReportSection] = ["1": .overview, "5": .problems, "6": .otherMatters]
            guard let section = sections[command.argument ?? ""] else {
                model.error(TUIText.Report.narrativeUsage.text())
                return true
            }
            // What was typed into this section before a hang-up is read by the loop (`showNarrative`).
            model.request(.read(.reportNarrative(section)))
            return true
        case "report-file":
            // 报送 freezes the content: asked first, naming the report and its version (App/Confirmation).
            let next = (view.result?.filedVersion ?? 0) + 1
            let title = view.result?.report.title ?? "\(view.year)"
            ConfirmationController.ask(Confirmation(.fileReport, verb: TUIText.Report.fileVerb.text(),
                                                    item: TUIText.Confirm.reportItem.text([title, "\(next)"])), model: model)
        case "history":
            // The report's own audit trail: figures, narrative and filings are logged as `report-YYYY`.
            _ = HistoryController.open(CommandLine(name: "history", argument: "report-\(view.year)"), model: model)
            return true
        default:
            return false
        }
        model.state.report = view
        clampScroll(model)
        return true
    }

    /// Opens the narrative editor on `section` of the open report, with what was typed into it
    /// before a hang-up when its draft is there (performed by the loop).
    static func showNarrative(_ section: ReportSection, model: AppModel) {
        guard var view = model.state.report, view.figuresForm == nil, view.narrative == nil else { return }
        var text = view.result?.report[narrative: section] ?? ""
        var restored = false
        if let source = model.data as? ReportDataSource, let draft = source.narrativeDraft.load(),
           draft.year == view.year, draft.scope == view.scope, draft.section == section {
            text = draft.text
            restored = true
        }
        view.narrative = NarrativeEditor(section: section, text: text)
        model.state.report = view
        let keys = KeyHints.keys(["save", "cancel"], in: [.reportNarrative], keymap: model.keymap, global: false)
        model.state.message = StatusMessage(text: restored ? TUIText.Report.narrativeRestored.text(keys) : TUIText.Report.narrativeHelp.text(keys),
                                            isError: false)
        model.markUnsaved(1)
    }

    /// A key no binding names: typed into the open form or narrative.
    static func take(_ key: Key, model: AppModel) { handle(.key(key), model: model) }

    /// A key or a bound command for the open form or narrative.
    static func handle(_ input: FormInput, model: AppModel) {
        guard let view = model.state.report else { return }
        if view.figuresForm != nil { return handleForm(input, model: model) }
        if view.narrative != nil { return handleEditor(input, model: model) }
    }

    static func handleForm(_ input: FormInput, model: AppModel) {
        guard var view = model.state.report, var form = view.figuresForm, model.data is ReportDataSource else { return }
        let typed = form.fields.map(\.text)
        switch form.edit(input) {
        case .editing:
            // What was typed goes to the draft before the frame shows it (an SSH drop loses nothing).
            if form.touched, form.fields.map(\.text) != typed {
                view.figuresDraft = FiguresDraftFields(year: view.year, scope: view.scope, fields: form.fields.map(\.text))
                model.request(.saveFiguresDraft(view.figuresDraft))
            }
            view.figuresForm = form
            model.state.report = view
        case .cancel where form.touched:
            ConfirmationController.ask(.discard(.figuresForm), model: model)
        case .cancel:
            model.state.report?.figuresForm = nil
            model.markUnsaved(0)
            model.state.message = StatusMessage(text: TUIText.Common.cancelledNoChange.text(), isError: false)
        case .save:
            view.figuresForm = form
            model.state.report = view
            do {
                // A figure that is no number is said at once; the write is the loop's.
                model.request(.change(.reportFigures(year: view.year, scope: view.scope, figures: try form.figures())))
            } catch {
                model.error(TUIText.Common.notSaved.text(["\(error)"]))
            }
        }
    }

    /// Writes the figures through the service door (performed by the loop); a refusal leaves the form open.
    static func writeFigures(year: Int, scope: ReportScope, figures: ReportFigures, model: AppModel) {
        guard let source = model.data as? ReportDataSource else { return }
        do {
            _ = try source.setFigures(year: year, scope: scope, figures: figures)
            model.state.report?.figuresForm = nil
            model.state.report?.figuresDraft = nil
            model.request(.saveFiguresDraft(nil))
            model.markUnsaved(0)
            reload(model: model)
            model.state.message = StatusMessage(text: TUIText.Report.figuresSaved.text(), isError: false)
        } catch {
            model.error(TUIText.Common.notSaved.text(["\(error)"]))
        }
    }

    static func handleEditor(_ input: FormInput, model: AppModel) {
        guard var view = model.state.report, var editor = view.narrative, model.data is ReportDataSource else { return }
        switch editor.edit(input) {
        case .editing:
            let rows = ReportView.editorRows(model.state)
            if editor.row < editor.scroll { editor.scroll = editor.row }
            if editor.row >= editor.scroll + rows { editor.scroll = editor.row - rows + 1 }
            view.narrative = editor
            model.state.report = view
            if editor.text != (view.result?.report[narrative: editor.section] ?? "") {
                model.request(.saveNarrativeDraft(.init(year: view.year, scope: view.scope, section: editor.section, text: editor.text)))
            }
        case .cancel where editor.text != (view.result?.report[narrative: editor.section] ?? ""):
            // Esc with text not saved asks first (a restored draft counts).
            ConfirmationController.ask(.discard(.narrative), model: model)
        case .cancel:
            model.request(.saveNarrativeDraft(nil))
            model.state.report?.narrative = nil
            model.markUnsaved(0)
            model.state.message = StatusMessage(text: TUIText.Report.discarded.text(), isError: false)
        case .save:
            view.narrative = editor
            model.state.report = view
            model.request(.change(.reportNarrative(year: view.year, scope: view.scope, section: editor.section, text: editor.text)))
        }
    }

    /// Writes a narrative section through the service door (performed by the loop); its draft goes
    /// once saved, and a refusal leaves the text open.
    static func writeNarrative(year: Int, scope: ReportScope, section: ReportSection, text: String, model: AppModel) {
        guard let source = model.data as? ReportDataSource else { return }
        do {
            try source.setNarrative(year: year, scope: scope, section: section, text: text)
            model.request(.saveNarrativeDraft(nil))
            model.state.report?.narrative = nil
            model.markUnsaved(0)
            reload(model: model)
            model.state.message = StatusMessage(text: TUIText.Report.sectionSaved.text(["\(section.displayName)"]), isError: false)
        } catch {
            model.error(TUIText.Common.notSaved.text(["\(error)"]))
        }
    }

    /// 报送, once confirmed: asked of the loop (`Effect.change(.fileReport)`, made by `makeFiling`).
    static func file(model: AppModel) {
        guard let view = model.state.report, model.data is ReportDataSource else { return }
        model.request(.change(.fileReport(year: view.year, scope: view.scope)))
    }

    /// Files the report through the service door.
    static func makeFiling(year: Int, scope: ReportScope, model: AppModel) {
        guard let source = model.data as? ReportDataSource else { return }
        do {
            let filed = try source.fileReport(year: year, scope: scope)
            reload(model: model)
            let failed = model.state.report?.result?.checks.filter { !$0.ok }.count ?? 0
            model.state.message = StatusMessage(
                text: TUIText.Report.filed.text(["\(filed.report.title)", "\(filed.version)"]) + (failed > 0 ? TUIText.Report.checksFailed.text(["\(failed)"]) : ""),
                isError: false)
        } catch {
            model.error(TUIText.Report.notFiled.text(["\(error)"]))
        }
    }
}
