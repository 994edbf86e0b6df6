import CGongkaiSys
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// 经由服务的按键到帧 — the real `gongkai` on a pty (120×40), a key written to the terminal and
/// the time until the redrawn frame's first bytes come back: embedded (the program opens the
/// workspace itself) against the same workstation as a client of `gongkai serve` while `sessions`
/// workstations in all are connected to the service (the others idle). Both include ncurses and
/// the terminal; the difference is the service's relay (client → socket → service → pty → session
/// and back).
enum ServiceBench {
    struct Result {
        var embedded = Latency()
        var service = Latency()
        var sessions = 0
    }

    /// A program on a pty of our own.
    final class Terminal {
        let master: Int32
        let pid: pid_t

        init(_ argv: [String], environment: [String]) throws {
            var m: Int32 = -1, s: Int32 = -1
            guard gk_open_pty(&m, &s) == 0 else { throw BenchError("pty: \(String(cString: strerror(errno)))") }
            var size = winsize(ws_row: UInt16(FirstFrameProbe.height), ws_col: UInt16(FirstFrameProbe.width), ws_xpixel: 0, ws_ypixel: 0)
            _ = ioctl(m, UInt(TIOCSWINSZ), &size)
            var actions = posix_spawn_file_actions_t()
            posix_spawn_file_actions_init(&actions)
            defer { posix_spawn_file_actions_destroy(&actions) }
            for fd in Int32(0)...2 { posix_spawn_file_actions_adddup2(&actions, s, fd) }
            var attr = posix_spawnattr_t()
            posix_spawnattr_init(&attr)
            defer { posix_spawnattr_destroy(&attr) }
            var empty = sigset_t(), all = sigset_t()
            sigemptyset(&empty); sigfillset(&all)
            posix_spawnattr_setsigmask(&attr, &empty)
            posix_spawnattr_setsigdefault(&attr, &all)
            posix_spawnattr_setflags(&attr, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF | 0x80))
            let cArgs: [UnsafeMutablePointer<CChar>?] = argv.map { strdup($0) } + [nil]
            let cEnv: [UnsafeMutablePointer<CChar>?] = environment.map { strdup($0) } + [nil]
            defer { cArgs.forEach { free($0) }; cEnv.forEach { free($0) } }
            var p: pid_t = 0
            let rc = posix_spawn(&p, argv[0], &actions, &attr, cArgs, cEnv)
            close(s)
            guard rc == 0 else { close(m); throw BenchError("\(argv[0]): \(String(cString: strerror(rc)))") }
            master = m
            pid = p
        }

        /// Reads whatever arrives until the terminal has been quiet for `quietMs` (bounded by `limitMs`).
        @discardableResult
        func drain(quietMs: Int32, limitMs: Int = 60_000) -> Int {
            var total = 0
            var buffer = [UInt8](repeating: 0, count: 65536)
            let deadline = Latency.now() + UInt64(limitMs) * 1_000_000
            while Latency.now() < deadline {
                var p = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
                guard poll(&p, 1, quietMs) > 0 else { break }
                let n = buffer.withUnsafeMutableBytes { read(master, $0.baseAddress, $0.count) }
                if n <= 0 { break }
                total += n
            }
            return total
        }

        func send(_ text: String) {
            _ = Array(text.utf8).withUnsafeBytes { write(master, $0.baseAddress, $0.count) }
        }

        /// Writes `key` and returns the nanoseconds until the first bytes of the answer.
        func keyToFrame(_ key: String) -> UInt64? {
            let start = Latency.now()
            send(key)
            var p = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
            guard poll(&p, 1, 10_000) > 0 else { return nil }
            return Latency.now() - start
        }

        func quit() {
            send("q")
            drain(quietMs: 200, limitMs: 5_000)
            kill(-pid, SIGHUP)
            var status: Int32 = 0
            waitpid(pid, &status, 0)
            close(master)
        }
    }

    static func environment(server: String?, dir: String) -> [String] {
        ["PATH=/usr/bin:/bin", "TERM=xterm-256color", "LANG=C.UTF-8", "HOME=\(dir)",
         "XDG_CONFIG_HOME=\(dir)/no-config", "GONGKAI_SERVER=\(server ?? "none")"]
    }

    /// j and k over the 申请 list, `keys` of them.
    static func run(_ terminal: Terminal, keys: Int, into latency: inout Latency) {
        terminal.drain(quietMs: 500)
        terminal.send("4")
        terminal.drain(quietMs: 200)
        for i in 0..<keys {
            let key = (i / 20) % 2 == 0 ? "j" : "k"
            if let ns = terminal.keyToFrame(key) { latency.record(nanoseconds: ns) }
            terminal.drain(quietMs: 15)
        }
    }

    static func measure(gongkai: String, workspace: String, dir: String, sessions: Int, keys: Int) throws -> Result {
        var result = Result()
        // The service needs the workspace's directory and file to be this account's alone.
        chmod((workspace as NSString).deletingLastPathComponent, 0o700)
        chmod(workspace, 0o600)
        let embedded = try Terminal([gongkai, "--workspace", workspace], environment: environment(server: nil, dir: dir))
        run(embedded, keys: keys, into: &result.embedded)
        embedded.quit()

        let socket = dir + "/service-bench.sock"
        let serve = try Terminal([gongkai, "serve", "--workspace", workspace, "--socket", socket],
                                 environment: environment(server: nil, dir: dir))
        defer {
            kill(serve.pid, SIGTERM)
            var status: Int32 = 0
            waitpid(serve.pid, &status, 0)
            close(serve.master)
        }
        for _ in 0..<200 where !FileManager.default.fileExists(atPath: socket) { usleep(50_000) }
        // The other sessions: open workstations, idle, their output read in the background.
        var others: [Terminal] = []
        for _ in 0..<max(0, sessions - 1) {
            let t = try Terminal([gongkai], environment: environment(server: socket, dir: dir))
            t.drain(quietMs: 300)
            others.append(t)
        }
        let stop = NSLock()
        nonisolated(unsafe) var running = true
        let masters = others.map(\.master)
        let drainer = Thread {
            var buffer = [UInt8](repeating: 0, count: 65536)
            while stop.withLock({ running }) {
                var fds = masters.map { pollfd(fd: $0, events: Int16(POLLIN), revents: 0) }
                guard poll(&fds, nfds_t(fds.count), 100) > 0 else { continue }
                for f in fds where f.revents & Int16(POLLIN) != 0 {
                    _ = buffer.withUnsafeMutableBytes { read(f.fd, $0.baseAddress, $0.count) }
                }
            }
        }
        drainer.start()
        let client = try Terminal([gongkai], environment: environment(server: socket, dir: dir))
        run(client, keys: keys, into: &result.service)
        result.sessions = others.count + 1
        client.quit()
        stop.withLock { running = false }
        usleep(200_000)
        for t in others { t.quit() }
        return result
    }
}
