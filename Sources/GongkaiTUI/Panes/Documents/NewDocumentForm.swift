import GongkaiCore
import GongkaiStore

/// 新建文件的选项 — what the new-document form offers: the units the officer may add for (own unit
/// first) and the active catalog columns with their 责任单位 (own or inherited).
public struct NewDocumentChoices: Equatable, Sendable {
    public struct Column: Equatable, Sendable {
        public var id: String
        public var name: String
        public var path: String
        /// 责任单位, own or inherited (nil: the county's catalog).
        public var owner: String?
        public var hasChildren: Bool
    }

    public var units: [OrgUnit]
    public var columns: [Column]

    public init(units: [OrgUnit], columns: [Column]) {
        self.units = units
        self.columns = columns
    }

    /// The columns a document of `unit` is filed in: the leaves of the unit's own catalog; for the
    /// county office (or a unit with no catalog of its own) the county's catalog too, in catalog order.
    public func columns(for unit: String) -> [Column] {
        let leaves = columns.filter { !$0.hasChildren }
        let county = units.first { $0.id == unit }?.isCountyOffice == true || !leaves.contains { $0.owner == unit }
        return leaves.filter { $0.owner == unit || (county && $0.owner == nil) }
    }

    /// The columns of `tree` with their 责任单位 inherited down the tree.
    public static func columns(of tree: [CatalogTreeNode]) -> [Column] {
        var out: [Column] = []
        func visit(_ node: CatalogTreeNode, owner: String?) {
            let owner = node.ownerUnitId ?? owner
            out.append(Column(id: node.id, name: node.name, path: node.path, owner: owner,
                              hasChildren: !node.children.isEmpty))
            for child in node.children { visit(child, owner: owner) }
        }
        for root in tree { visit(root, owner: nil) }
        return out
    }
}

/// 新建文件表单 — `a` / `:new` in 文件: 发文单位 (the officer's unit; the county office picks any),
/// 栏目 (a picker of that unit's catalog, type-ahead on names), 类型, 公开属性 (未定 allowed in a draft)
/// and 成文日期 (today). Enter on the last field or C-s opens the editor on the new draft, where the
/// title and body are typed; the first save adds the document (`addDocument`, as `gongkai doc add`).
public struct NewDocumentForm: Equatable, Sendable {
    public var form: FormState
    public var choices: NewDocumentChoices
    /// The catalog path of each option of the 栏目 picker, in the same order.
    public var columnPaths: [String]

    static let unitKey = "unit", columnKey = "column", typeKey = "type", attributeKey = "attribute", formedKey = "formed"

    /// 公开属性 options: 未定 first (a draft may leave it open), then the three attributes.
    static var attributeOptions: [String] {
        [TUIText.Documents.undecided.text()] + DisclosureAttribute.allCases.map(\.displayName)
    }

    public init(choices: NewDocumentChoices, ownUnit: String, defaultColumn: String?, today: CivilDate) {
        self.choices = choices
        let unitNames = choices.units.map(\.name)
        // The column chosen in 目录 belongs to a unit the officer may add for (the county office
        // browsing a township's catalog): that unit; otherwise the officer's own.
        let columnUnit = choices.columns.first { $0.id == defaultColumn || $0.path == defaultColumn }?.owner
        let own = choices.units.first { $0.id == columnUnit }?.name
            ?? choices.units.first { $0.id == ownUnit }?.name ?? unitNames.first ?? ""
        form = FormState(purpose: .newDocument, title: TUIText.Documents.newTitle.text(), fields: [
            FormField(Self.unitKey, TUIText.Fields.issuingUnit.text(), .picker(unitNames), value: own, required: true),
            FormField(Self.columnKey, TUIText.Fields.column.text(), .picker([])),
            FormField(Self.typeKey, TUIText.Fields.type.text(), .picker(DocumentType.allCases.map(\.displayName)),
                      value: DocumentType.general.displayName, required: true),
            FormField(Self.attributeKey, TUIText.Fields.attribute.text(), .picker(Self.attributeOptions),
                      value: Self.attributeOptions[0], required: true),
            FormField(Self.formedKey, TUIText.Fields.formed.text(), .date, value: today.iso, required: true),
        ])
        columnPaths = []
        refreshColumns(select: defaultColumn)
    }

