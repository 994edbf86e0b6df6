import GongkaiCore
import GongkaiStore

/// 解读窗格的按键与命令 — the hook AppModel calls: the open sheet takes keys first; the pane's
/// commands (打开/新建解读, 勾选要素, 转到文件, 解读办理, 统计期间) run here. Writes go through the
/// service door (`InterpretationsDataSource`), so the TUI obeys the same rules as the CLI.
enum InterpretationsController {
    /// A key or a bound command for the open sheet.
    static func handle(_ input: FormInput, model: AppModel) {
        guard var sheet = model.state.interpretations.sheet else { return }
        fit(&sheet, model: model)
        sheet.body.keymap = model.editorKeymap
        let before = sheet.typing
        switch sheet.handle(input) {
        case .editing:
            model.state.interpretations.sheet = sheet
            model.markUnsaved(sheet.modified ? 1 : 0)
            // What was typed goes to the draft before the frame shows it (an SSH drop loses nothing).
            if sheet.modified, sheet.editable, sheet.typing != before {
                model.request(.saveInterpretationDraft(sheet.draftContent))
            }
        case .cancel where sheet.modified && sheet.editable:
            model.state.interpretations.sheet = sheet
            ConfirmationController.ask(.discard(.interpretationSheet), model: model)
        case .cancel:
            model.state.interpretations.sheet = nil
            model.request(.saveInterpretationDraft(nil))
            model.markUnsaved(0)
            model.state.message = StatusMessage(text: TUIText.Interpretations.sheetClosed.text() + (sheet.modified ? TUIText.Interpretations.notSavedSuffix.text() : ""), isError: false)
        case .save:
            model.state.interpretations.sheet = sheet
            save(sheet, model: model)
        }
    }

    /// Runs the pane's commands; false for a command that is not theirs.
    static func execute(_ command: CommandLine, model: AppModel) -> Bool {
        switch command.name {
        case "interp-open": open(model: model, area: .forms, forceNew: false)
        case "interp-new": open(model: model, area: .forms, forceNew: true)
        case "interp-tick": open(model: model, area: .elements, forceNew: false)
        case "interp-doc":
            guard let doc = selectedDoc(model) else { model.error(TUIText.Documents.noneSelected.text()); return true }
            model.request(.read(.row(id: doc, pane: .documents)))
        case "interp-submit": act(.submit, comment: nil, model: model)
        case "interp-approve": act(.approve, comment: nil, model: model)
        case "interp-return": act(.returnToDraft, comment: command.argument, model: model)
        case "interp-publish": act(.publish, comment: nil, model: model)
        case "interp-period": period(command.argument, model: model)
        default: return false
        }
        return true
    }

    /// Re-reads the statistics at the bottom of the pane (called with every reload).
    static func reloadStats(model: AppModel) {
        guard let source = model.data as? InterpretationsDataSource else { return }
        let period = model.state.interpretations.period ?? currentYear(source.today)
        model.state.interpretations.period = period
        do {
            model.state.interpretations.stats = try source.interpretationStats(from: period.lowerBound, to: period.upperBound)
            model.state.interpretations.statsError = nil
        } catch {
            model.state.interpretations.stats = nil
            model.state.interpretations.statsError = "\(error)"
        }
    }

    /// Keeps the body editor's size in step with the screen.
    static func resized(model: AppModel) {
        guard var sheet = model.state.interpretations.sheet else { return }
        fit(&sheet, model: model)
        model.state.interpretations.sheet = sheet
    }

    static func fit(_ sheet: inout InterpretationSheet, model: AppModel) {
        let r = InterpretationSheetView.bodyRect(sheet, width: model.state.width, top: 1,
                                                 bottom: model.state.layout.statusRow)
        sheet.body.resize(width: r.width, height: r.height)
    }

    static func currentYear(_ today: CivilDate) -> ClosedRange<CivilDate> {
        CivilDate(year: today.year, month: 1, day: 1)!...CivilDate(year: today.year, month: 12, day: 31)!
    }

