import Foundation
import GongkaiCore

/// 窗格 — the four panes of the workstation, in their fixed order.
public enum PaneKind: Int, CaseIterable, Sendable, Hashable {
    /// 目录 — the disclosure category tree (公开目录).
    case catalog = 1
    /// 文件 — documents and their 公开属性.
    case documents
    /// 解读 — the interpretation checklist (三同步).
    case interpretations
    /// 申请 — 依申请公开 application tracking.
    case applications

    public var title: String { titlePhrase.text() }

    /// The pane's name in both languages.
    public var titlePhrase: Phrase {
        switch self {
        case .catalog: return TUIText.Panes.catalog
        case .documents: return TUIText.Panes.documents
        case .interpretations: return TUIText.Panes.interpretations
        case .applications: return TUIText.Panes.applications
        }
    }

    public var englishName: String {
        switch self {
        case .catalog: return "catalog"
        case .documents: return "documents"
        case .interpretations: return "interpretations"
        case .applications: return "applications"
        }
    }

    /// Accepts `2`, `文件`, `documents`, `Documents` (either language, whatever is in force).
    public init?(argument: String) {
        let a = argument.trimmingCharacters(in: .whitespaces)
        if let n = Int(a), let p = PaneKind(rawValue: n) { self = p; return }
        guard let p = PaneKind.allCases.first(where: {
            $0.titlePhrase.zh == a || $0.titlePhrase.en.lowercased() == a.lowercased() || $0.englishName == a
        }) else { return nil }
        self = p
    }

    public var next: PaneKind { PaneKind(rawValue: rawValue % 4 + 1)! }
    public var previous: PaneKind { PaneKind(rawValue: (rawValue + 2) % 4 + 1)! }
}
