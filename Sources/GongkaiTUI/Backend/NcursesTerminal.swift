import CNcurses
import Foundation

/// 终端后端 — the thin ncurses layer: reads keys, and flushes a frame by writing only the cells
/// that changed since the last frame. Nothing else in the app talks to curses, and no escape
/// sequence is ever written by hand.
public final class NcursesTerminal {
    private var previous: CellGrid?
    private var theme = Theme()
    /// Why the requested theme was not used as is (too few colours, a broken file), if so.
    public private(set) var themeNotice: String?
    /// The theme in use.
    public private(set) var themeName = "mono"
    private var cursorVisible = false
    private var started = false
    /// Bracketed paste was switched on (terminfo `BE`), so it is switched off (`BD`) on exit.
    private var bracketedPaste = false
    private var mouseEnabled = false

    /// Key codes given to the paste markers with `define_key` (above every curses key code).
    static let pasteBeginCode: Int32 = 0x401
    static let pasteEndCode: Int32 = 0x402

    public init() {}

    /// Why the full-screen interface cannot start on this terminal.
    public struct Unsupported: Error, CustomStringConvertible {
        public var description: String
    }

    /// Starts curses; refuses (instead of drawing garbage or exiting inside curses) on a terminal
    /// that cannot address the cursor (`dumb`, an unset or unknown TERM).
    public func start(themes: ThemeLibrary = ThemeLibrary(directories: []), requestedTheme: String = "mono") throws {
        let term = ProcessInfo.processInfo.environment["TERM"] ?? ""
        if term.isEmpty || term == "dumb" {
            throw Unsupported(description: L.Backend.termUnsupported.text(["\(term.isEmpty ? L.Backend.unset.text() : term)"])
                + L.Backend.termAdvice.text()
                + "The terminal (TERM=\(term)) cannot run a full-screen program.")
        }
        guard let screen = newterm(nil, gk_stdout(), gk_stdin()) else {
            throw Unsupported(description: L.Backend.termUnknown.text(["\(term)"])
                + "Unknown terminal type TERM=\(term).")
        }
        set_term(screen)
        if tigetstr("cup") == nil || Int(bitPattern: tigetstr("cup")) == -1 {
            endwin()
            throw Unsupported(description: L.Backend.termNoCursor.text(["\(term)"]))
        }
        raw()                       // Ctrl-C, Ctrl-S, Ctrl-Q reach the app as keys
        noecho()
        nonl()
        keypad(gk_stdscr(), true)
        set_escdelay(25)            // a lone Esc must feel instant, not wait a second
        wtimeout(gk_stdscr(), 200)  // wake up to notice signals and (later) other sessions' changes
        // Colours: as many as the terminal offers, none under NO_COLOR (no-color.org).
        let noColor = !(ProcessInfo.processInfo.environment["NO_COLOR"] ?? "").isEmpty
        var available = 0
        if has_colors() && !noColor {
            start_color()
            use_default_colors()
            available = Int(gk_colors())
        }
        let chosen = themes.resolve(requested: requestedTheme, terminalColors: available, noColor: noColor)
        theme = Theme.make(chosen.theme, colors: available >= 8 && chosen.theme.colorsNeeded > 0)
        themeNotice = chosen.notice
        themeName = chosen.theme.name
        curs_set(0)
        enableBracketedPaste()
        started = true
    }

    /// 鼠标 — asks curses for button-1 presses and the wheel (config `mouse = true`); the
    /// terminal's own mouse mode is switched by curses from terminfo, never by hand.
    /// Returns false when the terminal has no mouse support.
    @discardableResult
    public func enableMouse() -> Bool {
        mouseEnabled = gk_mouse_on() != 0
        return mouseEnabled
    }

    public func stop() {
        guard started else { return }
        started = false
        if mouseEnabled { gk_mouse_off() }
        disableBracketedPaste()
        curs_set(1)
        endwin()
    }

    /// A terminfo string capability, or nil when the terminal has none (tigetstr's -1 and 0).
    static func capability(_ name: String) -> UnsafeMutablePointer<CChar>? {
        guard let p = tigetstr(name), Int(bitPattern: p) != -1 else { return nil }
        return p
    }

    /// 括号粘贴 — switches bracketed paste on with the terminal's own `BE` string and registers
    /// its `PS`/`PE` markers as keys, so a paste arrives as text between two markers and a
    /// pasted newline can never run a command. A terminal whose terminfo lacks them keeps
    /// working without (pastes then arrive as typed keys). No sequence is written by hand.
    func enableBracketedPaste() {
        guard let on = Self.capability("BE"), let begin = Self.capability("PS"),
              let end = Self.capability("PE") else { return }
        define_key(begin, Self.pasteBeginCode)
        define_key(end, Self.pasteEndCode)
        putp(on)
        fflush(gk_stdout())
        bracketedPaste = true
    }

