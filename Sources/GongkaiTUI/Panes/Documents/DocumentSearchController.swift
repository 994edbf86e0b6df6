import Foundation
import GongkaiCore
import GongkaiStore

/// 文件检索 — `/` in the 文件 pane: the hits with their snippets, moved through and opened.
extension DocumentEditorController {
    /// `:doc-search QUERY`: an empty query closes the results; the hits are read by the loop.
    static func search(_ query: String?, model: AppModel) {
        guard dataSource(model) != nil else { return }
        let q = (query ?? "").trimmingCharacters(in: .whitespaces)
        guard !q.isEmpty else {
            model.state.documents.search = nil
            return
        }
        model.request(.read(.documentSearch(query: q)))
    }

    /// Shows the hits of `q` (performed by the loop); a failed search is said and nothing changes.
    static func showSearch(_ q: String, model: AppModel) {
        guard let source = dataSource(model) else { return }
        do {
            let view = DocumentSearchView(query: q, result: try source.searchDocuments(q))
            model.state.documents.search = view
            model.focus(.documents)
            model.state.message = StatusMessage(text: TUIText.Documents.searchResult.text(["\(q)", view.countText]), isError: false)
        } catch {
            model.error(TUIText.Documents.searchFailed.text(["\(error)"]))
        }
    }

    /// The search results' commands (`doc-search` bindings, then the global motions); false for
    /// the others, which run as in the 文件 pane.
    static func performSearch(_ command: CommandLine, model: AppModel) -> Bool {
        guard var view = model.state.documents.search else { return false }
        let rows = max(1, (model.state.layout.statusRow - 2) / 2)
        switch command.name {
        case "close":
            model.state.documents.search = nil
            return true
        case "move-down": view.selected += 1
        case "move-up": view.selected -= 1
        case "page-down": view.selected += rows
        case "page-up": view.selected -= rows
        case "search-open":
            guard view.hits.indices.contains(view.selected) else { return true }
            open(view.hits[view.selected].id, model: model)
            return true
        default:
            return false
        }
        view.selected = max(0, min(view.selected, view.hits.count - 1))
        if view.selected < view.scroll { view.scroll = view.selected }
        if view.selected >= view.scroll + rows { view.scroll = view.selected - rows + 1 }
        model.state.documents.search = view
        return true
    }
}
