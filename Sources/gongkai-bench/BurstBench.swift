import Foundation
import GongkaiCore
import GongkaiStore
import GongkaiTUI

/// 同事同时登记时的按键 — a keystroke in one workstation while `writers` colleagues add requests
/// as fast as they can and `sessions` workstations are open on the same workspace file (each its
/// own connection, its own thread, the real loop on a recording terminal polling for other
/// sessions' commits). Measured: from the key's arrival to its frame, in the measured session,
/// which also re-reads what the writers change (`WorkstationLoop`: a piece per pass, keys first).
enum BurstBench {
    final class Flag: @unchecked Sendable {
        private let lock = NSLock()
        private var value = false
        var isSet: Bool { lock.lock(); defer { lock.unlock() }; return value }
        func set() { lock.lock(); value = true; lock.unlock() }
    }

    final class Counter: @unchecked Sendable {
        private let lock = NSLock()
        private var value = 0
        func add() { lock.lock(); value += 1; lock.unlock() }
        var total: Int { lock.lock(); defer { lock.unlock() }; return value }
    }

    static func session(path: String) throws -> WorkstationLoop {
        let service = try BenchWorkspaces.service(path: path)
        let terminal = RecordingTerminal(width: FirstFrameProbe.width, height: FirstFrameProbe.height)
        let environment = LoopEnvironment(takeSignal: { nil }, pushedChanges: nil, now: Date.init, editor: { ($0, nil) })
        return Workstation.start(terminal: terminal, files: nil, service: service, environment: environment)
    }

    /// Returns the measured keystrokes' latency and how many requests the writers added.
    static func measure(path: String, writers: Int, sessions: Int, keys: Int) throws -> (latency: Latency, added: Int) {
        let stop = Flag(), added = Counter()
        let group = DispatchGroup()
        let writerServices = try (0..<writers).map { _ in try BenchWorkspaces.service(path: path) }
        for (w, service) in writerServices.enumerated() {
            nonisolated(unsafe) let service = service
            group.enter()
            Thread.detachNewThread {
                defer { group.leave() }
                var n = 0
                while !stop.isSet {
                    n += 1
                    if (try? service.addApplication(NewApplication(
                        received: service.today(), channel: .online, applicantType: .business,
                        applicantName: "基准写入\(w)-\(n)", content: "同时登记的申请 \(n)", unit: nil))) != nil { added.add() }
                }
            }
        }
        for _ in 0..<max(0, sessions - 1) {
            nonisolated(unsafe) let loop = try session(path: path)
            group.enter()
            Thread.detachNewThread {
                defer { group.leave() }
                while !stop.isSet {
                    _ = loop.step()
                    // An idle terminal waits for a key (200 ms in ncurses) unless pieces are queued.
                    if !loop.model.hasPendingReload { Thread.sleep(forTimeInterval: 0.2) }
                }
            }
        }
        let measured = try session(path: path)
        let terminal = measured.terminal as! RecordingTerminal
        measured.model.handle(.char("4"))
        var latency = Latency()
        for i in 0..<keys {
            // Keys come about every 50 ms; between them the loop idles, polls and re-reads.
            let until = Date().addingTimeInterval(0.05)
            while Date() < until {
                _ = measured.step()
                if !measured.model.hasPendingReload { Thread.sleep(forTimeInterval: 0.005) }
            }
            terminal.feed([.key(.char(i % 2 == 0 ? "j" : "k"))])
            let start = Latency.now()
            while !terminal.isDrained { _ = measured.step() }
            latency.record(nanoseconds: Latency.now() - start)
        }
        stop.set()
        group.wait()
        return (latency, added.total)
    }
}

extension BurstBench {
    /// The burst measured on each workspace (copies: the writers add to them), with a 目标 row each.
    static func section(o: BenchOptions, workspaces: [(String, String)], targets: inout [BenchTarget]) throws -> [String] {
        var lines = ["", "## 按键 → 帧：\(o.writers) 位同事同时登记申请，\(o.burstSessions) 个工作台打开（同一进程内各自的连接与线程）"]
        for (label, path) in workspaces {
            let r = try measure(path: path, writers: o.writers, sessions: o.burstSessions, keys: max(100, o.rounds * 40))
            lines.append("- \(label)：\(r.latency.summary)；期间新登记 \(r.added) 件")
            targets.append(BenchTarget(name: "写入高峰时的按键 p99（\(label)，\(o.writers) 写入，\(o.burstSessions) 会话）",
                                       measured: Latency.format(r.latency.p99) + " ms", baseline: "—",
                                       ratio: r.latency.p99, limit: 100, limitText: "≤ 100 ms"))
        }
        return lines
    }
}

/// 打开待办 — `i` opens the review inbox on the county workspace (`AppModel.handle` + render),
/// Esc closes it; only the opening is timed.
enum InboxBench {
    /// Where one opening's time goes (p50 of `runs`): the queue's plan, its first window, the
    /// status bar's count, and drawing the frame.
    static func parts(service: GongkaiService, runs: Int) throws -> [(String, Latency)] {
        var plan = Latency(), window = Latency(), count = Latency(), draw = Latency(), key = Latency(), close = Latency()
        let model = AppModel(width: FirstFrameProbe.width, height: FirstFrameProbe.height,
                             data: ServiceDataSource(service: service), workspaceDisplay: "bench")
        for _ in 0..<runs {
            var t = Latency.now()
            let p = try service.reviewPlan()
            plan.record(nanoseconds: Latency.now() - t)
            t = Latency.now()
            _ = try service.reviewWindow(p, offset: 0, limit: 40)
            window.record(nanoseconds: Latency.now() - t)
            t = Latency.now()
            _ = try service.reviewCount()
            count.record(nanoseconds: Latency.now() - t)
            t = Latency.now()
            model.handle(.char("i"))
            key.record(nanoseconds: Latency.now() - t)
            t = Latency.now()
            _ = AppView.render(model.state, keymap: model.keymap)
            draw.record(nanoseconds: Latency.now() - t)
            t = Latency.now()
            model.handle(.escape)
            close.record(nanoseconds: Latency.now() - t)
        }
        return [("计划 reviewPlan", plan), ("第一屏 reviewWindow", window), ("待办数 reviewCount", count),
                ("按 i（计划与第一屏）", key), ("画出 render", draw), ("Esc 关闭", close)]
    }

    static func measure(service: GongkaiService, runs: Int) -> Latency {
        let model = AppModel(width: FirstFrameProbe.width, height: FirstFrameProbe.height,
                             data: ServiceDataSource(service: service), workspaceDisplay: "bench")
        var latency = Latency()
        for run in 0..<(runs + 1) {
            let start = Latency.now()
            model.handle(.char("i"))
            _ = AppView.render(model.state, keymap: model.keymap)
            if run > 0 { latency.record(nanoseconds: Latency.now() - start) }   // the first warms the cache
            model.handle(.escape)
        }
        return latency
    }
}
