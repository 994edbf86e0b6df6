import GongkaiCore

/// 统计视图的按键与命令 — `:stats [year] [unit]` opens it; while open `[`/`]` (or h/l, Left/Right)
/// change the year, `u` steps through the units (county office), j/k scroll, `r` recounts,
/// Esc or q closes.
enum StatisticsController: WorkstationView {
    static let id = ViewID.statistics

    static var commands: [CommandSpec] {
        [
            CommandSpec(name: "stats", aliases: ["统计"], summary: TUIText.Statistics.commandSummary, takesArgument: true),
            CommandSpec(name: "stats-prev-year", aliases: ["上一年"], summary: TUIText.ViewCommands.statsPrevYear, takesArgument: false),
            CommandSpec(name: "stats-next-year", aliases: ["下一年"], summary: TUIText.ViewCommands.statsNextYear, takesArgument: false),
            CommandSpec(name: "stats-unit", aliases: ["切换单位"], summary: TUIText.ViewCommands.statsUnit, takesArgument: false),
        ]
    }

    static var bindings: [Keymap.Binding] {
        Keymap.scoped(.statistics, [("Esc", "close"), ("q", "close"), ("Space", "page-next"),
                                    ("[", "stats-prev-year"), ("h", "stats-prev-year"), ("Left", "stats-prev-year"),
                                    ("]", "stats-next-year"), ("l", "stats-next-year"), ("Right", "stats-next-year"),
                                    ("u", "stats-unit"), ("r", "reload")])
    }

    static func isOpen(_ state: AppState) -> Bool { state.statistics != nil }
    static func scrollsWithWheel(_ state: AppState) -> Bool { true }
    static func close(model: AppModel) { model.state.statistics = nil }

    static func draw(_ grid: inout CellGrid, state: AppState, keymap: Keymap) -> (x: Int, y: Int)? {
        StatisticsView.draw(&grid, state: state)
        return nil
    }

    static func open(_ command: CommandLine, model: AppModel) -> Bool {
        guard command.name == "stats" else { return false }
        guard model.data is StatisticsDataSource else {
            model.error(TUIText.Statistics.unsupported.text())
            return true
        }
        let words = (command.argument ?? "").split(separator: " ", maxSplits: 1).map(String.init)
        var year = model.state.today.year
        var unit: String?
        if let first = words.first {
            if let y = Int(first) {
                year = y
                unit = words.count > 1 ? words[1] : nil
            } else {
                unit = command.argument      // `:stats 河西乡` — this year
            }
        }
        model.request(.read(.statistics(year: year, unit: unit, scroll: 0)))
        return true
    }

    /// Shows the figures of `year` for `unit` (performed by the loop). When they cannot be counted
    /// the view shown before (or none) stays and the message line says why.
    static func show(year: Int, unit: String?, scroll: Int, model: AppModel) {
        let previous = model.state.statistics
        var view = StatisticsViewState(year: year, unit: unit)
        view.scroll = scroll
        model.state.statistics = view
        reload(model: model)
        if model.state.statistics?.result == nil {
            model.state.statistics = previous
        } else {
            model.state.report = nil          // the report's keys would otherwise come first
        }
    }

    /// `u`: the next unit of those the officer may count, round the list (performed by the loop).
    static func showNextUnit(model: AppModel) {
        guard var view = model.state.statistics else { return }
        let units = (try? (model.data as? StatisticsDataSource)?.statisticsUnits()) ?? []
        guard !units.isEmpty else { return model.error(TUIText.Statistics.ownUnitOnly.text()) }
        // Step from the unit shown now (nil = every unit) to the next one, round the list.
        let current = view.result?.unitId
        let i = units.firstIndex { $0?.id == current } ?? 0
        let next = units[(i + 1) % units.count]
        view.unit = next?.id ?? "county"
        view.scroll = 0
        model.state.statistics = view
        reload(model: model)
        model.state.message = StatusMessage(text: TUIText.Statistics.unitShown.text([next?.name ?? TUIText.Statistics.allUnits.text()]),
                                            isError: false)
    }

    /// Recounts the open view; on an error the view keeps its last figures and says why.
    static func reload(model: AppModel) {
        guard var view = model.state.statistics, let source = model.data as? StatisticsDataSource else { return }
        do {
            view.result = try source.yearStatistics(year: view.year, unit: view.unit)
            model.state.statistics = view
        } catch {
            model.error("\(error)")
        }
        clampScroll(model)
    }

    static func lines(_ state: AppState) -> [StatisticsChart.Line] {
        guard let s = state.statistics?.result else { return [] }
        return StatisticsChart.lines(s, width: max(20, state.width - 2), glyphs: state.barGlyphs,
                                     labels: TUIText.Statistics.labels(), measure: { TextWidth.of($0) })
    }

    static func clampScroll(_ model: AppModel) {
        guard var view = model.state.statistics else { return }
        let h = StatisticsView.bodyHeight(model.state)
        view.scroll = max(0, min(view.scroll, max(0, lines(model.state).count - h)))
        model.state.statistics = view
    }

    static func perform(_ command: CommandLine, model: AppModel) -> Bool {
        guard var view = model.state.statistics else { return false }
        let page = max(1, StatisticsView.bodyHeight(model.state) - 1)
        if let motion = ViewMotion(command: command.name) {
            view.scroll = motion.apply(to: view.scroll, page: page, last: Int.max / 2)
            model.state.statistics = view
            clampScroll(model)
            return true
        }
        switch command.name {
        case "close":
            close(model: model)
            return true
        case "page-next": view.scroll += page
        case "stats-prev-year", "stats-next-year":
            // Counted by the loop; the year shown stays when the other cannot be counted.
            model.state.message = nil
            model.request(.read(.statistics(year: view.year + (command.name == "stats-prev-year" ? -1 : 1),
                                            unit: view.unit, scroll: view.scroll)))
            return true
        case "stats-unit":
            model.request(.read(.statisticsNextUnit))
            return true
        case "reload":
            model.request(.loadView(.statistics))
            model.state.message = StatusMessage(text: TUIText.Statistics.refreshed.text(), isError: false)
            return true
        default:
            return false
        }
        model.state.statistics = view
        clampScroll(model)
        return true
    }
}
