import GongkaiStore
import GongkaiTUI

/// 按键到帧 — keystroke → frame latency in each pane: `AppModel.handle` plus `AppView.render`,
/// the work the workstation does between reading a key and handing the grid to ncurses.
enum KeystrokeBench {
    /// The keys an officer scrolls with: j/k, half pages, G and g.
    static func script(rounds: Int) -> [(String, Key)] {
        var keys: [(String, Key)] = []
        for _ in 0..<rounds {
            keys += Array(repeating: ("j", Key.char("j")), count: 60)
            keys += Array(repeating: ("k", Key.char("k")), count: 30)
            keys += Array(repeating: ("C-d", Key.ctrl("d")), count: 10)
            keys += Array(repeating: ("C-u", Key.ctrl("u")), count: 5)
            keys += [("G", .char("G")), ("k", .char("k")), ("k", .char("k")), ("g", .char("g"))]
        }
        return keys
    }

    struct PaneResult {
        var pane: PaneKind
        var rows: Int
        var all = Latency()
        var byKey: [String: Latency] = [:]
    }

    static func measure(service: GongkaiService, rounds: Int) -> [PaneResult] {
        let model = AppModel(width: FirstFrameProbe.width, height: FirstFrameProbe.height,
                             data: ServiceDataSource(service: service), workspaceDisplay: "bench")
        var results: [PaneResult] = []
        for (i, pane) in PaneKind.allCases.enumerated() {
            model.handle(.char(Character(String(i + 1))))
            var result = PaneResult(pane: pane, rows: model.state.lists[pane]?.count ?? 0)
            // Warm-up: the first pass fills SQLite's page cache, as the first minutes of a session do.
            for (_, key) in script(rounds: 1) {
                model.handle(key)
                _ = AppView.render(model.state, keymap: model.keymap)
            }
            for (name, key) in script(rounds: rounds) {
                let start = Latency.now()
                model.handle(key)
                let frame = AppView.render(model.state, keymap: model.keymap)
                let ns = Latency.now() - start
                precondition(frame.grid.height == FirstFrameProbe.height)
                result.all.record(nanoseconds: ns)
                result.byKey[name, default: Latency()].record(nanoseconds: ns)
            }
            results.append(result)
        }
        return results
    }
}
