import Foundation

/// 终端 — what the workstation's loop needs of a terminal: its size, one input at a time, a frame
/// to show, a repaint, and leaving the screen for a program that needs it ($VISUAL). The
/// ncurses backend (`NcursesTerminal`) is the real one; `RecordingTerminal` is the fake the loop
/// tests drive, which records the cell grid a terminal would show.
public protocol Terminal: AnyObject {
    /// The size in cells.
    var size: (width: Int, height: Int) { get }
    /// The terminal went away without a signal: the loop ends as a hang-up does.
    var lost: Bool { get }
    /// Why the requested theme was not used as is, said once at start.
    var themeNotice: String? { get }
    /// Waits up to the input timeout for one input; nil when none came.
    func readInput() -> EditorInput?
    /// One input if one is already waiting, without waiting; nil when none is (the loop re-reads
    /// another session's changes in pieces between keys and asks before each piece).
    func readInputIfReady() -> EditorInput?
    /// Shows a frame, writing only what changed (`ScreenDiff`).
    func draw(_ frame: Frame)
    /// Forces the next frame to repaint everything (Ctrl-L, resize).
    func invalidate()
    /// Leaves the screen while `body` runs and repaints after.
    func suspend<T>(_ body: () throws -> T) rethrows -> T
}

extension NcursesTerminal: Terminal {}

/// 录制终端 — the fake terminal of the loop tests: inputs come from a script, frames are written
/// through the same `ScreenDiff` as on a real terminal into a cell grid the tests read, and
/// `suspend` runs its body as a real terminal would (the tests count it).
public final class RecordingTerminal: Terminal {
    public private(set) var size: (width: Int, height: Int)
    public private(set) var lost = false
    public var themeNotice: String?
    /// What the terminal shows now: every frame's diff written over the previous screen.
    public private(set) var screen: CellGrid?
    /// The cursor of the last frame (nil: hidden).
    public private(set) var cursor: (x: Int, y: Int)?
    /// How many frames were drawn, how many of them cleared the screen, and how many times the
    /// screen was left for another program.
    public private(set) var framesDrawn = 0
    public private(set) var fullRepaints = 0
    public private(set) var suspensions = 0
    /// How many frames scrolled a band of rows (the terminal's scrolling region) before writing.
    public private(set) var scrolls = 0
    /// Cells written by the last frame (what a real terminal would have been sent).
    public private(set) var lastDiff: ScreenDiff?
    /// Inputs still to deliver; a nil entry is an input timeout (the loop idles once).
    public private(set) var script: [EditorInput?] = []
    /// When the script is used up: the terminal is lost (the loop ends as a hang-up), or every
    /// read times out.
    public var hangUpWhenDrained: Bool
    private var previous: CellGrid?

    public init(width: Int, height: Int, hangUpWhenDrained: Bool = false) {
        size = (width, height)
        self.hangUpWhenDrained = hangUpWhenDrained
    }

    /// Queues inputs to be read, in order.
    public func feed(_ inputs: [EditorInput?]) { script.append(contentsOf: inputs) }

    /// The terminal changes size: the next read delivers the resize key, as curses does.
    public func resize(width: Int, height: Int) {
        size = (width, height)
        script.insert(.key(.resize), at: 0)
    }

    /// The terminal goes away (the SSH link closed without a signal).
    public func hangUp() { lost = true }

    public var isDrained: Bool { script.isEmpty }

    public func readInput() -> EditorInput? {
        guard !lost else { return nil }
        if script.isEmpty {
            if hangUpWhenDrained { lost = true }
            return nil
        }
        return script.removeFirst()
    }

    /// The next scripted input unless it is a timeout (nil), which stays for the next `readInput`.
    public func readInputIfReady() -> EditorInput? {
        guard !lost, let next = script.first, next != nil else { return nil }
        return script.removeFirst()
    }

    public func draw(_ frame: Frame) {
        let diff = ScreenDiff.between(previous, frame.grid)
        // A scroll is written in the steps the ncurses backend takes (some cells before the band moves).
        if let scroll = diff.scroll, let shown = screen, !diff.clearsScreen {
            screen = ScreenDiff.ScrollSteps(diff).applied(to: shown, scroll: scroll)
        } else {
            screen = diff.applied(to: screen, width: frame.grid.width, height: frame.grid.height)
        }
        previous = frame.grid
        cursor = frame.cursor
        lastDiff = diff
        framesDrawn += 1
        if diff.clearsScreen { fullRepaints += 1 }
        if diff.scroll != nil { scrolls += 1 }
    }

    public func invalidate() { previous = nil }

    public func suspend<T>(_ body: () throws -> T) rethrows -> T {
        suspensions += 1
        defer { invalidate() }
        return try body()
    }

    /// The screen as text lines, trailing spaces removed (the golden-text form).
    public var lines: [String] { screen?.textLines() ?? [] }

    /// The whole screen as one string.
    public var text: String { lines.joined(separator: "\n") }
}
