import GongkaiCore
import GongkaiStore

/// 目录窗格的操作 — key handling and commands of the 目录 pane: expand/collapse, filtering the 文件 pane,
/// search and type-to-jump, and the admin forms. Changes go through the service door
/// (`CatalogDataSource`), so the audit log records them like the CLI's.
extension AppModel {
    var catalogData: CatalogDataSource? { data as? CatalogDataSource }

    /// The column under the 目录 pane's cursor.
    var selectedCatalogRow: CatalogRow? {
        state.catalog.visibleRow(state.lists[.catalog]?.selected ?? 0)
    }

    // MARK: Data hooks (the list machinery asks here first)

    func paneCount(_ pane: PaneKind) throws -> Int {
        if let source = catalogData {
            if pane == .catalog { return state.catalog.visible.count }
            if pane == .documents, let filter = state.catalog.documentFilter {
                return try source.documentCount(inCatalog: filter.nodeID)
            }
        }
        return try data.count(for: pane)
    }

    func paneRows(_ pane: PaneKind, offset: Int, limit: Int) throws -> [PaneRow] {
        if let source = catalogData {
            if pane == .catalog { return CatalogTreeView.rows(state.catalog, offset: offset, limit: limit) }
            if pane == .documents, let filter = state.catalog.documentFilter {
                return try source.documentRows(inCatalog: filter.nodeID, offset: offset, limit: limit)
            }
        }
        return try data.rows(for: pane, offset: offset, limit: limit)
    }

    /// The rows just after or before row `id` by its sort key (a filtered 文件 pane within its
    /// column); nil for the 目录 pane (read by position).
    func paneRows(_ pane: PaneKind, beside id: String, side: PageSide, limit: Int) throws -> [PaneRow]? {
        if let source = catalogData {
            if pane == .catalog { return nil }
            if pane == .documents, let filter = state.catalog.documentFilter {
                return try source.documentRows(inCatalog: filter.nodeID, beside: id, side: side, limit: limit)
            }
        }
        return try data.rows(for: pane, beside: id, side: side, limit: limit)
    }

    /// Where the row `id` now sits in a pane, so a reload keeps the cursor on it: the 目录 pane asks its
    /// tree, a filtered 文件 pane its filter.
    func paneIndex(of id: String, in pane: PaneKind) throws -> Int? {
        if let source = catalogData {
            if pane == .catalog { return state.catalog.position(of: id) }
            if pane == .documents, let filter = state.catalog.documentFilter {
                return try source.documentIndex(of: id, inCatalog: filter.nodeID)
            }
        }
        return try data.index(of: id, in: pane)
    }

    /// Reads the tree again (start, Ctrl-L, after a change), keeping `id` — or the selected column — selected.
    func reloadCatalog(select id: String? = nil) {
        guard let source = catalogData else { return }
        let keep = id ?? selectedCatalogRow?.id
        let filter = state.catalog.documentFilter
        do {
            state.catalog.load(try source.catalogTree(includeRetired: state.catalog.includeRetired))
            state.catalog.editRefusal = source.catalogEditRefusal()
        } catch {
            state.lists[.catalog]?.error = "\(error)"
            return
        }
        // The filtered column was retired or removed meanwhile: the 文件 pane shows everything again.
        if filter != nil, state.catalog.documentFilter == nil { setDocumentFilter(nil) }
        if let keep, state.catalog.position(of: keep) == nil { state.catalog.reveal(keep) }
        syncCatalogList(selecting: keep)
    }

    /// After the visible rows changed: recount, reselect the column, reload the rows on screen.
    func syncCatalogList(selecting id: String?) {
        guard var list = state.lists[.catalog] else { return }
        list.count = state.catalog.visible.count
        list.error = nil
        if let id, let position = state.catalog.position(of: id) { list.selected = position }
        list.selected = max(0, min(list.selected, list.count - 1))
        state.lists[.catalog] = list
        ensureVisible(.catalog, forceReload: true)
    }

