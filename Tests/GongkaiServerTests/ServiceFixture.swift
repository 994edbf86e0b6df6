import Foundation
import GongkaiTestSupport
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// 测试部署 — a county deployment in miniature, made for one test: system accounts for the service,
/// an administrator and clerks of two townships (useradd, removed afterwards); the workspace in
/// a directory of the service's own (0700); a real `gongkai serve` running as the service account
/// (setpriv); and every officer's `gongkai` run as that officer with `GONGKAI_SERVER` set.
/// Needs root (CI runs as root; .ci/run installs useradd and setpriv): the suites that use it carry
/// `.needsRoot` and are skipped otherwise. Each fixture's accounts, folder and socket carry its own
/// prefix (pid and a counter), so the suites run at the same time as each other and as the rest.
/// The fixture removes all it made when it is released (or by `tearDown()`).
final class ServiceFixture {
    static let counter = Counter()
    /// useradd and userdel of this process one at a time: both lock /etc/passwd, and the suites
    /// now deploy at the same time.
    static let passwdLock = NSLock()
    final class Counter: @unchecked Sendable {
        private let lock = NSLock()
        private var n = 0
        func next() -> Int { lock.lock(); defer { lock.unlock() }; n += 1; return n }
    }

    let root: String
    let prefix: String
    let service: String, admin: String, clerkA: String, clerkB: String
    var workspaceDir: String { root + "/ws" }
    var workspace: String { workspaceDir + "/workspace.sqlite" }
    var socket: String { root + "/run/gongkai.sock" }
    /// The published site's folder (`serve --site`), the service account's.
    var site: String { root + "/site" }
    var binary: String { root + "/bin/gongkai" }
    private(set) var serverPID: pid_t = 0
    private var accounts: [String] = []
    /// Units of township A and township B.
    var unitA = "", unitB = ""

    static var isRoot: Bool { geteuid() == 0 }

    /// Root is checked by the suites' `.needsRoot`; as root, a missing tool fails the test.
    static func requireTools() throws {
        for tool in ["/usr/sbin/useradd", "/usr/sbin/userdel", "/usr/bin/setpriv"] where !FileManager.default.isExecutableFile(atPath: tool) {
            throw FixtureError("\(tool) is missing: .ci/run installs the passwd and util-linux packages")
        }
    }

    /// A fixture whose service is deployed (`deploy()`).
    static func deployed() throws -> ServiceFixture {
        let fixture = try ServiceFixture()
        try fixture.deploy()
        return fixture
    }

    init() throws {
        try Self.requireTools()
        let n = Self.counter.next()
        prefix = "gk-t-\(getpid())-\(n)"
        root = "/tmp/" + prefix
        service = prefix + "-svc"; admin = prefix + "-adm"; clerkA = prefix + "-a"; clerkB = prefix + "-b"
        try? FileManager.default.removeItem(atPath: root)
        try mkdirs(root, mode: 0o755)
        // Made on its own so its mode is set, not left to the umask: other tests in this process
        // narrow the umask for a moment while they create a workspace (0o077), and a home folder
        // made with its parent then leaves the parent closed to the accounts.
        try mkdirs(root + "/home", mode: 0o755)
        for name in [service, admin, clerkA, clerkB] {
            let home = root + "/home/" + name
            let r = try Self.passwdLock.withLock { try runCommand("/usr/sbin/useradd", ["-M", "-d", home, "-s", "/bin/sh", name]) }
            guard r.status == 0 else { throw FixtureError("useradd \(name): \(r.error)") }
            accounts.append(name)
            try mkdirs(home, mode: 0o700)
            try chownByName(home, name)
        }
        try mkdirs(root + "/bin", mode: 0o755)
        try Self.copyClosedOnExec(try Self.builtBinary(), to: binary, mode: 0o755)
        try mkdirs(workspaceDir, mode: 0o700)
        try chownByName(workspaceDir, service)
        try mkdirs(root + "/run", mode: 0o755)
        try chownByName(root + "/run", service)
        try mkdirs(site, mode: 0o755)
        try chownByName(site, service)
    }

    /// Creates the workspace as the service account with `admin` as its first administrator, starts
    /// the service, and registers the two townships and their clerks through it.
    func deploy() throws {
        let created = try runAs(service, ["init", "--workspace", workspace, "--admin", admin], server: nil)
        guard created.status == 0 else { throw FixtureError("init: \(created.error)") }
        try startService()
        unitA = try addUnit("东岭镇")
        unitB = try addUnit("西岭镇")
        for (login, unit) in [(clerkA, unitA), (clerkB, unitB)] {
            let r = try gongkai(admin, ["officer", "add", login, "--name", login, "--unit", unit, "--role", "clerk"])
            guard r.status == 0 else { throw FixtureError("officer add: \(r.error)") }
        }
    }