    func disableBracketedPaste() {
        guard bracketedPaste, let off = Self.capability("BD") else { return }
        putp(off)
        fflush(gk_stdout())
        bracketedPaste = false
    }

    /// Leaves curses for a program that needs the terminal ($VISUAL/$EDITOR), and comes back:
    /// the terminal is restored while `body` runs and the whole screen is repainted after.
    public func suspend<T>(_ body: () throws -> T) rethrows -> T {
        disableBracketedPaste()
        curs_set(1)
        endwin()
        defer {
            wrefresh(gk_stdscr())
            enableBracketedPaste()
            cursorVisible = true
            invalidate()
        }
        return try body()
    }

    public var size: (width: Int, height: Int) {
        var y: Int32 = 0, x: Int32 = 0
        gk_getmaxyx(gk_stdscr(), &y, &x)
        return (Int(x), Int(y))
    }

    /// Forces the next flush to repaint everything (Ctrl-L, resize).
    public func invalidate() {
        previous = nil
        clearok(gk_stdscr(), true)
    }

    /// Writes the frame's changed cells and moves the hardware cursor.
    public func draw(_ frame: Frame) {
        let grid = frame.grid
        let old = previous.flatMap { $0.width == grid.width && $0.height == grid.height ? $0 : nil }
        if old == nil { werase(gk_stdscr()) }
        for y in 0..<grid.height {
            for x in 0..<grid.width {
                let cell = grid[x, y]
                if cell.isContinuation { continue }
                if let old, old[x, y] == cell,
                   cell.width == 1 || (x + 1 < grid.width && old[x + 1, y] == grid[x + 1, y]) { continue }
                let look = theme.look(cell.style)
                var wide = cell.text.unicodeScalars.map { wchar_t(bitPattern: $0.value) }
                _ = gk_put_cell(gk_stdscr(), Int32(y), Int32(x), &wide, Int32(wide.count), look.attrs, look.pair)
            }
        }
        previous = grid
        if let c = frame.cursor {
            if !cursorVisible { curs_set(1); cursorVisible = true }
            wmove(gk_stdscr(), Int32(c.y), Int32(c.x))
        } else if cursorVisible {
            curs_set(0)
            cursorVisible = false
        }
        wrefresh(gk_stdscr())
    }

    /// Waits up to the input timeout for one key; nil when none came.
    public func readKey() -> Key? {
        if case .key(let key)? = readInput() { return key }
        return nil
    }

    /// Waits up to the input timeout for one input: a key or a paste marker; nil when none came.
    public func readInput() -> EditorInput? {
        var ch: wint_t = 0
        let rc = wget_wch(gk_stdscr(), &ch)
        if rc == gk_key_code_yes() {
            switch Int32(ch) {
            case Self.pasteBeginCode: return .pasteBegin
            case Self.pasteEndCode: return .pasteEnd
            case gk_key_mouse():
                var x: Int32 = 0, y: Int32 = 0
                let kinds: [Int32: MouseEvent.Kind] = [1: .click, 2: .wheelUp, 3: .wheelDown]
                guard let kind = kinds[gk_get_mouse(&x, &y)] else { return nil }
                return .mouse(MouseEvent(kind, x: Int(x), y: Int(y)))
            default: return Self.functionKey(Int32(ch)).map(EditorInput.key)
            }
        }
        if rc == gk_ok() { return Self.characterKey(UInt32(ch)).map(EditorInput.key) }
        return nil
    }

    static func functionKey(_ code: Int32) -> Key? {
        switch code {
        case KEY_UP: return .up
        case KEY_DOWN: return .down
        case KEY_LEFT: return .left
        case KEY_RIGHT: return .right
        case KEY_HOME: return .home
        case KEY_END: return .end
        case KEY_PPAGE: return .pageUp
        case KEY_NPAGE: return .pageDown
        case KEY_BTAB: return .backTab
        case KEY_ENTER: return .enter
        case KEY_BACKSPACE: return .backspace
        case KEY_DC: return .delete
        case KEY_IC: return .insert
        case KEY_RESIZE: return .resize
        default:
            for n in 1...24 where code == gk_key_f(Int32(n)) { return .function(n) }
            return nil
        }
    }

    static func characterKey(_ v: UInt32) -> Key? {
        switch v {
        case 9: return .tab
        case 10, 13: return .enter
        case 27: return .escape
        case 8, 127: return .backspace
        case 1...26: return .ctrl(Character(Unicode.Scalar(v + 96)!))
        case 0, 28...31: return nil
        default:
            guard let s = Unicode.Scalar(v) else { return nil }
            return .char(Character(s))
        }
    }
}
