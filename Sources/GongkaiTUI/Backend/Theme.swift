import CNcurses

/// 配色 — turns style roles into curses attributes and colour pairs. With fewer than 8 colours
/// (or none), roles stay distinguishable by bold, reverse, underline and dim alone.
struct Theme {
    struct Look {
        var attrs: attr_t
        var pair: Int16
    }

    private var looks: [StyleRole: Look] = [:]

    func look(_ role: StyleRole) -> Look { looks[role] ?? Look(attrs: gk_a_normal(), pair: 0) }

    /// Initialises colour pairs when the terminal has colours; otherwise attributes only.
    static func make(colors: Bool) -> Theme {
        var t = Theme()
        let bold = gk_a_bold(), rev = gk_a_reverse(), under = gk_a_underline(), dim = gk_a_dim()
        let none = gk_a_normal()
        // Monochrome looks: also the attribute half of the colour looks.
        let mono: [StyleRole: attr_t] = [
            .normal: none, .appTitle: bold | rev, .tabActive: bold | rev, .tabInactive: none,
            .paneTitle: under, .paneTitleFocused: bold | rev, .columnHeader: bold | under,
            .selection: rev | bold, .selectionUnfocused: under, .statusBar: rev,
            .message: none, .error: bold | under, .urgent: bold, .warning: under,
            .muted: dim, .overlay: none, .overlayTitle: bold | rev,
        ]
        guard colors else {
            for (role, a) in mono { t.looks[role] = Look(attrs: a, pair: 0) }
            return t
        }
        // Pairs: foreground, background (-1 = the terminal's default, via use_default_colors).
        let pairs: [(StyleRole, Int16, Int16, attr_t)] = [
            (.appTitle, Int16(COLOR_WHITE), Int16(COLOR_BLUE), bold),
            (.tabActive, Int16(COLOR_BLACK), Int16(COLOR_CYAN), bold),
            (.paneTitleFocused, Int16(COLOR_BLACK), Int16(COLOR_CYAN), bold),
            (.paneTitle, Int16(COLOR_CYAN), -1, under),
            (.columnHeader, Int16(COLOR_YELLOW), -1, bold),
            (.selection, Int16(COLOR_BLACK), Int16(COLOR_WHITE), bold),
            (.statusBar, Int16(COLOR_WHITE), Int16(COLOR_BLUE), none),
            (.error, Int16(COLOR_RED), -1, bold),
            (.urgent, Int16(COLOR_RED), -1, bold),
            (.warning, Int16(COLOR_YELLOW), -1, none),
            (.overlayTitle, Int16(COLOR_BLACK), Int16(COLOR_YELLOW), bold),
            (.message, Int16(COLOR_GREEN), -1, none),
        ]
        for (role, a) in mono { t.looks[role] = Look(attrs: a, pair: 0) }
        for (i, p) in pairs.enumerated() {
            let n = Int16(i + 1)
            guard Int32(n) < gk_color_pairs() else { break }
            init_pair(n, p.1, p.2)
            t.looks[p.0] = Look(attrs: p.3, pair: n)
        }
        return t
    }
}