    /// Sets (or with nil clears) the 文件 pane's catalog filter; the pane is counted again and its
    /// first page read by the loop (`WorkspaceRead.documentFilter`, `showDocumentFilter`).
    func setDocumentFilter(_ row: CatalogRow?) {
        state.catalog.documentFilter = row.map { CatalogFilter(nodeID: $0.id, name: $0.name, path: $0.path) }
        state.emptyHints[.documents] = row.map { TUIText.Catalog.noDocumentsUnder.text(["\($0.name)"]) }
            ?? emptyHint(for: .documents)
        guard var list = state.lists[.documents] else { return }
        list.selected = 0
        list.scroll = 0
        state.lists[.documents] = list
        request(.read(.documentFilter))
    }

    /// Counts the 文件 pane under its catalog filter and shows its first page; a filter set is
    /// named on the message line with its count (performed by the loop).
    func showDocumentFilter() {
        guard var list = state.lists[.documents] else { return }
        do {
            list.count = try paneCount(.documents)
            list.error = nil
        } catch {
            list.count = 0
            list.error = "\(error)"
        }
        state.lists[.documents] = list
        ensureVisible(.documents, forceReload: true)
        if let filter = state.catalog.documentFilter, list.error == nil {
            state.message = StatusMessage(text: TUIText.Catalog.filtered.text(["\(filter.path)", "\(list.count)"]), isError: false)
        }
    }

    // MARK: Keys

    /// A key for the open catalog form (its bindings reach it as the key the form understands).
    func handleCatalogForm(_ input: FormInput) {
        guard var form = state.catalog.form else { return }
        let outcome: CatalogForm.Outcome
        switch input {
        case .key(let key): outcome = form.handle(key)
        case .command(let command): outcome = form.perform(command)
        }
        switch outcome {
        case .cancel where form.touched:
            ConfirmationController.ask(.discard(.catalogForm), model: self)
        case .cancel:
            state.catalog.form = nil
        case .submit:
            state.catalog.form = form
            submitCatalogForm()
        case .editing:
            state.catalog.form = form
        }
    }

    func jump(typing c: Character) {
        state.catalog.jumpBuffer.append(c)
        let text = state.catalog.jumpBuffer
        let current = selectedCatalogRow?.id
        let found = state.catalog.find(text, after: current, prefix: true, includeCurrent: true)
            ?? state.catalog.find(text, after: current, includeCurrent: true)
        if let found {
            selectCatalogNode(found)
            state.message = StatusMessage(text: TUIText.Catalog.jump.text(["\(text)"]), isError: false)
        } else {
            error(TUIText.Catalog.noMatchPrefix.text(["\(text)"]))
        }
    }

    /// Moves the cursor to a column, expanding its ancestors when it is hidden.
    func selectCatalogNode(_ id: String) {
        if state.catalog.position(of: id) == nil { state.catalog.reveal(id) }
        syncCatalogList(selecting: id)
    }

    // MARK: Commands

