import Foundation
import GongkaiCore
import GongkaiStore

/// 草稿 — what an officer is typing, kept on the officer's side (`OfficerSide.files`: the draft
/// store `$XDG_STATE_HOME/gongkai/`, directory 0700, files 0600, never through a symbolic link) on
/// every change, so that an SSH drop (SIGHUP), a restarted service or even `kill -9` loses nothing
/// (the lesson of vim's swap file and nano's `.save`). Removed when the work is saved or cancelled.
/// Each kind of draft has its own file per workspace and officer:
/// `<workspace key>.<kind>-<login>.json` (`DraftKind.fileName`).
public enum DraftKind: String, CaseIterable, Sendable, Codable {
    /// 申请登记/办理表单 (the 申请 pane's forms).
    case applicationForm = "draft"
    /// 年度报告的文字部分（一、五、六）.
    case reportNarrative = "report-draft"
    /// 文件编辑器中未保存的信息和正文 (Panes/Documents/DocumentDraftJournal).
    case documentEdit = "doc-draft"
    /// 登记簿表单 (权责清单、公众参与、网站巡检的新增/调整/办结).
    case registerForm = "register-draft"
    /// 解读表 (解读形式、要素、责任领导、解读单位与正文; Panes/Interpretations/InterpretationDraft).
    case interpretationSheet = "interp-draft"
    /// 审核意见 (待办箱的退回意见、三同步特批理由; Review/ReviewCommentDraft).
    case reviewComment = "review-draft"
    /// 年度报告表二填报数字 (Report/FiguresDraft).
    case reportFigures = "figures-draft"

    public var chineseName: String {
        switch self {
        case .applicationForm: return TUIText.Drafts.applicationForm.text()
        case .reportNarrative: return TUIText.Drafts.reportNarrative.text()
        case .documentEdit: return TUIText.Drafts.documentEdit.text()
        case .registerForm: return TUIText.Drafts.registerForm.text()
        case .interpretationSheet: return TUIText.Drafts.interpretationSheet.text()
        case .reviewComment: return TUIText.Drafts.reviewComment.text()
        case .reportFigures: return TUIText.Drafts.reportFigures.text()
        }
    }

    /// Where the officer finds it again (a key named as `keymap` binds it).
    public func whereToResume(keymap: Keymap = .standard) -> String {
        switch self {
        case .applicationForm: return TUIText.Drafts.resumeApplication.text()
        case .reportNarrative: return TUIText.Drafts.resumeReport.text()
        case .documentEdit:
            return TUIText.Drafts.resumeDocument.text([KeyHints.key("draft-restore", in: [.recovery], keymap: keymap, global: false)])
        case .registerForm: return TUIText.Drafts.resumeRegister.text()
        case .interpretationSheet: return TUIText.Drafts.resumeInterpretation.text()
        case .reportFigures:
            return TUIText.Drafts.resumeFigures.text([KeyHints.key("report-figures", in: [.report], keymap: keymap, global: false)])
        case .reviewComment:
            return TUIText.Drafts.resumeReview.text([KeyHints.key("inbox", in: [], keymap: keymap),
                                                    KeyHints.key("review-return", in: [.inbox], keymap: keymap, global: false)])
        }
    }

    /// The workspace's part of a draft's name: the first 16 hex digits of the SHA-256 of its path,
    /// so drafts of two workspaces never meet and the name says nothing of where the file is.
    public static func workspaceKey(_ workspace: String) -> String {
        String(SHA256.hex(Data(workspace.utf8)).prefix(16))
    }

    static func safeLogin(_ login: String) -> String {
        String(login.unicodeScalars.map { s -> Character in
            s.isASCII && (CharacterSet.alphanumerics.contains(s) || s == "." || s == "_") ? Character(s) : "_"
        })
    }

    /// The draft's name in the store; nil for an in-memory workspace (nothing to come back to).
    public func fileName(workspace: String, login: String) -> String? {
        guard workspace.hasPrefix("/") else { return nil }
        return Self.workspaceKey(workspace) + "." + rawValue + "-" + Self.safeLogin(login) + ".json"
    }