    func addUnit(_ name: String) throws -> String {
        let r = try gongkai(admin, ["unit", "add", name, "--kind", "township", "--format", "json"])
        guard r.status == 0, let data = r.output.data(using: .utf8),
              let object = try JSONSerialization.jsonObject(with: data) as? [String: Any],
              let unit = object["unit"] as? [String: Any], let id = unit["id"] as? String else {
            throw FixtureError("unit add: \(r.output) \(r.error)")
        }
        return id
    }

    /// Starts `gongkai serve` as the service account and waits (bounded) for its socket.
    func startService() throws {
        let log = root + "/serve.log"
        serverPID = try spawn("/usr/bin/setpriv", ["--reuid=\(service)", "--regid=\(service)", "--init-groups", "--",
                                                  "/usr/bin/env", "-i", "PATH=/usr/bin:/bin", "LANG=C.UTF-8",
                                                  "HOME=\(root)/home/\(service)", binary, "serve",
                                                  "--workspace", workspace, "--socket", socket, "--site", site],
                              stdout: log, stderr: log)
        for _ in 0..<400 {
            if let fd = try? connect() { close(fd); return }
            var status: Int32 = 0
            if waitpid(serverPID, &status, WNOHANG) == serverPID {
                serverPID = 0
                throw FixtureError("gongkai serve ended: " + ((try? String(contentsOfFile: log, encoding: .utf8)) ?? ""))
            }
            usleep(50_000)
        }
        throw FixtureError("gongkai serve did not listen on \(socket)")
    }

    /// Stops the service with `signal` and waits for it.
    func stopService(signal: Int32 = SIGTERM) {
        guard serverPID > 0 else { return }
        kill(serverPID, signal)
        _ = reapChild(serverPID, timeout: 30)   // SIGKILL after 30 s
        serverPID = 0
    }

    deinit { tearDown() }

    private var tornDown = false

    func tearDown() {
        guard !tornDown else { return }
        tornDown = true
        stopService()
        // Sessions left by a killed service end when their control channel closes; wait for them.
        for name in accounts {
            _ = try? runCommand("/usr/bin/pkill", ["-KILL", "-u", name])
        }
        usleep(100_000)
        for name in accounts { _ = try? Self.passwdLock.withLock { try runCommand("/usr/sbin/userdel", [name]) } }
        try? FileManager.default.removeItem(atPath: root)
    }

    /// `gongkai ARGS` as `login`, a client of this fixture's service.
    func gongkai(_ login: String, _ args: [String], extraEnvironment: [String] = [], stdin: String? = nil) throws -> ProcessResult {
        try runAs(login, args, server: socket, extraEnvironment: extraEnvironment, stdin: stdin)
    }

    func runAs(_ login: String, _ args: [String], server: String?, extraEnvironment: [String] = [], stdin: String? = nil) throws -> ProcessResult {
        let home = root + "/home/" + login
        var env = ["PATH=/usr/bin:/bin", "LANG=C.UTF-8", "HOME=\(home)", "GONGKAI_SERVER=\(server ?? "none")"]
        env += extraEnvironment
        return try runCommand("/usr/bin/setpriv", ["--reuid=\(login)", "--regid=\(login)", "--init-groups", "--",
                                            "/usr/bin/env", "-i", "-C", home] + env + [binary] + args, stdin: stdin)
    }

    /// A shell command as `login` (the attacks an officer could try by hand).
    func shell(_ login: String, _ script: String) throws -> ProcessResult {
        try runCommand("/usr/bin/setpriv", ["--reuid=\(login)", "--regid=\(login)", "--init-groups", "--",
                                     "/usr/bin/env", "-i", "PATH=/usr/bin:/bin", "HOME=\(root)/home/\(login)",
                                     "/bin/sh", "-c", script])
    }