    /// Runs a `catalog-…` command; false for any other name.
    func executeCatalogCommand(_ command: CommandLine) -> Bool {
        guard command.name.hasPrefix("catalog-") else { return false }
        guard catalogData != nil else {
            error(TUIText.Catalog.unavailable.text())
            return true
        }
        let row = selectedCatalogRow
        let edits: Set<String> = ["catalog-add", "catalog-rename", "catalog-move", "catalog-retire", "catalog-restore",
                                  "catalog-shift-up", "catalog-shift-down"]
        // Who may edit is read with the tree (the service door checks it again on the change).
        if edits.contains(command.name), let refusal = state.catalog.editRefusal {
            error(refusal)
            return true
        }
        switch command.name {
        case "catalog-open":
            guard let row else { return true }
            // A register's column (权责清单, 重大决策意见征集, 政府网站 …) opens its register for the column's unit.
            if !row.hasChildren, RegisterController.openFromCatalog(model: self, quietIfNone: true) { return true }
            if row.hasChildren {
                state.catalog.setExpanded(row.id, !state.catalog.isExpanded(row.id))
                syncCatalogList(selecting: row.id)
            }
            filter(to: row)
        case "catalog-expand":
            guard let row, row.hasChildren else { return true }
            if state.catalog.isExpanded(row.id) {
                moveSelection(by: 1)
            } else {
                state.catalog.setExpanded(row.id, true)
                syncCatalogList(selecting: row.id)
            }
        case "catalog-collapse":
            guard let row else { return true }
            if row.hasChildren && state.catalog.isExpanded(row.id) {
                state.catalog.setExpanded(row.id, false)
                syncCatalogList(selecting: row.id)
            } else if let parent = row.parentId {
                syncCatalogList(selecting: parent)
            }
        case "catalog-filter":
            if let row { filter(to: row) }
        case "catalog-filter-clear":
            guard state.catalog.documentFilter != nil else {
                state.message = StatusMessage(text: TUIText.Catalog.noFilter.text(), isError: false)
                return true
            }
            setDocumentFilter(nil)
            state.message = StatusMessage(text: TUIText.Catalog.filterCleared.text(), isError: false)
        case "catalog-search":
            if let query = command.argument, !query.isEmpty {
                search(query, backwards: false)
            } else {
                state.catalog.form = CatalogForm(kind: .search, title: TUIText.Catalog.searchTitle.text(), targetID: nil,
                                                 fields: [CatalogForm.Field(label: "")])
            }
        case "catalog-search-next", "catalog-search-prev":
            guard let query = state.catalog.lastSearch else {
                error(TUIText.Catalog.noSearch.text())
                return true
            }
            search(query, backwards: command.name == "catalog-search-prev")
        case "catalog-add":
            guard let row else { return true }
            state.catalog.form = CatalogForm(kind: .add, title: TUIText.Catalog.parent.text(["\(row.path)"]), targetID: row.id,
                                             fields: [CatalogForm.Field(label: TUIText.Catalog.name.text())])
        case "catalog-rename":
            guard let row else { return true }
            state.catalog.form = CatalogForm(kind: .rename, title: TUIText.Catalog.columnPath.text(["\(row.path)"]), targetID: row.id,
                                             fields: [CatalogForm.Field(label: TUIText.Catalog.newName.text(), text: row.name)])
        case "catalog-move":
            guard let row else { return true }
            let parentPath = row.parentId.flatMap { state.catalog.row(id: $0)?.path } ?? ""
            state.catalog.form = CatalogForm(kind: .move, title: TUIText.Catalog.moveTitle.text(["\(row.path)"]),
                                             targetID: row.id,
                                             fields: [CatalogForm.Field(label: TUIText.Catalog.newParent.text(), text: parentPath)])
        case "catalog-retire":
            guard let row else { return true }
            guard !row.retired else {
                error(TUIText.Catalog.alreadyRetired.text(["\(row.path)"]))
                return true
            }
            // The one confirmation: y retires, any other key (Enter too) cancels and says so.
            ConfirmationController.ask(Confirmation(.retireCatalogColumn(id: row.id), verb: TUIText.Catalog.retireVerb.text(),
                                                    item: TUIText.Catalog.retireItem.text(["\(row.path)"])), model: self)
        case "catalog-restore":
            guard let row else { return true }
            request(.change(.catalog(.restore(row.id))))
        case "catalog-shift-up", "catalog-shift-down":
            guard let row else { return true }
            let delta = command.name == "catalog-shift-up" ? -1 : 1
            request(.change(.catalog(.shift(row.id, by: delta))))
        case "catalog-show-retired":
            state.catalog.includeRetired.toggle()
            request(.read(.catalogTree))
            state.message = StatusMessage(text: state.catalog.includeRetired ? TUIText.Catalog.showRetired.text() : TUIText.Catalog.hideRetired.text(),
                                          isError: false)
        case "catalog-info":
            guard let row else { return true }
            let c = row.counts
            state.message = StatusMessage(
                text: TUIText.Catalog.info.text(["\(row.id)", "\(row.path)", "\(c.items)", "\(c.documents)", "\(c.pending)", "\(c.overdue)"])
                    + TUIText.Catalog.updated.text(["\(row.lastUpdated?.iso ?? "-")"]) + (row.stale ? TUIText.Catalog.staleSuffix.text() : ""),
                isError: false)
        default:
            error(TUIText.App.unknownCommand.text(["\(command.name)", KeyHints.key("help", in: [], keymap: keymap)]))
        }
        return true
    }