    /// Where older versions kept drafts: beside the workspace file (read once to migrate).
    func legacyPath(workspace: String, login: String) -> String? {
        guard workspace.hasPrefix("/") else { return nil }
        return workspace + "." + rawValue + "-" + Self.safeLogin(login) + ".json"
    }
}

/// One kind of draft of one officer: save (or clear with nil) and load its content.
public struct DraftJournal<Content: Codable>: Sendable {
    /// nil: drafts are not kept (an in-memory workspace).
    public let name: String?
    /// nil: `OfficerSide.files`, looked up at each write (a service session installs its own).
    let injected: (any OfficerFiles)?

    public init(name: String?, files: (any OfficerFiles)? = nil) {
        self.name = name
        injected = files
    }

    public init(kind: DraftKind, workspace: String, login: String, files: (any OfficerFiles)? = nil) {
        self.init(name: kind.fileName(workspace: workspace, login: login), files: files)
    }

    var files: any OfficerFiles { injected ?? OfficerSide.files }

    /// Writes the whole content (small: one form or one section), replacing the last one at once.
    public func save(_ content: Content?) {
        guard let name else { return }
        guard let content else {
            try? files.removeDraft(name: name)
            return
        }
        guard let data = try? JSONEncoder().encode(content) else { return }
        try? files.writeDraft(data, name: name)
    }

    public func load() -> Content? {
        guard let name, let data = try? files.readDraft(name: name) else { return nil }
        return try? JSONDecoder().decode(Content.self, from: data)
    }
}

/// 可恢复的草稿 — what `gongkai drafts` lists and the workstation mentions at start.
public struct DraftInfo: Codable, Sendable, Equatable {
    public var kind: DraftKind
    public var kindName: String
    /// The draft's file (its name in the store when the store is at the other end of a service).
    public var path: String
    public var modified: String
    public var bytes: Int
    public var resume: String

    /// The current officer's drafts for this workspace (old drafts beside the workspace are
    /// moved into the store first, `LegacyDrafts`).
    /// `keymap` names the keys of the resume hints (the officer's, with config.toml's bindings).
    public static func list(workspace: String, login: String, files: (any OfficerFiles)? = nil,
                            keymap: Keymap = .standard) -> [DraftInfo] {
        let files = files ?? OfficerSide.files
        LegacyDrafts.migrate(workspace: workspace, login: login, files: files)
        guard let stored = try? files.listDrafts() else { return [] }
        let directory = (files as? LocalOfficerFiles)?.draftDirectory
        return DraftKind.allCases.compactMap { kind in
            guard let name = kind.fileName(workspace: workspace, login: login),
                  let file = stored.first(where: { $0.name == name }) else { return nil }
            var cal = Calendar(identifier: .gregorian)
            cal.timeZone = .current
            let c = cal.dateComponents([.year, .month, .day, .hour, .minute], from: file.modified)
            let when = String(format: "%04d-%02d-%02d %02d:%02d", c.year!, c.month!, c.day!, c.hour!, c.minute!)
            return DraftInfo(kind: kind, kindName: kind.chineseName, path: directory.map { $0 + "/" + name } ?? name,
                             modified: when, bytes: file.size, resume: kind.whereToResume(keymap: keymap))
        }
    }

    /// Why the officer's draft store cannot be used (a link, someone else's directory, no room to
    /// create it), said at start so that nobody types believing it is kept; nil when it is fine.
    public static func storeProblem(files: (any OfficerFiles)? = nil) -> String? {
        do {
            _ = try (files ?? OfficerSide.files).listDrafts()
            return nil
        } catch {
            return TUIText.Drafts.storeRefused.text(["\(error)"])
        }
    }

    /// Removes the current officer's drafts for this workspace (`gongkai drafts --clear`).
    public static func clear(workspace: String, login: String, files: (any OfficerFiles)? = nil) throws -> [DraftInfo] {
        let files = files ?? OfficerSide.files
        let listed = list(workspace: workspace, login: login, files: files)
        for d in listed {
            if let name = d.kind.fileName(workspace: workspace, login: login) { try files.removeDraft(name: name) }
        }
        return listed
    }
}
