import Foundation
import GongkaiTestSupport
import Synchronization
import Testing

/// Drives the real `gongkai` binary inside a private tmux server (LANG=C.UTF-8, fixed size),
/// the way an officer meets it over SSH.
final class TmuxSession {
    let socket = "gongkai-e2e-\(getpid())-\(UUID().uuidString.prefix(8))"
    let home: String

    /// `directory`: the program's working directory (where it writes `letters/`); the runner's when nil.
    init(width: Int, height: Int, home: String, environment: [String: String] = [:],
         arguments: [String] = [], directory: String? = nil) async throws {
        self.home = home
        var env = ["LANG": "C.UTF-8", "LC_ALL": "", "HOME": home, "TERM": "xterm-256color"]
        env.merge(environment) { _, new in new }
        let envArgs = env.sorted { $0.key < $1.key }.map { "\($0.key)=\(shellQuote($0.value))" }
        // A clean slate: nothing from the runner's environment decides the workspace or colours.
        let unset = ["GONGKAI_WORKSPACE", "XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_STATE_HOME", "NO_COLOR", "LC_MESSAGES"]
            .filter { environment[$0] == nil }
        let program = (["env"] + unset.flatMap { ["-u", $0] } + envArgs
                       + [shellQuote(try TmuxSession.binary())] + arguments.map(shellQuote)).joined(separator: " ")
        // The shell stays after the program ends and prints its exit status for us to read.
        // At most `slots.limit` programs on screens at once (the suite starts every test together);
        // a test that waited two minutes goes on without a slot rather than wait forever.
        holdsSlot = await TmuxSession.slots.acquire(timeout: 120)
        let command = "sh -c " + shellQuote(program + "; s=$?; echo; echo \(TmuxSession.exitMarker)$s; sleep 600")
        try await tmux(["-f", "/dev/null", "new-session", "-d", "-x", "\(width)", "-y", "\(height)"]
                 + (directory.map { ["-c", $0] } ?? []) + [command])
    }

    /// Whether this session holds one of the `SessionSlots`.
    private var holdsSlot = false

    deinit {
        if holdsSlot { TmuxSession.slots.release() }
        _ = try? runProcessBlocking(try TmuxSession.tmuxPath(), ["-L", socket, "kill-server"]) }

    /// The built binary: next to the test bundle, or in .build/debug of the package.
    static func binary() throws -> String {
        let fm = FileManager.default
        let runner = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        var candidates = [runner.appendingPathComponent("gongkai").path]
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        candidates.append(root.appendingPathComponent(".build/debug/gongkai").path)
        if let found = candidates.first(where: { fm.isExecutableFile(atPath: $0) }) { return found }
        throw E2EError("gongkai binary not found in \(candidates)")
    }

    /// Runs tmux on our private socket.
    @discardableResult
    func tmux(_ args: [String]) async throws -> String {
        let result = try await runProcess(try TmuxSession.tmuxPath(), ["-L", socket] + args)
        guard result.status == 0 else {
            throw E2EError("tmux \(args.joined(separator: " ")) failed: \(result.error)")
        }
        return result.output
    }

    static func tmuxPath() throws -> String {
        for p in ["/usr/bin/tmux", "/usr/local/bin/tmux", "/bin/tmux"] where FileManager.default.isExecutableFile(atPath: p) {
            return p
        }
        throw E2EError("tmux is not installed: the end-to-end tests need it (.ci/run installs it)")
    }

    func capture() async throws -> [String] {
        try await tmux(["capture-pane", "-p", "-t", "0"]).components(separatedBy: "\n")
    }

    /// Sends tmux key names (Tab, Escape, Enter, BTab …) one by one.
    func keys(_ names: String...) async throws {
        for n in names { try await tmux(["send-keys", "-t", "0", n]) }
    }

    /// Types text literally (Chinese included), as an input method would deliver it.
    func type(_ text: String) async throws {
        try await tmux(["send-keys", "-t", "0", "-l", text])
    }

    func resize(width: Int, height: Int) async throws {
        try await tmux(["resize-window", "-t", "0", "-x", "\(width)", "-y", "\(height)"])
    }

    static let exitMarker = "gongkai-exit-status="

