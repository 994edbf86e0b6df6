import Foundation
import GongkaiCore
import NIOCore
import NIOExtras
import NIOPosix
#if canImport(Glibc)
import Glibc
#endif

/// 工作区服务 — `gongkai serve`: listens on a Unix domain socket (SwiftNIO), learns who connected
/// from the kernel (SO_PEERCRED), starts one session process per connection and relays its
/// terminal or standard streams, its file requests and the change notices between sessions.
/// Nothing here blocks an event loop: a slow client only slows its own session.
public final class ServiceServer: @unchecked Sendable {
    public struct Options: Sendable {
        public var workspace: String
        public var socket: String
        /// The socket file's mode: who may connect (identity comes from SO_PEERCRED either way).
        public var socketMode: mode_t
        /// The binary the sessions run (this one).
        public var executable: String
        /// 公开网站目录 — the one folder `publish` writes to through the service (`serve --site`),
        /// owned by the service account and read by the web server; nil: publishing is refused.
        public var site: String?

        public init(workspace: String, socket: String, socketMode: mode_t = 0o666, executable: String,
                    site: String? = nil) {
            self.workspace = workspace
            self.socket = socket
            self.socketMode = socketMode
            self.executable = executable
            self.site = site
        }
    }

    public let options: Options
    let group: MultiThreadedEventLoopGroup
    private let lock = NSLock()
    private var connections: [ObjectIdentifier: ServiceConnection] = [:]
    private var serverChannel: Channel?

    public init(options: Options) {
        self.options = options
        self.group = MultiThreadedEventLoopGroup(numberOfThreads: max(2, System.coreCount))
    }

    /// Binds the socket; returns once it accepts connections.
    public func start() throws {
        let bootstrap = ServerBootstrap(group: group)
            .serverChannelOption(ChannelOptions.backlog, value: 256)
            .childChannelOption(ChannelOptions.allowRemoteHalfClosure, value: false)
            .childChannelInitializer { [self] channel in
                channel.eventLoop.makeCompletedFuture {
                    let sync = channel.pipeline.syncOperations
                    try sync.addHandler(FrameLengthLimit())
                    try sync.addHandler(ByteToMessageHandler(LengthFieldBasedFrameDecoder(lengthFieldBitLength: .fourBytes),
                                                             maximumBufferSize: ServiceProtocol.maxFrame + 16))
                    try sync.addHandler(LengthFieldPrepender(lengthFieldBitLength: .fourBytes))
                    try sync.addHandler(ServiceConnection(server: self))
                }
            }
        let oldMask = umask(0o177)
        defer { umask(oldMask) }
        let channel = try bootstrap.bind(unixDomainSocketPath: options.socket, cleanupExistingSocketFile: true).wait()
        chmod(options.socket, options.socketMode)
        lock.lock(); serverChannel = channel; lock.unlock()
    }

    /// Runs until the listening socket is closed (SIGTERM ends the process).
    public func wait() throws {
        lock.lock(); let channel = serverChannel; lock.unlock()
        try channel?.closeFuture.wait()
    }

    public func stop() {
        lock.lock(); let channel = serverChannel; let open = Array(connections.values); lock.unlock()
        for c in open { c.hangUp() }
        try? channel?.close().wait()
        unlink(options.socket)
    }

    func register(_ connection: ServiceConnection) {
        lock.lock(); connections[ObjectIdentifier(connection)] = connection; lock.unlock()
    }

    func unregister(_ connection: ServiceConnection) {
        lock.lock(); connections[ObjectIdentifier(connection)] = nil; lock.unlock()
    }

    /// 推送变更 — a session committed: every other session hears of it at once.
    func broadcastChanged(from origin: ServiceConnection) {
        lock.lock(); let others = connections.values.filter { $0 !== origin }; lock.unlock()
        for c in others { c.notifyChanged() }
    }

    /// How many sessions are connected now.
    public var sessionCount: Int {
        lock.lock(); defer { lock.unlock() }
        return connections.count
    }
}

/// Verbs that never run through the service (`Docs/管理员指南.md`): starting the service,
/// creating a workspace, and the ones that only print what is built into the program.
public enum LocalVerbs {
    public static let names: Set<String> = ["serve", "init", "man", "keys", "help"]

    /// The verb of a `gongkai` command line: the first word that is not an option or an option's value.
    public static func verb(of arguments: [String]) -> String? {
        var skipNext = false
        for arg in arguments {
            if skipNext { skipNext = false; continue }
            if arg == "--" { return nil }
            if arg.hasPrefix("-") {
                if ["--as", "--theme", "--workspace"].contains(arg) { skipNext = true }
                continue
            }
            return arg
        }
        return nil
    }

    /// Whether this command line runs here rather than through the service.
    public static func runsLocally(_ arguments: [String]) -> Bool {
        if arguments.contains(where: { ["--help", "-h", "--version", "--generate-completion-script"].contains($0)
            || $0.hasPrefix("--generate-completion-script=") }) { return true }
        guard let verb = verb(of: arguments) else { return false }
        return names.contains(verb)
    }
}
