import Foundation

/// 草稿 — what an officer is typing, written to a private file (0600) beside the workspace on
/// every change, so that an SSH drop (SIGHUP) or even `kill -9` loses nothing (the lesson of
/// vim's swap file and nano's `.save`). Removed when the work is saved or cancelled.
/// Each kind of draft has its own file per officer: `<workspace>.<kind>-<login>.json`.
public enum DraftKind: String, CaseIterable, Sendable, Codable {
    /// 申请登记/办理表单 (the 申请 pane's forms).
    case applicationForm = "draft"
    /// 年度报告的文字部分（一、五、六）.
    case reportNarrative = "report-draft"
    /// 文件编辑器中未保存的信息和正文 (Panes/Documents/DocumentDraftJournal).
    case documentEdit = "doc-draft"

    public var chineseName: String {
        switch self {
        case .applicationForm: return L.Drafts.applicationForm.text()
        case .reportNarrative: return L.Drafts.reportNarrative.text()
        case .documentEdit: return L.Drafts.documentEdit.text()
        }
    }

    /// Where the officer finds it again.
    public var whereToResume: String {
        switch self {
        case .applicationForm: return L.Drafts.resumeApplication.text()
        case .reportNarrative: return L.Drafts.resumeReport.text()
        case .documentEdit: return L.Drafts.resumeDocument.text()
        }
    }

    func path(workspace: String, login: String) -> String? {
        guard workspace.hasPrefix("/") else { return nil }
        let safeLogin = String(login.map { $0.isLetter || $0.isNumber || $0 == "." || $0 == "_" ? $0 : "_" })
        return workspace + "." + rawValue + "-" + safeLogin + ".json"
    }
}

/// One kind of draft of one officer: save (or clear with nil) and load its content.
public struct DraftJournal<Content: Codable>: Sendable {
    /// nil: drafts are not kept (an in-memory workspace).
    public let path: String?

    public init(path: String?) { self.path = path }

    public init(kind: DraftKind, workspace: String, login: String) {
        path = kind.path(workspace: workspace, login: login)
    }

    /// Writes the whole content (small: one form or one section) with mode 0600.
    public func save(_ content: Content?) {
        guard let path else { return }
        guard let content else {
            try? FileManager.default.removeItem(atPath: path)
            return
        }
        guard let data = try? JSONEncoder().encode(content) else { return }
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        guard fd >= 0 else { return }
        defer { close(fd) }
        _ = data.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
    }

    public func load() -> Content? {
        guard let path, let data = FileManager.default.contents(atPath: path) else { return nil }
        return try? JSONDecoder().decode(Content.self, from: data)
    }
}

/// 可恢复的草稿 — what `gongkai drafts` lists and the workstation mentions at start.
public struct DraftInfo: Codable, Sendable, Equatable {
    public var kind: DraftKind
    public var kindName: String
    public var path: String
    public var modified: String
    public var bytes: Int
    public var resume: String

    /// The current officer's drafts for this workspace.
    public static func list(workspace: String, login: String) -> [DraftInfo] {
        DraftKind.allCases.compactMap { kind in
            guard let path = kind.path(workspace: workspace, login: login),
                  let attrs = try? FileManager.default.attributesOfItem(atPath: path) else { return nil }
            let date = (attrs[.modificationDate] as? Date) ?? Date()
            var cal = Calendar(identifier: .gregorian)
            cal.timeZone = .current
            let c = cal.dateComponents([.year, .month, .day, .hour, .minute], from: date)
            let when = String(format: "%04d-%02d-%02d %02d:%02d", c.year!, c.month!, c.day!, c.hour!, c.minute!)
            return DraftInfo(kind: kind, kindName: kind.chineseName, path: path, modified: when,
                             bytes: (attrs[.size] as? NSNumber)?.intValue ?? 0, resume: kind.whereToResume)
        }
    }
}
