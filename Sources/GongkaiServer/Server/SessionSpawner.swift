import CGongkaiSys
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// 会话进程 — one process per connection, started by the service: the `gongkai` binary itself in
/// session mode (`GONGKAI_SESSION_FD`), running as the service account with the login the kernel
/// vouched for. It opens the workspace itself and runs the officer's verb or the workstation
/// unchanged, so every rule and the audit run on the service's side.
struct SessionProcess {
    var pid: pid_t
    /// The pty master (terminal sessions), read and written by the service.
    var terminal: Int32?
    /// A duplicate of the pty master kept for TIOCSWINSZ.
    var terminalControl: Int32?
    /// Pipe sessions: the child's standard input (write end), output and error (read ends).
    var stdinWrite: Int32?
    var stdoutRead: Int32?
    var stderrRead: Int32?
    /// The service's end of the control channel (a socketpair).
    var control: Int32
    /// The session's private directory (its copy of the officer's settings), removed at its end.
    var directory: String
}

/// What the spawner needs to know about the session to start.
struct SessionRequest {
    var executable: String
    var workspace: String
    var login: String
    var hello: ServiceHello
    var reconnected: Bool
    /// `serve --site`: the folder a session may publish to.
    var site: String? = nil
}

enum SessionSpawner {
    struct SpawnError: Error, CustomStringConvertible {
        var description: String
    }

    static let setsidFlag: Int32 = 0x80          // POSIX_SPAWN_SETSID (glibc ≥ 2.26)

    static func spawn(_ request: SessionRequest) throws -> SessionProcess {
        let hello = request.hello
        // The session's own directory: the officer's settings file, nothing else.
        var template = Array((NSTemporaryDirectory() + "/gongkai-session-XXXXXX").utf8CString)
        guard let dirPointer = template.withUnsafeMutableBufferPointer({ mkdtemp($0.baseAddress!) }) else {
            throw SpawnError(description: "mkdtemp: " + String(cString: strerror(errno)))
        }
        let directory = String(cString: dirPointer)
        if let config = hello.userConfig {
            let configDir = directory + "/gongkai"
            mkdir(configDir, 0o700)
            FileManager.default.createFile(atPath: configDir + "/config.toml", contents: Data(config.utf8),
                                           attributes: [.posixPermissions: 0o600])
        }

        var env: [String: String] = [:]
        for (name, value) in hello.environment where ServiceHello.passes(name) || name.hasPrefix("LC_") {
            env[name] = value
        }
        let own = ProcessInfo.processInfo.environment
        env["PATH"] = own["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
        env["HOME"] = directory
        env["XDG_CONFIG_HOME"] = directory
        env["XDG_STATE_HOME"] = directory
        env["TMPDIR"] = own["TMPDIR"]
        env["GONGKAI_WORKSPACE"] = request.workspace
        env["GONGKAI_SESSION_FD"] = "3"
        env["GONGKAI_SESSION_LOGIN"] = request.login
        env["GONGKAI_SESSION_CWD"] = hello.workingDirectory
        var ttys: [String] = []
        if hello.stdinIsTerminal { ttys.append("0") }
        if hello.stdoutIsTerminal { ttys.append("1") }
        if hello.stderrIsTerminal { ttys.append("2") }
        env["GONGKAI_SESSION_TTY"] = ttys.joined(separator: ",")
        if request.reconnected { env["GONGKAI_SESSION_RECONNECTED"] = "1" }
        if let site = request.site { env["GONGKAI_SESSION_SITE"] = site }
        if env["TERM"] == nil && hello.wantsTerminal { env["TERM"] = "xterm-256color" }

        var pair: [Int32] = [-1, -1]
        guard socketpair(AF_UNIX, Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0, &pair) == 0 else {
            throw SpawnError(description: "socketpair: " + String(cString: strerror(errno)))
        }
        var childFDs: [Int32] = []       // the child's 0, 1, 2 as opened here
        var process = SessionProcess(pid: 0, control: pair[0], directory: directory)
        var toCloseAfterSpawn: [Int32] = [pair[1]]

        if hello.wantsTerminal {
            var master: Int32 = -1, slave: Int32 = -1
            guard gk_open_pty(&master, &slave) == 0 else {
                throw SpawnError(description: "pty: " + String(cString: strerror(errno)))
            }
            setWindowSize(master, rows: hello.rows, columns: hello.columns)
            childFDs = [slave, slave, slave]
            toCloseAfterSpawn.append(slave)
            process.terminal = master
            process.terminalControl = fcntl(master, F_DUPFD_CLOEXEC, 3)
        } else {
            var input: [Int32] = [-1, -1], output: [Int32] = [-1, -1], error: [Int32] = [-1, -1]
            guard gk_pipe_cloexec(&input) == 0, gk_pipe_cloexec(&output) == 0, gk_pipe_cloexec(&error) == 0 else {
                throw SpawnError(description: "pipe: " + String(cString: strerror(errno)))
            }
            childFDs = [input[0], output[1], error[1]]
            toCloseAfterSpawn += childFDs
            process.stdinWrite = input[1]
            process.stdoutRead = output[0]
            process.stderrRead = error[0]
        }

        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        for (target, fd) in childFDs.enumerated() { posix_spawn_file_actions_adddup2(&actions, fd, Int32(target)) }
        posix_spawn_file_actions_adddup2(&actions, pair[1], 3)
        gk_spawn_closefrom(&actions, 4)
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var noSignals = sigset_t()
        sigemptyset(&noSignals)
        posix_spawnattr_setsigmask(&attributes, &noSignals)
        var defaults = sigset_t()
        sigemptyset(&defaults)
        for sig in [SIGPIPE, SIGHUP, SIGINT, SIGTERM, SIGCHLD, SIGWINCH, SIGQUIT] { sigaddset(&defaults, sig) }
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF | setsidFlag))

        let argv = [request.executable] + hello.arguments
        let envp = env.map { "\($0.key)=\($0.value)" }
        var cArgv: [UnsafeMutablePointer<CChar>?] = argv.map { strdup($0) } + [nil]
        var cEnv: [UnsafeMutablePointer<CChar>?] = envp.map { strdup($0) } + [nil]
        defer { for p in cArgv { free(p) }; for p in cEnv { free(p) } }
        var pid: pid_t = 0
        let rc = posix_spawn(&pid, request.executable, &actions, &attributes, &cArgv, &cEnv)
        for fd in Set(toCloseAfterSpawn) { close(fd) }
        guard rc == 0 else {
            for fd in [process.terminal, process.terminalControl, process.stdinWrite, process.stdoutRead,
                       process.stderrRead, process.control].compactMap({ $0 }) { close(fd) }
            try? FileManager.default.removeItem(atPath: directory)
            throw SpawnError(description: "posix_spawn: " + String(cString: strerror(rc)))
        }
        process.pid = pid
        return process
    }

    /// TIOCSWINSZ on a pty master: the session sees the officer's terminal size (and SIGWINCH).
    static func setWindowSize(_ fd: Int32, rows: Int, columns: Int) {
        guard rows > 0, columns > 0 else { return }
        var size = winsize(ws_row: UInt16(clamping: rows), ws_col: UInt16(clamping: columns), ws_xpixel: 0, ws_ypixel: 0)
        _ = ioctl(fd, UInt(TIOCSWINSZ), &size)
    }
}
