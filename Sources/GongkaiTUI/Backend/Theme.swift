import CNcurses

/// 配色（终端） — a ThemeSpec turned into curses attributes and colour pairs.
struct Theme {
    struct Look {
        var attrs: attr_t
        var pair: Int16
    }

    private var looks: [StyleRole: Look] = [:]

    func look(_ role: StyleRole) -> Look { looks[role] ?? Look(attrs: gk_a_normal(), pair: 0) }

    /// Builds the looks; colour pairs are initialised only when `colors` is true.
    static func make(_ spec: ThemeSpec, colors: Bool) -> Theme {
        var t = Theme()
        var pairs: [String: Int16] = [:]
        for role in StyleRole.allCases {
            let l = spec.look(role)
            var attrs = gk_a_normal()
            for a in l.attributes {
                switch a {
                case .bold: attrs |= gk_a_bold()
                case .reverse: attrs |= gk_a_reverse()
                case .underline: attrs |= gk_a_underline()
                case .dim: attrs |= gk_a_dim()
                }
            }
            var pair: Int16 = 0
            if colors, l.foreground != .terminalDefault || l.background != .terminalDefault {
                let fg = Int16(l.foreground.index), bg = Int16(l.background.index)
                let key = "\(fg),\(bg)"
                if let existing = pairs[key] {
                    pair = existing
                } else if Int32(pairs.count + 1) < gk_color_pairs() {
                    pair = Int16(pairs.count + 1)
                    init_pair(pair, fg, bg)
                    pairs[key] = pair
                }
            }
            t.looks[role] = Look(attrs: attrs, pair: pair)
        }
        return t
    }
}