    // MARK: Commands

    /// Enter / n / t: the sheet of the selected document's interpretation, read by the loop (`showSheet`).
    static func open(model: AppModel, area: InterpretationSheet.Area, forceNew: Bool) {
        guard dataSource(model) != nil else { return }
        guard let doc = selectedDoc(model) else { return model.error(TUIText.Documents.noneSelected.text()) }
        model.request(.read(.interpretationSheet(doc: doc, area: area, forceNew: forceNew)))
    }

    /// Opens the sheet once the document's interpretations are read (performed by the loop).
    static func showSheet(doc: String, area: InterpretationSheet.Area, forceNew: Bool, model: AppModel) {
        guard let source = dataSource(model) else { return }
        do {
            guard let row = try source.interpretationRow(doc: doc) else {
                return model.error(TUIText.Interpretations.notNeeded.text(["\(doc)"]))
            }
            var sheet: InterpretationSheet
            if !forceNew, let latest = row.interpretations.last {
                sheet = .open(latest, draftingUnitName: row.unitName, area: area)
            } else {
                sheet = .new(for: row, area: area)
            }
            fit(&sheet, model: model)
            // What was typed into this same sheet before a hang-up comes back (its draft).
            if let draft = source.interpretationDraft.load(), sheet.takes(draft) {
                sheet.restore(draft)
                fit(&sheet, model: model)
                model.state.interpretations.sheet = sheet
                model.markUnsaved(1)
                model.state.message = StatusMessage(text: TUIText.Interpretations.restored.text(
                    KeyHints.keys(["save", "cancel"], in: [.interpretationSheet], keymap: model.keymap, global: false)), isError: false)
                return
            }
            model.state.interpretations.sheet = sheet
            model.state.message = StatusMessage(
                text: sheet.interpretationId == nil
                    ? TUIText.Interpretations.newHelp.text([KeyHints.key("tick", in: [.interpretationList], keymap: model.keymap, global: false)]
                        + KeyHints.keys(["field-next", "save"], in: [.interpretationSheet], keymap: model.keymap, global: false))
                    : !sheet.editable ? TUIText.Interpretations.readOnlyHelp.text(["\(sheet.interpretationId!)", sheet.state == .inReview ? TUIText.Interpretations.submitted.text() : sheet.state.displayName])
                    : TUIText.Interpretations.editHelp.text(["\(sheet.interpretationId!)"]), isError: false)
        } catch {
            model.error("\(error)")
        }
    }

    /// `save`: what the sheet itself can check is said at once; the write is asked of the loop
    /// (`Effect.change(.saveInterpretation)`, made by `write`).
    static func save(_ sheet: InterpretationSheet, model: AppModel) {
        guard dataSource(model) != nil else { return }
        guard sheet.editable else {
            return model.error(TUIText.Interpretations.cannotChange.text(["\(sheet.state.displayName)"]))
        }
        if sheet.forms.isEmpty {
            return model.error(TUIText.Interpretations.chooseForm.text([KeyHints.key("tick", in: [.interpretationList], keymap: model.keymap,
                                                                                     global: false)]))
        }
        model.request(.change(.saveInterpretation(sheet)))
    }

    /// Saves through the service (performed by the loop); on error the sheet stays open (nothing
    /// typed is lost) and the message line says why.
    static func write(_ sheet: InterpretationSheet, model: AppModel) {
        guard let source = dataSource(model) else { return }
        do {
            let detail = sheet.interpretationId == nil ? try source.addInterpretation(sheet.addRequest)
                : try source.updateInterpretation(id: sheet.interpretationId!, sheet.updateRequest)
            var saved = InterpretationSheet.open(detail, draftingUnitName: sheet.draftingUnitName, area: sheet.area)
            saved.formCursor = sheet.formCursor
            saved.elementCursor = sheet.elementCursor
            fit(&saved, model: model)
            saved.body.moveCaret(to: sheet.body.caret)
            model.state.interpretations.sheet = saved
            model.request(.saveInterpretationDraft(nil))
            model.markUnsaved(0)
            reload(model)
            model.state.message = StatusMessage(text: TUIText.Interpretations.saved.text(["\(detail.id)", detail.forms.map(\.displayName).joined(separator: TUIText.Common.listSeparator.text())]),
                                                isError: false)
        } catch {
            model.error(TUIText.Common.notSaved.text(["\(error)"]))
        }
    }

