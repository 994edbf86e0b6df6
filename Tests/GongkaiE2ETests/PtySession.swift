import Foundation
import GongkaiTestSupport
import Testing

/// Runs the real binary on a pseudo-terminal the test owns (no tmux in between), for what tmux
/// cannot show: a terminal in another encoding (GB18030), and a terminal that disappears
/// without a SIGHUP. The program starts in a session of its own with the pty NOT as its
/// controlling terminal — as under `su -c` or `runuser` — so closing the master sends it no
/// signal at all.
final class PtySession {
    let pid: pid_t
    private(set) var master: Int32
    /// Everything the program wrote so far (escape sequences included).
    private(set) var output = Data()
    private(set) var status: Int32?
    private(set) var usage = rusage()

    init(home: String, environment: [String: String], arguments: [String], width: Int = 80, height: Int = 24) throws {
        // posix_openpt/unlockpt/ptsname by hand (Swift's Glibc lacks them): /dev/ptmx, then
        // TIOCSPTLCK 0 and TIOCGPTN.
        master = open("/dev/ptmx", O_RDWR | O_NOCTTY | O_CLOEXEC)   // no other child may keep it open
        var unlock: Int32 = 0, number: UInt32 = 0
        guard master >= 0, ioctl(master, UInt(0x4004_5431), &unlock) == 0,
              ioctl(master, UInt(0x8004_5430), &number) == 0 else {
            throw E2EError("no pseudo-terminal: \(String(cString: strerror(errno)))")
        }
        let slave = "/dev/pts/\(number)"
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        for fd: Int32 in [0, 1, 2] { posix_spawn_file_actions_addopen(&actions, fd, slave, O_RDWR | O_NOCTTY, 0) }
        var attr = posix_spawnattr_t()
        posix_spawnattr_init(&attr)
        defer { posix_spawnattr_destroy(&attr) }
        var empty = sigset_t(), all = sigset_t()
        sigemptyset(&empty); sigfillset(&all)
        posix_spawnattr_setsigmask(&attr, &empty)
        posix_spawnattr_setsigdefault(&attr, &all)
        // A new session (POSIX_SPAWN_SETSID) without a controlling terminal.
        posix_spawnattr_setflags(&attr, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF | 0x80))
        var env = ["HOME": home, "PATH": "/usr/bin:/bin", "TERM": "xterm-256color", "LANG": "C.UTF-8",
                   "XDG_CONFIG_HOME": home + "/config"]
        env.merge(environment) { _, new in new }
        // The window size is set on the terminal before the program starts (stty on its stdin).
        let program = "stty rows \(height) cols \(width) && exec " + ([try TmuxSession.binary()] + arguments).map(shellQuote).joined(separator: " ")
        let args: [String] = ["/bin/sh", "-c", program]
        let argv: [UnsafeMutablePointer<CChar>?] = args.map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        let envp: [UnsafeMutablePointer<CChar>?] = env.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { envp.forEach { free($0) } }
        var child: pid_t = 0
        let rc = posix_spawn(&child, "/bin/sh", &actions, &attr, argv, envp)
        guard rc == 0 else { throw E2EError("cannot start the program: \(String(cString: strerror(rc)))") }
        pid = child
    }

    deinit {
        if status == nil { kill(pid, SIGKILL); _ = reap(wait: true) }
        if master >= 0 { close(master) }
    }

    /// Reads whatever the program wrote within `milliseconds`.
    func drain(milliseconds: Int32 = 50) {
        guard master >= 0 else { return }
        var p = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
        var buffer = [UInt8](repeating: 0, count: 65536)
        while poll(&p, 1, milliseconds) > 0, p.revents & Int16(POLLIN) != 0 {
            let n = read(master, &buffer, buffer.count)
            if n <= 0 { return }
            output.append(contentsOf: buffer[0..<n])
        }
    }

    /// Waits until the output contains `bytes` (after `from`), reading as it goes.
    @discardableResult
    func waitFor(_ bytes: Data, from: Int = 0, what: String, timeout: Double = 20) async throws -> Int {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            // Reads what is there, then the task (not the runner's thread) sleeps.
            drain(milliseconds: 0)
            if output.range(of: bytes, in: min(from, output.count)..<output.count) == nil { await taskSleep(seconds: 0.03) }
            drain(milliseconds: 0)
            if let r = output.range(of: bytes, in: min(from, output.count)..<output.count) { return r.upperBound }
            if reap(wait: false) { break }
        }
        drain(milliseconds: 0)   // once more at the deadline (a test resumed late)
        if let r = output.range(of: bytes, in: min(from, output.count)..<output.count) { return r.upperBound }
        throw E2EError("timed out waiting for \(what); the program wrote \(output.count) bytes, ending "
                       + String(decoding: output.suffix(300), as: UTF8.self).debugDescription)
    }

    func waitFor(utf8 text: String, from: Int = 0, timeout: Double = 20) async throws -> Int {
        try await waitFor(Data(text.utf8), from: from, what: "“\(text)”", timeout: timeout)
    }

    /// Writes bytes as a terminal emulator does when keys are pressed.
    func send(_ bytes: Data) {
        bytes.withUnsafeBytes { p in _ = write(master, p.baseAddress, p.count) }
        drain(milliseconds: 20)
    }

    func send(_ text: String) { send(Data(text.utf8)) }

    /// Closes the terminal: the master side goes away, as when tmux or sshd is killed.
    func hangUp() {
        close(master)
        master = -1
    }

    /// CPU time (user + system) the running program has used so far, from /proc/PID/stat.
    func cpuSeconds() -> Double? {
        guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
              let close = stat.lastIndex(of: ")") else { return nil }
        let fields = stat[stat.index(after: close)...].split(separator: " ")
        // Fields after the command: state is 3, utime 14, stime 15 (1-based in proc(5)).
        guard fields.count > 13, let u = Double(fields[11]), let s = Double(fields[12]) else { return nil }
        return (u + s) / Double(sysconf(Int32(_SC_CLK_TCK)))
    }

    /// Reaps the program if it has ended (or waits for it); true once it has.
    @discardableResult
    func reap(wait: Bool) -> Bool {
        if status != nil { return true }
        var s: Int32 = 0
        var ru = rusage()
        let r = wait4(pid, &s, wait ? 0 : WNOHANG, &ru)
        guard r == pid else { return false }
        status = (s & 0x7f) == 0 ? (s >> 8) & 0xff : 128 + (s & 0x7f)
        usage = ru
        return true
    }

    /// CPU seconds of the reaped program (user + system).
    var totalCPUSeconds: Double {
        Double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) + Double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6
    }
}
