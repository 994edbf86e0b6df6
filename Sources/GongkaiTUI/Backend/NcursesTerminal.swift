import CNcurses
import Foundation

/// 终端后端 — the thin ncurses layer: reads keys, and flushes a frame by writing only the cells
/// that changed since the last frame (`ScreenDiff`). Nothing else in the app talks to curses, and no escape
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
    /// The first key code given to the sequences of `KeySequences` (one code per entry).
    static let sequenceBaseCode: Int32 = 0x500

    /// How long a read waits for a key: the loop wakes this often to notice signals and other
    /// sessions' changes.
    static let inputTimeout: Int32 = 200
    /// How long the rest of an escape sequence may take to arrive after its ESC (and how long
    /// curses waits after a lone ESC): a lone Esc must feel instant.
    static let escapeDelay: Int32 = 25

    /// The terminal went away (end of input, I/O error, hang-up) without a signal: the loop ends
    /// the session as SIGHUP does.
    public private(set) var lost = false
    /// Reads that failed sooner than the input timeout, in a row (a failing terminal returns
    /// at once; a live one waits).
    private var quickFailures = 0
    /// Inputs read while decoding an escape sequence that belong to the next input.
    private var pendingRaw: [RawInput] = []

    /// One read from curses: a character, or a key curses decoded itself.
    enum RawInput { case character(UInt32), input(EditorInput) }

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
            throw Unsupported(description: TUIText.Backend.termUnsupported.text(["\(term.isEmpty ? TUIText.Backend.unset.text() : term)"])
                + TUIText.Backend.termAdvice.text()
                + "The terminal (TERM=\(term)) cannot run a full-screen program.")
        }
        guard let screen = newterm(nil, gk_stdout(), gk_stdin()) else {
            throw Unsupported(description: TUIText.Backend.termUnknown.text(["\(term)"])
                + "Unknown terminal type TERM=\(term).")
        }
        set_term(screen)
        if tigetstr("cup") == nil || Int(bitPattern: tigetstr("cup")) == -1 {
            endwin()
            throw Unsupported(description: TUIText.Backend.termNoCursor.text(["\(term)"]))
        }
        raw()                       // Ctrl-C, Ctrl-S, Ctrl-Q reach the app as keys
        noecho()
        nonl()
        keypad(gk_stdscr(), true)
        set_escdelay(Self.escapeDelay)              // a lone Esc must feel instant, not wait a second
        wtimeout(gk_stdscr(), Self.inputTimeout)    // wake up to notice signals and other sessions' changes
        registerKeySequences()
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
        // Curses may use the terminal's scrolling region and line insert/delete (a list scrolled
        // by `ScreenDiff` is sent as a scroll and the row scrolled in, not repainted).
        idlok(gk_stdscr(), true)
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

    /// 按键序列 — registers every emulator's key sequences (`KeySequences`) with curses as
    /// input definitions, whatever TERM's terminfo says, so Home is Home from PuTTY, Xshell,
    /// rxvt or the Linux console alike. Only input decoding changes; nothing is written to the
    /// terminal. A sequence terminfo gives the mouse (`kmous`) is left to it.
    func registerKeySequences() {
        let mouse = Self.capability("kmous").map { String(cString: $0) }
        for (index, entry) in KeySequences.all.enumerated() where entry.sequence != mouse {
            define_key(entry.sequence, Self.sequenceBaseCode + Int32(index))
        }
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
        let diff = ScreenDiff.between(previous, frame.grid)
        if diff.clearsScreen { werase(gk_stdscr()) }
        if let scroll = diff.scroll {
            // A scroll is flushed in steps curses would not take (it writes top to bottom): first
            // what lies outside the band (the position in the title), then the band's own cells
            // where they are before it moves (the marker left on the row that scrolls up), then
            // the scroll and the rows scrolled in. The cursor then waits on the band's edge, where
            // curses keeps it across the scrolling region (save/restore) instead of moving there.
            let steps = ScreenDiff.ScrollSteps(diff)
            leaveok(gk_stdscr(), true)      // no trip to the caret between the steps
            for step in steps.before where !step.isEmpty {
                for change in step { put(change) }
                wrefresh(gk_stdscr())
            }
            let window = gk_stdscr()
            wsetscrreg(window, Int32(scroll.top), Int32(scroll.bottom))
            scrollok(window, true)
            wscrl(window, Int32(scroll.lines))
            scrollok(window, false)
            wsetscrreg(window, 0, Int32(frame.grid.height - 1))
            for change in steps.after { put(change) }
        } else {
            for change in diff.changes { put(change) }
        }
        previous = frame.grid
        if let c = frame.cursor {
            if !cursorVisible { curs_set(1); cursorVisible = true }
            wmove(gk_stdscr(), Int32(c.y), Int32(c.x))
        } else if cursorVisible {
            curs_set(0)
            cursorVisible = false
        }
        // A hidden cursor stays where the last write left it (curses would otherwise move it back
        // to the window's cursor after every frame: bytes for nothing on screen).
        leaveok(gk_stdscr(), !cursorVisible)
        wrefresh(gk_stdscr())
    }

    private func put(_ change: ScreenDiff.Change) {
        let look = theme.look(change.cell.style)
        var wide = change.cell.text.unicodeScalars.map { wchar_t(bitPattern: $0.value) }
        _ = gk_put_cell(gk_stdscr(), Int32(change.y), Int32(change.x), &wide, Int32(wide.count), look.attrs, look.pair)
    }

    /// Waits up to the input timeout for one key; nil when none came.
    public func readKey() -> Key? {
        if case .key(let key)? = readInput() { return key }
        return nil
    }

    /// Waits up to the input timeout for one input: a key, a paste marker, a mouse event or an
    /// unrecognised escape sequence (swallowed whole); nil when none came. A terminal that is
    /// gone sets `lost` instead of failing again and again.
    public func readInput() -> EditorInput? {
        guard !lost else { return nil }
        var started = timespec()
        clock_gettime(CLOCK_MONOTONIC, &started)
        guard let raw = readRaw() else {
            noteFailedRead(since: started)
            return nil
        }
        quickFailures = 0
        switch raw {
        case .input(let input): return input
        case .character(27): return readEscapeSequence()
        case .character(let v): return Self.characterKey(v).map(EditorInput.key)
        }
    }

    /// One input if a key is already waiting (left over from an escape sequence, or bytes on the
    /// terminal's input), without waiting for one.
    public func readInputIfReady() -> EditorInput? {
        guard !lost else { return nil }
        if pendingRaw.isEmpty {
            var fds = pollfd(fd: STDIN_FILENO, events: Int16(POLLIN), revents: 0)
            guard poll(&fds, 1, 0) > 0 else { return nil }
        }
        return readInput()
    }

    /// One character or decoded key: first what an escape sequence left over, then curses.
    func readRaw() -> RawInput? {
        while true {
            if !pendingRaw.isEmpty { return pendingRaw.removeFirst() }
            var ch: wint_t = 0
            let rc = wget_wch(gk_stdscr(), &ch)
            if rc == gk_key_code_yes() {
                // A mouse report that is not a click or a wheel step is nothing: read on.
                if let input = input(forCode: Int32(ch)) { return .input(input) }
                if Int32(ch) == gk_key_mouse() { continue }
                // A key terminfo knows and the app has no use for (keypad corners, KEY_FIND…).
                return .input(.unrecognized(keyname(Int32(ch)).map { String(cString: $0) } ?? "\(ch)"))
            }
            if rc == gk_ok() { return .character(UInt32(ch)) }
            return nil
        }
    }

    /// After an ESC curses could not match: reads the rest within the escape delay and decodes
    /// it (`EscapeScanner`) — Alt+key, a real Esc, a known sequence that came split, or an
    /// unknown one consumed whole. What did not belong to it is kept for the next read.
    func readEscapeSequence() -> EditorInput {
        wtimeout(gk_stdscr(), Self.escapeDelay)
        defer { wtimeout(gk_stdscr(), Self.inputTimeout) }
        var scanner = EscapeScanner()
        while true {
            guard let raw = readRaw() else { return scanner.timeout() }
            let element: EscapeScanner.Element
            switch raw {
            case .character(let v):
                guard let scalar = Unicode.Scalar(v) else { return .unrecognized("\u{1B}") }
                element = .character(Character(scalar))
            case .input(.key(let key)) where key != .resize:
                element = .key(key)
            case .input(let other):
                // A resize, a paste marker or a click right after an ESC: the ESC was a key of its own.
                pendingRaw.append(.input(other))
                return scanner.timeout()
            }
            if case .done(let input, let leftover) = scanner.feed(element) {
                switch leftover {
                case .character(let c)?: pendingRaw.append(.character(c.unicodeScalars.first!.value))
                case .key(let key)?: pendingRaw.append(.input(.key(key)))
                case nil: break
                }
                return input
            }
        }
    }

    /// The input for a curses key code: ours (paste markers, `KeySequences`), the mouse, or
    /// curses' own function keys.
    func input(forCode code: Int32) -> EditorInput? {
        switch code {
        case Self.pasteBeginCode: return .pasteBegin
        case Self.pasteEndCode: return .pasteEnd
        case Self.sequenceBaseCode..<(Self.sequenceBaseCode + Int32(KeySequences.all.count)):
            return .key(KeySequences.all[Int(code - Self.sequenceBaseCode)].key)
        case gk_key_mouse():
            var x: Int32 = 0, y: Int32 = 0
            let kinds: [Int32: MouseEvent.Kind] = [1: .click, 2: .wheelUp, 3: .wheelDown]
            guard let kind = kinds[gk_get_mouse(&x, &y)] else { return nil }
            return .mouse(MouseEvent(kind, x: Int(x), y: Int(y)))
        default: return Self.functionKey(code).map(EditorInput.key)
        }
    }

    /// A read failed. On a live terminal that is the input timeout; a terminal that is gone fails
    /// at once, every time: check the descriptors, and never retry a quick failure for ever.
    func noteFailedRead(since started: timespec) {
        var now = timespec()
        clock_gettime(CLOCK_MONOTONIC, &now)
        let elapsedMs = (now.tv_sec - started.tv_sec) * 1000 + (now.tv_nsec - started.tv_nsec) / 1_000_000
        quickFailures = elapsedMs < Int(Self.inputTimeout) / 2 ? quickFailures + 1 : 0
        if TerminalLink.isLost(fd: STDIN_FILENO) || TerminalLink.isLost(fd: STDOUT_FILENO) || quickFailures >= 50 {
            lost = true
        }
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

    static func characterKey(_ v: UInt32) -> Key? { EscapeScanner.characterKey(v) }
}