    /// 解读办理 on the selected document's latest interpretation: asks first, naming it.
    static func act(_ action: DocumentAction, comment: String?, model: AppModel) {
        guard dataSource(model) != nil else { return }
        guard let doc = selectedDoc(model) else { return model.error(TUIText.Documents.noneSelected.text()) }
        model.request(.read(.interpretationStep(action, doc: doc, comment: comment)))
    }

    /// Asks the question naming the document's latest interpretation, once read (performed by the loop).
    static func askStep(_ action: DocumentAction, doc: String, comment: String?, model: AppModel) {
        guard let source = dataSource(model) else { return }
        do {
            guard let row = try source.interpretationRow(doc: doc), let id = row.interpretations.last?.id else {
                return model.error(TUIText.Interpretations.noneYet.text(["\(doc)", KeyHints.key("interp-new", in: [.interpretations], keymap: model.keymap)]))
            }
            ConfirmationController.ask(
                Confirmation(.interpretationStep(action, id: id, documentId: doc, comment: comment),
                             verb: action.displayName, item: Confirmation.item(id, title: row.title)), model: model)
        } catch {
            model.error("\(error)")
        }
    }

    /// The step, once confirmed: asked of the loop (`Effect.change(.interpretationStep)`, made by `makeStep`).
    static func perform(_ action: DocumentAction, id: String, comment: String?, model: AppModel) {
        model.request(.change(.interpretationStep(action, id: id, comment: comment)))
    }

    /// The step through the service door.
    static func makeStep(_ action: DocumentAction, id: String, comment: String?, model: AppModel) {
        guard let source = dataSource(model) else { return }
        do {
            let step = try source.interpretationAction(action, id: id, comment: comment)
            reload(model)
            model.state.message = StatusMessage(
                text: TUIText.Interpretations.transition.text(["\(id)", "\(step.from.displayName)", "\(step.to.displayName)", "\(action.displayName)"]), isError: false)
        } catch {
            model.error("\(error)")
        }
    }

    static func period(_ argument: String?, model: AppModel) {
        guard let source = dataSource(model) else { return }
        let parts = (argument ?? "").split(whereSeparator: { $0 == " " || $0 == InputWords.to }).map(String.init)
        if parts.isEmpty {
            model.state.interpretations.period = currentYear(source.today)
        } else {
            guard parts.count == 2, let from = CivilDate(iso: parts[0]), let to = CivilDate(iso: parts[1]), from <= to else {
                return model.error(TUIText.Interpretations.periodUsage.text())
            }
            model.state.interpretations.period = from...to
        }
        model.request(.read(.interpretationStats))
        let p = model.state.interpretations.period!
        model.state.message = StatusMessage(text: TUIText.Interpretations.period.text(["\(p.lowerBound.iso)", "\(p.upperBound.iso)"]), isError: false)
    }

    // MARK: Helpers

    static func reload(_ model: AppModel) {
        model.reloadPane(.interpretations)
        reloadStats(model: model)
    }

    static func selectedDoc(_ model: AppModel) -> String? {
        model.selectedRow(in: .interpretations)?.id
    }

    static func dataSource(_ model: AppModel) -> InterpretationsDataSource? {
        guard let source = model.data as? InterpretationsDataSource else {
            model.error(TUIText.Interpretations.noSupport.text())
            return nil
        }
        return source
    }
}