    /// A raw connection to the service (as root, the test itself).
    func connect() throws -> Int32 {
        var address = sockaddr_un()
        address.sun_family = sa_family_t(AF_UNIX)
        let bytes = Array(socket.utf8)
        withUnsafeMutableBytes(of: &address.sun_path) { raw in
            raw.copyBytes(from: bytes)
            raw[bytes.count] = 0
        }
        let fd = Glibc.socket(AF_UNIX, Int32(SOCK_STREAM.rawValue), 0)
        let rc = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { Glibc.connect(fd, $0, socklen_t(MemoryLayout<sockaddr_un>.size)) }
        }
        guard rc == 0 else { close(fd); throw FixtureError("connect: \(String(cString: strerror(errno)))") }
        return fd
    }

    static func builtBinary() throws -> String {
        let runner = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        for candidate in [runner.appendingPathComponent("gongkai").path, root.appendingPathComponent(".build/debug/gongkai").path]
        where FileManager.default.isExecutableFile(atPath: candidate) {
            return candidate
        }
        throw FixtureError("gongkai binary not found")
    }

    /// Copies `source` to `destination` through a descriptor closed on exec: the suites run at the
    /// same time, and a child spawned by another test while the copy is open for writing would hold
    /// it open, so that running the copy fails with "Text file busy".
    static func copyClosedOnExec(_ source: String, to destination: String, mode: mode_t) throws {
        let data = try Data(contentsOf: URL(fileURLWithPath: source))
        let fd = open(destination, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, mode)
        guard fd >= 0 else { throw FixtureError("cannot create \(destination): \(String(cString: strerror(errno)))") }
        defer { close(fd) }
        let written = data.withUnsafeBytes { raw -> Int in
            var offset = 0
            while offset < raw.count {   // bounded: each pass writes at least one byte or ends
                let n = write(fd, raw.baseAddress! + offset, raw.count - offset)
                if n <= 0 { break }
                offset += n
            }
            return offset
        }
        guard written == data.count else { throw FixtureError("cannot write \(destination): \(String(cString: strerror(errno)))") }
        fchmod(fd, mode)
    }

    func mkdirs(_ path: String, mode: mode_t) throws {
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        chmod(path, mode)
    }

    func chownByName(_ path: String, _ login: String) throws {
        guard let ids = Self.ids(of: login) else { throw FixtureError("no account \(login)") }
        chown(path, ids.uid, ids.gid)
    }

    /// An account's user and group ids. getpwnam answers in a buffer shared by the process, and
    /// the suites run at the same time: one lookup at a time, copied out under the lock.
    static func ids(of login: String) -> (uid: uid_t, gid: gid_t)? {
        passwdLock.withLock { getpwnam(login).map { (uid: $0.pointee.pw_uid, gid: $0.pointee.pw_gid) } }
    }
}

struct FixtureError: Error, CustomStringConvertible {
    var description: String
    init(_ d: String) { description = d }
}

struct ProcessResult {
    var status: Int32
    var output: String
    var error: String
}

/// The longest any one command of a test may run before it is killed and the test fails.
let processTimeout: TimeInterval = 300

/// Starts `path args` with stdout/stderr to files; returns its pid.
func spawn(_ path: String, _ args: [String], stdout: String, stderr: String, stdin: String = "/dev/null") throws -> pid_t {
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 0, stdin, O_RDONLY, 0)
    posix_spawn_file_actions_addopen(&actions, 1, stdout, O_WRONLY | O_CREAT | O_APPEND, 0o644)
    posix_spawn_file_actions_addopen(&actions, 2, stderr, O_WRONLY | O_CREAT | O_APPEND, 0o644)
    var attr = posix_spawnattr_t()
    posix_spawnattr_init(&attr)
    defer { posix_spawnattr_destroy(&attr) }
    var empty = sigset_t(), all = sigset_t()
    sigemptyset(&empty); sigfillset(&all)
    posix_spawnattr_setsigmask(&attr, &empty)
    posix_spawnattr_setsigdefault(&attr, &all)
    posix_spawnattr_setflags(&attr, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
    let argv: [UnsafeMutablePointer<CChar>?] = ([path] + args).map { strdup($0) } + [nil]
    defer { argv.forEach { free($0) } }
    let environment: [String] = ["PATH=/usr/sbin:/usr/bin:/bin", "LANG=C.UTF-8"]
    let envp: [UnsafeMutablePointer<CChar>?] = environment.map { strdup($0) } + [nil]
    defer { envp.forEach { free($0) } }
    var pid: pid_t = 0
    let rc = posix_spawn(&pid, path, &actions, &attr, argv, envp)
    guard rc == 0 else { throw FixtureError("cannot start \(path): \(String(cString: strerror(rc)))") }
    return pid
}

/// Runs `path args` to the end; its status and what it printed.
func runCommand(_ path: String, _ args: [String], stdin: String? = nil) throws -> ProcessResult {
    let base = NSTemporaryDirectory() + "gk-svc-proc-" + UUID().uuidString
    let out = base + ".out", err = base + ".err", input = base + ".in"
    defer { unlink(out); unlink(err); unlink(input) }
    FileManager.default.createFile(atPath: input, contents: Data((stdin ?? "").utf8), attributes: [.posixPermissions: 0o644])
    let pid = try spawn(path, args, stdout: out, stderr: err, stdin: input)
    guard let code = reapChild(pid, timeout: processTimeout) else {
        throw FixtureError("\(path) \(args.joined(separator: " ")) did not end in \(Int(processTimeout)) s and was killed")
    }
    return ProcessResult(status: code,
                         output: (try? String(contentsOfFile: out, encoding: .utf8)) ?? "",
                         error: (try? String(contentsOfFile: err, encoding: .utf8)) ?? "")
}

extension Trait where Self == ConditionTrait {
    /// The service suites create system accounts and run processes as them: only as root (CI runs
    /// as root); skipped otherwise.
    static var needsRoot: Self {
        .enabled(if: ServiceFixture.isRoot,
                 "the service tests create system accounts (useradd) and run processes as them (setpriv): they need root, as on CI")
    }
}
