/// A rectangle of cells.
public struct Rect: Equatable, Sendable {
    public var x, y, width, height: Int
    public init(x: Int, y: Int, width: Int, height: Int) {
        self.x = x; self.y = y; self.width = width; self.height = height
    }
}

/// 布局 — wide terminals (≥ 100 columns) show the four panes side by side in a 2×2 grid, or
/// the focused pane alone over the whole body when it is zoomed (`zoom`, 放大, like tmux's zoom);
/// narrow ones show the focused pane alone under the tab bar (zooming changes nothing there).
/// Row 0 is the tab bar, the last two rows are the status bar and the message / command line.
public struct Layout: Equatable, Sendable {
    public enum Mode: Equatable, Sendable { case wide, narrow, tooSmall }

    public static let wideThreshold = 100
    public static let minWidth = 40
    public static let minHeight = 10

    public var mode: Mode
    public var width: Int
    public var height: Int
    /// Where each visible pane is drawn (title row and header row included).
    public var panes: [PaneKind: Rect]
    /// The focused pane takes the whole body of the wide layout (false in the narrow layout,
    /// where one pane always does).
    public var zoomed: Bool
    public var statusRow: Int { height - 2 }
    public var messageRow: Int { height - 1 }

    public init(width: Int, height: Int, focus: PaneKind, zoomed: Bool = false) {
        self.width = width
        self.height = height
        self.zoomed = false
        panes = [:]
        if width < Layout.minWidth || height < Layout.minHeight {
            mode = .tooSmall
            return
        }
        let top = 1, bottom = height - 2        // rows [top, bottom) belong to panes
        let area = bottom - top
        if width >= Layout.wideThreshold {
            mode = .wide
            if zoomed {
                self.zoomed = true
                panes[focus] = Rect(x: 0, y: top, width: width, height: area)
                return
            }
            let leftW = (width - 1) / 2          // one column for the separator
            let rightX = leftW + 1, rightW = width - rightX
            let topH = area / 2, bottomH = area - topH
            panes[.catalog] = Rect(x: 0, y: top, width: leftW, height: topH)
            panes[.documents] = Rect(x: rightX, y: top, width: rightW, height: topH)
            panes[.interpretations] = Rect(x: 0, y: top + topH, width: leftW, height: bottomH)
            panes[.applications] = Rect(x: rightX, y: top + topH, width: rightW, height: bottomH)
        } else {
            mode = .narrow
            panes[focus] = Rect(x: 0, y: top, width: width, height: area)
        }
    }

    /// Rows available for list items in a pane (its rect less the title and column header, and
    /// the 解读 pane's statistics rows).
    public func bodyHeight(of pane: PaneKind) -> Int {
        guard let r = panes[pane] else { return 0 }
        return max(0, r.height - 2 - Layout.footerRows(of: pane, height: r.height))
    }

    /// Rows at the bottom of a pane kept for a footer (the 解读 pane's period statistics).
    public static func footerRows(of pane: PaneKind, height: Int) -> Int {
        pane == .interpretations ? InterpretationStatsFooter.rows(paneHeight: height) : 0
    }
}
