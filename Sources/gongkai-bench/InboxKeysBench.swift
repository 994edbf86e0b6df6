import GongkaiStore
import GongkaiTUI

/// 待办箱中的 j — keystroke → frame in the open inbox (`AppModel.handle` + `AppView.render`) at
/// scroll positions spread over the whole queue: half pages (C-d, not measured) bring the cursor to
/// each of `stops` places, then `j` is pressed past the screen's bottom edge and measured.
enum InboxKeysBench {
    static func measure(service: GongkaiService, stops: Int = 8, keysPerStop: Int = 60) -> (latency: Latency, items: Int) {
        let model = AppModel(width: FirstFrameProbe.width, height: FirstFrameProbe.height,
                             data: ServiceDataSource(service: service), workspaceDisplay: "bench")
        model.handle(.char("i"))
        _ = AppView.render(model.state, keymap: model.keymap)
        let items = model.state.inbox?.count ?? 0
        var latency = Latency()
        let halfPage = max(1, (FirstFrameProbe.height - 6) / 2)
        var position = 0
        for stop in 0..<stops {
            let target = items * stop / max(1, stops)
            while position + halfPage <= target {
                model.handle(.ctrl("d"))
                position += halfPage
            }
            for _ in 0..<keysPerStop {
                let start = Latency.now()
                model.handle(.char("j"))
                _ = AppView.render(model.state, keymap: model.keymap)
                latency.record(nanoseconds: Latency.now() - start)
            }
            position += keysPerStop
        }
        model.handle(.escape)
        return (latency, items)
    }
}
