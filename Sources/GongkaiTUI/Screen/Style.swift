/// 样式角色 — what a cell means (title, selection, urgent …), not how it looks: the theme
/// (Backend/Theme.swift) turns roles into colours and attributes, so monochrome still tells
/// selection, focus and urgency apart by bold/reverse/underline.
public enum StyleRole: UInt8, Hashable, Sendable, CaseIterable {
    case normal
    case appTitle
    case tabActive
    case tabInactive
    case paneTitle
    case paneTitleFocused
    case columnHeader
    case selection
    case selectionUnfocused
    case statusBar
    case message
    case error
    case urgent
    case warning
    case muted
    case overlay
    case overlayTitle
    /// The `>` that marks the selected row of the focused pane's list. Plain in the shipped themes
    /// but high-contrast: a step past the screen's edge then writes no attribute switch for it
    /// (Docs/性能.md, the bytes of one `j`); a theme can still highlight it.
    case selectionMarker

    /// The name used in theme files (`[roles.selection]`).
    public var name: String { String(describing: self) }

    public init?(name: String) {
        guard let r = StyleRole.allCases.first(where: { $0.name == name }) else { return nil }
        self = r
    }
}