    /// The program's exit status once it has ended (the wrapper shell prints it), else nil.
    func exitStatus() async throws -> Int? {
        for line in try await capture() where line.hasPrefix(TmuxSession.exitMarker) {
            return Int(line.dropFirst(TmuxSession.exitMarker.count).trimmingCharacters(in: .whitespaces))
        }
        return nil
    }

    /// The pid of the gongkai process (the child of the wrapper shell in the pane).
    func programPID() async throws -> pid_t {
        let shell = try await tmux(["display-message", "-p", "-t", "0", "#{pane_pid}"]).trimmingCharacters(in: .whitespacesAndNewlines)
        let children = try String(contentsOfFile: "/proc/\(shell)/task/\(shell)/children", encoding: .utf8)
        guard let first = children.split(separator: " ").first, let pid = pid_t(first) else {
            throw E2EError("no program running in the pane")
        }
        return pid
    }

    /// Polls the screen until `condition` holds (up to `timeout` seconds); returns the last screen.
    @discardableResult
    func waitFor(_ what: String, timeout: Double = 15, _ condition: ([String]) async throws -> Bool) async throws -> [String] {
        let deadline = Date().addingTimeInterval(timeout)
        var last: [String] = []
        while Date() < deadline {
            last = try await capture()
            if try await condition(last) {
                // A frame may be caught half written on a loaded machine: wait until the
                // screen stops changing, and check again.
                await taskSleep(seconds: 0.08)
                let settled = try await capture()
                if settled == last { return settled }
                if try await condition(settled) { return settled }
                last = settled
            }
            await taskSleep(seconds: 0.1)
        }
        // Asked once more at the deadline: a test resumed late (the runner's threads busy with
        // other tests) still sees the screen that came in time.
        last = try await capture()
        if try await condition(last) { return last }
        throw E2EError("timed out waiting for \(what); screen was:\n" + last.joined(separator: "\n"))
    }

    @discardableResult
    func waitForText(_ text: String, timeout: Double = 15) async throws -> [String] {
        try await waitFor("“\(text)”", timeout: timeout) { $0.contains { $0.contains(text) } }
    }
}

/// A counting semaphore for tmux sessions: `acquire` polls with a deadline (no test can hang on it).
final class SessionSlots: Sendable {
    let limit: Int
    private let free: Mutex<Int>

    init(limit: Int) {
        self.limit = limit
        free = Mutex(limit)
    }

    /// Takes a slot, waiting up to `timeout` seconds; false when none came free in time.
    func acquire(timeout: TimeInterval) async -> Bool {
        await waitUntil(timeout: timeout, every: 0.05) { () async -> Bool in
            free.withLock { n in
                guard n > 0 else { return false }
                n -= 1
                return true
            }
        }
    }

    func release() { free.withLock { $0 += 1 } }
}

extension TmuxSession {
    /// GONGKAI_TEST_TMUX_SESSIONS sets how many sessions may run at once (6 when unset).
    static let slots = SessionSlots(limit: ProcessInfo.processInfo.environment["GONGKAI_TEST_TMUX_SESSIONS"].flatMap(Int.init) ?? 6)
}

struct E2EError: Error, CustomStringConvertible {
    var description: String
    init(_ d: String) { description = d }
}

func shellQuote(_ s: String) -> String {
    "'" + s.replacingOccurrences(of: "'", with: "'\\''") + "'"
}

func temporaryHome() throws -> String {
    let dir = NSTemporaryDirectory() + "gongkai-e2e-" + UUID().uuidString
    try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
    return dir
}

/// The environment every child starts with: the runner's, with the interface language pinned to
/// Chinese (LANG=C.UTF-8, no LC_ALL / LC_MESSAGES, no user config.toml), so a developer whose
/// locale is en_US.UTF-8 or whose config says `language = "en"` sees the same results. (The tmux
/// server is such a child, so sessions inherit it; tests that want English say so explicitly.)
let pinnedEnvironment: [String] = {
    var env = ProcessInfo.processInfo.environment
    env["LC_ALL"] = nil
    env["LC_MESSAGES"] = nil
    env["LANG"] = "C.UTF-8"
    env["XDG_CONFIG_HOME"] = NSTemporaryDirectory() + "gongkai-e2e-no-config"
    // Drafts go to $HOME/.local/state/gongkai (a test that gives HOME finds them there).
    env["XDG_STATE_HOME"] = nil
    return env.map { "\($0.key)=\($0.value)" }
}()

