import GongkaiCore

/// 目录窗格 — the pane as a view: its pane-scoped bindings; characters no binding claims jump
/// to a column by name (type-to-jump: 教育 jumps to 教育信息).
enum CatalogPaneView: PaneView {
    static let pane = PaneKind.catalog
    static var bindings: [Keymap.Binding] { CatalogCommands.bindings }
    static var commands: [CommandSpec] { CatalogCommands.all }

    /// A bound key ends a type-to-jump word; the command itself runs through the app.
    static func perform(_ command: CommandLine, model: AppModel) -> Bool {
        model.state.catalog.jumpBuffer = ""
        return false
    }

    static func take(_ key: Key, model: AppModel) {
        if case .char(let c) = key, c != " " { return model.jump(typing: c) }
        model.state.catalog.jumpBuffer = ""
    }

    static func open(_ command: CommandLine, model: AppModel) -> Bool { model.executeCatalogCommand(command) }
}

/// 栏目表单 — add, rename, move, search (one-line fields): scoped `catalog-form`. Retiring a
/// column (`D`) is asked by the one confirmation (`confirm`: y retires, any other key cancels).
enum CatalogFormView: WorkstationView {
    static let id = ViewID.catalogForm
    static var bindings: [Keymap.Binding] {
        Keymap.scoped(.catalogForm, [("Esc", "cancel"), ("C-c", "cancel"), ("C-g", "cancel"), ("Enter", "submit"),
                                     ("Tab", "field-next"), ("S-Tab", "field-prev"),
                                     ("BSpace", "erase-back"), ("C-h", "erase-back")])
    }
    static func isOpen(_ state: AppState) -> Bool { state.catalog.form != nil }
    static func takesText(_ state: AppState) -> Bool { true }
    static func passes(_ command: String, state: AppState) -> Bool { false }

    static func perform(_ command: CommandLine, model: AppModel) -> Bool {
        guard let formCommand = FormCommand(command) else { return false }
        model.handleCatalogForm(.command(formCommand))
        return true
    }

    static func take(_ key: Key, model: AppModel) { model.handleCatalogForm(.key(key)) }
    static func close(model: AppModel) { model.state.catalog.form = nil }

    static func draw(_ grid: inout CellGrid, state: AppState, keymap: Keymap) -> (x: Int, y: Int)? {
        CatalogTreeView.drawForm(&grid, state: state, messageRow: state.layout.messageRow, keymap: keymap)
    }
}
