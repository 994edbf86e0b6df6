import GongkaiCore

/// 命令补全 — while the officer types the command word after `:`, the commands whose name or
/// alias starts with it are listed above the command line (name, alias, summary in the interface
/// language), narrowing per keystroke. `complete` / `complete-prev` (Tab / S-Tab by default) put
/// the next or previous candidate into the line — the list keeps the word that was typed — and
/// Enter runs the line as it stands. Editing the line starts a new list from what is typed.
enum CommandCompletion {
    /// One listed command: the spec and the word the line takes when it is picked (its name, or
    /// the alias that matched what was typed).
    struct Candidate: Equatable {
        var spec: CommandSpec
        var word: String
    }

    /// Candidate rows shown at most (the list scrolls to keep the picked one on screen).
    static let maxRows = 8

    /// The prompt's own commands are keys of the prompt, not commands to type at it.
    static var hidden: Set<String> { Set(CommandLineView.commands.map(\.name) + ["command-line"]) }

    /// The commands of views that are closed and whose commands mean something only while they
    /// are open (the body editor's, the reader's), unless another view also runs them.
    static func closedOnly(_ state: AppState?) -> Set<String> {
        guard let state else { return [] }
        let views = ViewStack.views
        let closed = views.filter { $0.commandsOnlyWhileOpen && !$0.isOpen(state) }.flatMap { $0.commands.map(\.name) }
        let kept = views.filter { !$0.commandsOnlyWhileOpen || $0.isOpen(state) }.flatMap { $0.commands.map(\.name) }
        return Set(closed).subtracting(kept)
    }

    /// The commands whose name or an alias starts with `word`, each once, sorted by the word
    /// shown; an exact match comes first. Every command that can run here for an empty word.
    static func candidates(for word: String, state: AppState? = nil) -> [Candidate] {
        var seen = Set<String>()
        var found: [Candidate] = []
        let hidden = hidden.union(closedOnly(state))
        for spec in Commands.all where !hidden.contains(spec.name) && !seen.contains(spec.name) {
            let match = spec.name.hasPrefix(word) ? spec.name : spec.aliases.first { $0.hasPrefix(word) }
            guard let match else { continue }
            seen.insert(spec.name)
            found.append(Candidate(spec: spec, word: match))
        }
        return found.sorted { a, b in
            if (a.word == word) != (b.word == word) { return a.word == word }
            return a.word < b.word
        }
    }

    /// The word the list is for: what was typed before the first pick, else the line while it is
    /// still one word. Nil once an argument is being typed (no list then).
    static func listedWord(_ line: CommandLineState) -> String? {
        if let pick = line.pick { return pick.typed }
        return line.text.contains(" ") ? nil : line.text
    }

    /// Tab (`forward`) or S-Tab: a single candidate completes the word (with the space before an
    /// argument); several put the next or previous one into the line, wrapping around.
    static func step(_ line: inout CommandLineState, forward: Bool, state: AppState? = nil) {
        guard let word = listedWord(line) else { return }
        let options = candidates(for: word, state: state)
        guard !options.isEmpty else { return }
        if line.pick == nil, options.count == 1 {
            line.text = options[0].word + " "
            line.caret = line.text.count
            return
        }
        let n = options.count
        let index = line.pick.map { (($0.index + (forward ? 1 : -1)) % n + n) % n } ?? (forward ? 0 : n - 1)
        line.pick = CommandLineState.Pick(typed: word, index: index)
        line.text = options[index].word
        line.caret = line.text.count
    }

    /// The first listed row: the window of `maxRows` that keeps the pick on screen.
    static func firstShown(pick: Int?, count: Int, rows: Int) -> Int {
        guard let pick, count > rows else { return 0 }
        return min(max(0, pick - rows + 1), count - rows)
    }

    /// Draws the list on the rows just above the command line (a header row, then the
    /// candidates); only those rows change from one keystroke to the next.
    static func draw(_ grid: inout CellGrid, line: CommandLineState, row: Int, keymap: Keymap, state: AppState? = nil) {
        guard let word = listedWord(line) else { return }
        let options = candidates(for: word, state: state)
        let room = max(0, row - 2)                      // keep the tab bar and one pane row
        let rows = min(maxRows, options.count, max(0, room - 1))
        let top = row - 1 - max(1, rows)                // the header row
        guard top >= 1 else { return }
        let T = TUIText.Completion.self
        grid.fill(x: 0, y: top, count: grid.width, style: .overlayTitle)
        guard !options.isEmpty else {
            grid.put(" " + T.noMatch.text([word]), x: 0, y: top, maxWidth: grid.width, style: .overlayTitle)
            return
        }
        let first = firstShown(pick: line.pick?.index, count: options.count, rows: rows)
        let position = options.count > rows ? T.position.text(["\(first + 1)", "\(first + rows)", "\(options.count)"])
                                            : T.count.text(["\(options.count)"])
        let keys = T.keys.text([keyNames("complete", keymap), keyNames("complete-prev", keymap),
                                keyNames("submit", keymap), keyNames("cancel", keymap, limit: 1)])
        grid.put(" " + position + "  " + keys, x: 0, y: top, maxWidth: grid.width, style: .overlayTitle)
        let shown = Array(options[first..<(first + rows)])
        let nameWidth = min(24, shown.map { TextWidth.of($0.spec.name) }.max() ?? 0)
        let aliasWidth = min(12, shown.map { TextWidth.of(alias(of: $0)) }.max() ?? 0)
        for (i, candidate) in shown.enumerated() {
            let y = top + 1 + i
            let style: StyleRole = first + i == line.pick?.index ? .selection : .overlay
            grid.fill(x: 0, y: y, count: grid.width, style: style)
            var x = 1
            x += grid.put(TextWidth.pad(candidate.spec.name, to: nameWidth), x: x, y: y, maxWidth: nameWidth, style: style) + 2
            if aliasWidth > 0 {
                x += grid.put(TextWidth.pad(alias(of: candidate), to: aliasWidth), x: x, y: y, maxWidth: aliasWidth, style: style) + 2
            }
            grid.put(TextWidth.truncate(candidate.spec.summary, to: max(0, grid.width - x)), x: x, y: y, style: style)
        }
    }

    /// The alias shown beside the name: the one that matched, else the first the help shows.
    static func alias(of candidate: Candidate) -> String {
        candidate.word != candidate.spec.name ? candidate.word : (candidate.spec.shownAliases.first ?? "")
    }

    /// The keys bound to `command` at the prompt, as the hint names them (`Tab`, `Tab/C-n` when rebound).
    static func keyNames(_ command: String, _ keymap: Keymap, limit: Int = 2) -> String {
        let names = keymap.bindings.filter { $0.scope == .commandLine && $0.command == command }.prefix(limit).map(\.key.name)
        return names.isEmpty ? ":" + command : names.joined(separator: "/")
    }
}