    /// The chosen unit's id.
    public var unitID: String? { choices.units.first { $0.name == form.value(Self.unitKey) }?.id }

    /// Fills the 栏目 picker with the chosen unit's columns, keeping `select` (an id or path) or the
    /// current column when it is among them.
    mutating func refreshColumns(select: String? = nil) {
        let columns = unitID.map { choices.columns(for: $0) } ?? []
        let current = selectedPath
        // A unit's own columns are shown below the unit's node ("政务动态/工作动态"), the county's in full.
        let prefix = Self.commonPrefix(columns.map(\.path))
        let labels = columns.map { column -> String in
            let short = String(column.path.dropFirst(prefix.count))
            return short.isEmpty ? column.path : short
        }
        columnPaths = columns.map(\.path)
        guard let i = form.fields.firstIndex(where: { $0.key == Self.columnKey }) else { return }
        form.fields[i].kind = .picker(labels)
        let wanted = columns.firstIndex { $0.id == select || $0.path == select }
            ?? columns.firstIndex { $0.path == current } ?? (labels.isEmpty ? nil : 0)
        form.fields[i].value = wanted.map { labels[$0] } ?? ""
        form.fields[i].caret = form.fields[i].value.count
    }

    /// The path of the chosen column (nil: no catalog to file in).
    public var selectedPath: String? {
        guard let field = form.fields.first(where: { $0.key == Self.columnKey }),
              let labels = field.kind.options, let i = labels.firstIndex(of: field.value),
              columnPaths.indices.contains(i) else { return nil }
        return columnPaths[i]
    }

    /// The "a/b/" all paths start with, when they share a unit's node (and more than one level).
    static func commonPrefix(_ paths: [String]) -> String {
        guard let first = paths.first else { return "" }
        var parts = first.split(separator: CatalogNode.pathSeparator, omittingEmptySubsequences: false).dropLast()
        while !parts.isEmpty {
            let prefix = parts.joined(separator: String(CatalogNode.pathSeparator)) + String(CatalogNode.pathSeparator)
            if paths.allSatisfy({ $0.hasPrefix(prefix) }) { return parts.count > 1 ? prefix : "" }
            parts = parts.dropLast()
        }
        return ""
    }

    /// One key: the form's keys (FormState); a new unit refills the 栏目 picker.
    mutating func edit(_ input: FormInput) -> FormOutcome {
        let before = form
        let outcome = form.edit(input)
        if form.value(Self.unitKey) != before.value(Self.unitKey) { refreshColumns() }
        return outcome
    }

    /// The editor's starting point: an unsaved draft with the chosen fields; throws the reason a
    /// field cannot be read.
    func draft() throws(FormInputError) -> DocumentDetail {
        guard let unit = choices.units.first(where: { $0.name == form.value(Self.unitKey) }) else {
            throw FormInputError(message: TUIText.Applications.pleaseFill.text([TUIText.Fields.issuingUnit.text()]))
        }
        let formed = try form.date(Self.formedKey, label: TUIText.Fields.formed.text())
        let type = DocumentType.allCases.first { $0.displayName == form.value(Self.typeKey) } ?? .general
        let attribute = DisclosureAttribute.allCases.first { $0.displayName == form.value(Self.attributeKey) }
        return DocumentDetail.unsaved(unitId: unit.id, unitName: unit.name, type: type, attribute: attribute,
                                      category: selectedPath, formed: formed)
    }
}