/// The longest one command of a test may run before it is killed and the test fails.
let processTimeout: TimeInterval = 300

/// Runs a program to completion with posix_spawn + waitpid. Output goes through files, not
/// pipes: the tmux server started by new-session inherits the descriptors and would hold a pipe
/// open forever. (Foundation's Process.waitUntilExit needs a run loop that test threads lack.)
/// `environment` replaces single variables of the pinned environment (e.g. HOME, to read the draft
/// store of a session started with that home). The test's task sleeps while the child runs (no
/// thread of the runner is held), so other tests run meanwhile.
func runProcess(_ path: String, _ args: [String],
                environment: [String: String] = [:]) async throws -> (status: Int32, output: String, error: String) {
    let child = try SpawnedChild(path, args, environment: environment)
    return try child.finish(await reapChild(child.pid, timeout: processTimeout))
}

/// `runProcess` for where no task can wait (a `deinit`): the calling thread blocks.
func runProcessBlocking(_ path: String, _ args: [String]) throws -> (status: Int32, output: String, error: String) {
    let child = try SpawnedChild(path, args, environment: [:])
    return try child.finish(reapChild(child.pid, timeout: processTimeout))
}

/// A child started by `runProcess`, its output going to two files until it is reaped.
private struct SpawnedChild {
    let pid: pid_t
    let path: String, args: [String]
    let outPath: String, errPath: String

    init(_ path: String, _ args: [String], environment: [String: String]) throws {
        self.path = path
        self.args = args
        let base = NSTemporaryDirectory() + "gongkai-proc-" + UUID().uuidString
        outPath = base + ".out"
        errPath = base + ".err"
        var actions: posix_spawn_file_actions_t = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, outPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, errPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        let argv: [UnsafeMutablePointer<CChar>?] = ([path] + args).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        // Children start with no blocked signals and default handlers, whatever this runner has.
        var attr = posix_spawnattr_t()
        posix_spawnattr_init(&attr)
        defer { posix_spawnattr_destroy(&attr) }
        var empty = sigset_t(), all = sigset_t()
        sigemptyset(&empty); sigfillset(&all)
        posix_spawnattr_setsigmask(&attr, &empty)
        posix_spawnattr_setsigdefault(&attr, &all)
        posix_spawnattr_setflags(&attr, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        var pid: pid_t = 0
        let overridden = pinnedEnvironment.filter { entry in
            !environment.keys.contains { entry.hasPrefix($0 + "=") }
        } + environment.map { "\($0.key)=\($0.value)" }
        let envp: [UnsafeMutablePointer<CChar>?] = overridden.map { strdup($0) } + [nil]
        defer { envp.forEach { free($0) } }
        let rc = posix_spawn(&pid, path, &actions, &attr, argv, envp)
        guard rc == 0 else {
            unlink(outPath); unlink(errPath)
            throw E2EError("cannot start \(path): \(String(cString: strerror(rc)))")
        }
        self.pid = pid
    }

    /// The result once reaped (`exit` nil: it did not end in time and was killed); the files go.
    func finish(_ exit: Int32?) throws -> (status: Int32, output: String, error: String) {
        defer { unlink(outPath); unlink(errPath) }
        guard let exit else {
            throw E2EError("\(path) \(args.joined(separator: " ")) did not end in \(Int(processTimeout)) s and was killed")
        }
        let out = (try? String(contentsOfFile: outPath, encoding: .utf8)) ?? ""
        let err = (try? String(contentsOfFile: errPath, encoding: .utf8)) ?? ""
        return (exit, out, err)
    }
}

/// The officer's draft store under a test home ($HOME/.local/state/gongkai), and the file there of
/// the given kind (`doc-draft`, `draft`, `report-draft`) for the user running the tests.
func draftFile(home: String, kind: String) -> String? {
    let dir = home + "/.local/state/gongkai"
    let suffix = "." + kind + "-" + NSUserName() + ".json"
    return ((try? FileManager.default.contentsOfDirectory(atPath: dir)) ?? []).first { $0.hasSuffix(suffix) }.map { dir + "/" + $0 }
}
