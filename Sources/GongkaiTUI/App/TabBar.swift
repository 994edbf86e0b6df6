/// 标签栏 — row 0: the app's name and one tab per pane, the focused one highlighted. On a
/// narrow terminal the name goes first, then the other tabs shrink to their numbers, so the
/// focused pane's name is always shown (down to the 40-column minimum).
public struct TabBar: Equatable, Sendable {
    public struct Tab: Equatable, Sendable {
        public var pane: PaneKind
        public var label: String
        public var x: Int
        public var width: Int { TextWidth.of(label) }
    }

    /// The app's name, when there is room for it.
    public var title: String?
    public var tabs: [Tab]

    public init(width: Int, focus: PaneKind) {
        let name = " " + AppView.appTitle + " "
        let full = PaneKind.allCases.map { " \($0.rawValue) \($0.title) " }
        let short = PaneKind.allCases.map { $0 == focus ? " \($0.rawValue) \($0.title) " : " \($0.rawValue) " }
        func span(_ labels: [String]) -> Int { labels.reduce(0) { $0 + TextWidth.of($1) + 1 } }
        let nameWidth = TextWidth.of(name) + 1
        let (withName, labels): (Bool, [String])
        if nameWidth + span(full) <= width + 1 { (withName, labels) = (true, full) }
        else if span(full) <= width + 1 { (withName, labels) = (false, full) }
        else { (withName, labels) = (false, short) }
        title = withName ? name : nil
        var x = withName ? nameWidth : 0
        tabs = []
        for (pane, label) in zip(PaneKind.allCases, labels) {
            guard x + TextWidth.of(label) <= width else { break }
            tabs.append(Tab(pane: pane, label: label, x: x))
            x += TextWidth.of(label) + 1
        }
    }

    /// The pane whose tab is at column `x`.
    public func pane(at x: Int) -> PaneKind? {
        tabs.first { x >= $0.x && x < $0.x + $0.width }?.pane
    }
}