/// 新建文件 — opens the form, takes its keys and opens the editor on the new draft. Its non-text
/// keys are bindings scoped to `new-doc` (Esc, Enter, Tab …); the others are typed into the form.
enum NewDocumentController: WorkstationView {
    static let id = ViewID.newDocument

    static var bindings: [Keymap.Binding] {
        FormKeys.bindings(.newDocument)
    }

    static func isOpen(_ state: AppState) -> Bool { state.documents.newDraft != nil }
    static func takesText(_ state: AppState) -> Bool { true }

    static func perform(_ command: CommandLine, model: AppModel) -> Bool {
        guard let formCommand = FormCommand(command) else { return false }
        _ = handle(.command(formCommand), model: model)
        return true
    }

    static func take(_ key: Key, model: AppModel) { _ = handle(.key(key), model: model) }

    static func close(model: AppModel) { _ = handle(.command(.cancel), model: model) }

    static func draw(_ grid: inout CellGrid, state: AppState, keymap: Keymap) -> (x: Int, y: Int)? {
        guard let form = state.documents.newDraft, state.layout.mode != .tooSmall else { return nil }
        return ApplicationsOverlay.drawForm(&grid, form: form.form, top: 1, bottom: state.layout.statusRow, scope: .newDocument, keymap: keymap)
    }

    /// `a` / `:new`: the form, with the column selected in 目录 (or the 文件 pane's column filter).
    static func open(model: AppModel) {
        guard DocumentEditorController.dataSource(model) != nil else { return }
        if let current = model.state.documents.editor, current.isModified {
            return model.error(TUIText.Documents.alreadyEditing.text([DocumentEditorController.shownID(current.id)]))
        }
        // The units and columns to choose from are read by the loop (`show`).
        model.request(.read(.newDocumentForm))
    }

    /// Opens the form once its choices are read (performed by the loop).
    static func show(model: AppModel) {
        guard let source = DocumentEditorController.dataSource(model) else { return }
        if let current = model.state.documents.editor, current.isModified {
            return model.error(TUIText.Documents.alreadyEditing.text([DocumentEditorController.shownID(current.id)]))
        }
        do {
            let choices = try source.newDocumentChoices()
            let column = model.state.focus == .catalog ? model.selectedCatalogRow?.id
                : (model.state.catalog.documentFilter?.nodeID ?? model.selectedCatalogRow?.id)
            model.state.documents.search = nil
            model.state.documents.editor = nil
            model.focus(.documents)
            model.state.documents.newDraft = NewDocumentForm(choices: choices, ownUnit: try source.officerUnit(),
                                                             defaultColumn: column, today: source.today)
            model.state.message = StatusMessage(text: TUIText.Documents.newHelp.text(KeyHints.keys(["field-next", "save", "cancel", "choice-prev", "choice-next"], in: [.newDocument], keymap: model.keymap, global: false)), isError: false)
        } catch {
            model.error("\(error)")
        }
    }

    /// A key or bound command for the open form; false when none is open.
    static func handle(_ input: FormInput, model: AppModel) -> Bool {
        guard var draft = model.state.documents.newDraft else { return false }
        switch draft.edit(input) {
        case .editing:
            model.state.documents.newDraft = draft
            model.markUnsaved(draft.form.edited == true ? 1 : 0)   // quitting asks first
        case .cancel:
            if draft.form.edited == true {
                ConfirmationController.ask(.discard(.newDocumentForm), model: model)
            } else {
                model.state.documents.newDraft = nil
                model.markUnsaved(0)
                model.state.message = StatusMessage(text: TUIText.Common.cancelledNoChange.text(), isError: false)
            }
        case .submit:
            model.state.documents.newDraft = draft
            do {
                let detail = try draft.draft()
                model.state.documents.newDraft = nil
                model.markUnsaved(0)
                DocumentEditorController.openNew(detail, model: model)
            } catch {
                model.error(error.message)
            }
        }
        return true
    }
}