    /// The 文件 pane shows the column's documents (named with their count once counted).
    private func filter(to row: CatalogRow) {
        setDocumentFilter(row)
    }

    private func search(_ query: String, backwards: Bool) {
        state.catalog.lastSearch = query
        guard let found = state.catalog.find(query, after: selectedCatalogRow?.id, backwards: backwards) else {
            return error(TUIText.Catalog.noMatch.text(["\(query)"]))
        }
        selectCatalogNode(found)
        state.message = StatusMessage(text: TUIText.Catalog.searchHit.text(["\(query)", "\(state.catalog.row(id: found)?.path ?? "")"]),
                                      isError: false)
    }

    /// Submits the open form; a refusal keeps the form open with the reason, so nothing typed is lost.
    func submitCatalogForm() {
        guard let form = state.catalog.form else { return }
        switch form.kind {
        case .search:
            state.catalog.form = nil
            let query = form.value()
            if !query.isEmpty { search(query, backwards: false) }
        case .add:
            guard let parent = form.targetID else { return }
            request(.change(.catalog(.add(name: form.value(), under: parent))))
        case .rename:
            guard let id = form.targetID else { return }
            request(.change(.catalog(.rename(id, to: form.value()))))
        case .move:
            guard let id = form.targetID else { return }
            let parent = form.value()
            request(.change(.catalog(.move(id, under: parent.isEmpty ? nil : parent))))
        }
    }

    /// Retires column `id` (the confirmation said y).
    /// 停用, once confirmed: asked of the loop.
    func retireCatalogColumn(_ id: String) {
        request(.change(.catalog(.retire(id))))
    }

    /// Makes one edit of the catalog through the service (performed by the loop, `Effect.change(.catalog)`),
    /// then re-reads the tree with the changed column selected. A refusal of a form's edit keeps the
    /// form open with the reason, so nothing typed is lost.
    func makeCatalogEdit(_ edit: CatalogEdit) {
        guard let source = catalogData else { return }
        let verb: String, keepFormOnError: Bool
        switch edit {
        case .add: (verb, keepFormOnError) = (TUIText.Catalog.added.text(), true)
        case .rename: (verb, keepFormOnError) = (TUIText.Catalog.renamed.text(), true)
        case .move: (verb, keepFormOnError) = (TUIText.Catalog.moved.text(), true)
        case .shift: (verb, keepFormOnError) = (TUIText.Catalog.reordered.text(), false)
        case .retire: (verb, keepFormOnError) = (TUIText.Catalog.retired.text(), false)
        case .restore: (verb, keepFormOnError) = (TUIText.Catalog.restored.text(), false)
        }
        do {
            let node: CatalogNodeSummary
            switch edit {
            case let .add(name, parent): node = try source.addCatalogNode(name: name, under: parent)
            case let .rename(id, name): node = try source.renameCatalogNode(id, to: name)
            case let .move(id, parent): node = try source.moveCatalogNode(id, under: parent)
            case let .shift(id, delta): node = try source.shiftCatalogNode(id, by: delta)
            case let .retire(id): node = try source.retireCatalogNode(id)
            case let .restore(id): node = try source.restoreCatalogNode(id)
            }
            state.catalog.form = nil
            reloadCatalog(select: node.retiredOn == nil || state.catalog.includeRetired ? node.id : node.parentId)
            state.overview = try? data.overview()
            state.message = StatusMessage(text: TUIText.Common.labelled.text(["\(verb)", "\(node.path)"]), isError: false)
        } catch {
            if keepFormOnError, state.catalog.form != nil {
                state.catalog.form?.error = "\(error)"
            } else {
                self.error("\(error)")
            }
        }
    }
}

/// 目录编辑 — one edit of the catalog a key or a form asks for (`Effect.change(.catalog)`).
public enum CatalogEdit: Equatable, Sendable {
    case add(name: String, under: String)
    case rename(String, to: String)
    /// Under another column (nil: to the top).
    case move(String, under: String?)
    case shift(String, by: Int)
    case retire(String)
    case restore(String)
}
