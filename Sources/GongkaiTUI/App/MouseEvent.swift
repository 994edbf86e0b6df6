/// 鼠标 — a mouse event as the app sees it (off unless config.toml says `mouse = true`): a
/// button-1 click or a wheel step at a cell. The ncurses backend makes these from KEY_MOUSE.
public struct MouseEvent: Hashable, Sendable {
    public enum Kind: Hashable, Sendable { case click, wheelUp, wheelDown }
    public var kind: Kind
    public var x: Int
    public var y: Int

    public init(_ kind: Kind, x: Int, y: Int) {
        self.kind = kind
        self.x = x
        self.y = y
    }

    /// Rows one wheel step scrolls.
    public static let wheelRows = 3
}
