import Foundation
import GongkaiCore
import GongkaiStore
#if canImport(Glibc)
import Glibc
#endif

/// 客户端 — `gongkai` when a service is configured: it never opens the workspace. It sends the
/// command line to the service, relays the officer's keys or standard input, writes what the
/// session prints, writes the files the session hands over (as the officer, with
/// `LocalOfficerFiles`) and exits with the session's status. On a terminal it puts the terminal in
/// raw mode (restored on every way out) and forwards window-size changes; if the service restarts
/// under a workstation it reconnects and starts a new session.
public enum ServiceClient {
    /// How long a workstation waits for a restarted service.
    public static let reconnectSeconds = 15

    /// Runs `arguments` through the service at `socket`; returns the exit status.
    /// `source` says where the address came from, for the message when it cannot be reached.
    public static func run(arguments: [String], socket: String, source: String, userConfigPath: String?) -> Int32 {
        let env = ProcessInfo.processInfo.environment
        let language = UILanguage.current
        let stdinTTY = isatty(STDIN_FILENO) == 1, stdoutTTY = isatty(STDOUT_FILENO) == 1
        let terminal = stdinTTY && stdoutTTY
        let config = userConfigPath.flatMap { FileManager.default.contents(atPath: $0) }.map { String(decoding: $0, as: UTF8.self) }
        var reconnected = false
        let raw = terminal ? RawTerminal() : nil
        defer { raw?.restore() }
        let files = LocalOfficerFiles()
        while true {
            let fd: Int32
            do {
                fd = try connect(socket)
            } catch {
                raw?.restore()
                errorLine(ServiceText.Client.cannotConnect.text([socket, "\(error)", source], in: language))
                return 69
            }
            var environment: [String: String] = [:]
            for (name, value) in env where ServiceHello.passes(name) || name.hasPrefix("LC_") { environment[name] = value }
            if reconnected { environment["GONGKAI_RECONNECTED"] = "1" }
            let size = windowSize()
            let hello = ServiceHello(arguments: arguments, workingDirectory: FileManager.default.currentDirectoryPath,
                                     stdinIsTerminal: stdinTTY, stdoutIsTerminal: stdoutTTY,
                                     stderrIsTerminal: isatty(STDERR_FILENO) == 1, environment: environment,
                                     rows: size.rows, columns: size.columns, userConfig: config)
            let stream = FrameStream(fd: fd)
            let session = ClientSession(stream: stream, files: files, terminal: terminal)
            let outcome = session.run(hello: hello, raw: raw)
            close(fd)
            switch outcome {
            case .exited(let status):
                return status
            case .refused(let message):
                raw?.restore()
                errorLine(message)
                return 1
            case .lost:
                guard terminal, session.accepted else {
                    raw?.restore()
                    errorLine(ServiceText.Client.lost.text(in: language))
                    return 75
                }
                raw?.restore()
                errorLine(ServiceText.Client.reconnecting.text(["\(reconnectSeconds)"], in: language))
                guard waitForService(socket) else {
                    errorLine(ServiceText.Client.gaveUp.text(["\(reconnectSeconds)"], in: language))
                    return 75
                }
                reconnected = true
            }
        }
    }

    static func waitForService(_ socket: String) -> Bool {
        let deadline = Date().addingTimeInterval(TimeInterval(reconnectSeconds))
        while Date() < deadline {
            if let fd = try? connect(socket) { close(fd); return true }
            usleep(250_000)
        }
        return false
    }

    struct ConnectError: Error, CustomStringConvertible {
        var description: String
    }

    /// A connected Unix stream socket to `path`.
    public static func connect(_ path: String) throws -> Int32 {
        let fd = socket(AF_UNIX, Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0)
        guard fd >= 0 else { throw ConnectError(description: String(cString: strerror(errno))) }
        var address = sockaddr_un()
        address.sun_family = sa_family_t(AF_UNIX)
        let bytes = Array(path.utf8)
        guard bytes.count < MemoryLayout.size(ofValue: address.sun_path) else {
            close(fd)
            throw ConnectError(description: "socket path too long")
        }
        withUnsafeMutableBytes(of: &address.sun_path) { raw in
            raw.copyBytes(from: bytes)
            raw[bytes.count] = 0
        }
        let rc = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                Glibc.connect(fd, $0, socklen_t(MemoryLayout<sockaddr_un>.size))
            }
        }
        guard rc == 0 else {
            let e = errno
            close(fd)
            throw ConnectError(description: String(cString: strerror(e)))
        }
        return fd
    }

    static func windowSize() -> (rows: Int, columns: Int) {
        var size = winsize()
        if ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_row > 0 {
            return (Int(size.ws_row), Int(size.ws_col))
        }
        return (24, 80)
    }

    static func errorLine(_ text: String) {
        FileHandle.standardError.write(Data((text + "\n").utf8))
    }
}

/// One connection's life on the client's side.
final class ClientSession: @unchecked Sendable {
    enum Outcome {
        case exited(Int32)
        case refused(String)
        case lost
    }

    let stream: FrameStream
    let files: LocalOfficerFiles
    let terminal: Bool
    private(set) var accepted = false

    init(stream: FrameStream, files: LocalOfficerFiles, terminal: Bool) {
        self.stream = stream
        self.files = files
        self.terminal = terminal
    }

    func run(hello: ServiceHello, raw: RawTerminal?) -> Outcome {
        do { try stream.send(.hello(hello)) } catch { return .lost }
        while true {
            let frame: (kind: FrameKind, bytes: [UInt8])?
            do { frame = try stream.receive() } catch { return .lost }
            guard let frame else { return .lost }
            switch frame.kind {
            case .output:
                writeAll(STDOUT_FILENO, frame.bytes)
            case .errorOutput:
                writeAll(STDERR_FILENO, frame.bytes)
            case .input:
                continue
            case .control:
                guard let message = try? ServiceMessage.decode(frame.bytes) else { return .lost }
                switch message {
                case .accepted:
                    accepted = true
                    raw?.enter()
                    startForwarding(raw: raw)
                case .refused(let text):
                    return .refused(text)
                case .error(let text):
                    return .refused(text)
                case .exit(let status):
                    return .exited(status)
                case .fileRequest(let id, let request):
                    let reply = files.perform(request)
                    try? stream.send(.fileReply(id: id, reply: reply))
                default:
                    continue
                }
            }
        }
    }

    /// The officer's keys (or standard input) to the session, and window-size changes.
    private func startForwarding(raw: RawTerminal?) {
        let stream = self.stream
        let terminal = self.terminal
        // A verb whose output goes to a pipe (`gongkai app list | less`) leaves the keyboard to the
        // program reading the terminal: its standard input is the terminal, not data for the verb.
        if !terminal && isatty(STDIN_FILENO) == 1 {
            try? stream.send(.inputEnd)
            return
        }
        let reader = Thread {
            var buffer = [UInt8](repeating: 0, count: 16384)
            while true {
                let n = buffer.withUnsafeMutableBytes { read(STDIN_FILENO, $0.baseAddress, $0.count) }
                if n < 0 && errno == EINTR { continue }
                if n <= 0 {
                    if !terminal { try? stream.send(.inputEnd) }
                    return
                }
                do { try stream.send(.input, buffer[0..<n]) } catch { return }
            }
        }
        reader.stackSize = 128 << 10
        reader.start()
        guard terminal else { return }
        signal(SIGWINCH, SIG_IGN)
        let source = DispatchSource.makeSignalSource(signal: SIGWINCH, queue: .global())
        source.setEventHandler {
            let size = ServiceClient.windowSize()
            try? stream.send(.resize(rows: size.rows, columns: size.columns))
        }
        source.resume()
        resizeSources.append(source)
    }

    private var resizeSources: [DispatchSourceSignal] = []

    private func writeAll(_ fd: Int32, _ bytes: [UInt8]) {
        bytes.withUnsafeBytes { raw in
            var offset = 0
            while offset < raw.count {
                let n = write(fd, raw.baseAddress! + offset, raw.count - offset)
                if n < 0 { if errno == EINTR { continue }; return }
                offset += n
            }
        }
    }
}

/// 原始模式 — the officer's terminal handed whole to the session (as ssh does): cfmakeraw on entry,
/// the saved settings back on every exit, including SIGTERM and SIGHUP.
final class RawTerminal: @unchecked Sendable {
    private var saved = termios()
    private var active = false
    private let lock = NSLock()
    private var sources: [DispatchSourceSignal] = []

    init() {}

    func enter() {
        lock.lock(); defer { lock.unlock() }
        guard !active, tcgetattr(STDIN_FILENO, &saved) == 0 else { return }
        var raw = saved
        cfmakeraw(&raw)
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &raw)
        active = true
        if sources.isEmpty {
            for sig in [SIGTERM, SIGHUP, SIGINT, SIGQUIT] {
                signal(sig, SIG_IGN)
                let source = DispatchSource.makeSignalSource(signal: sig, queue: .global())
                source.setEventHandler { [self] in
                    restore()
                    exit(128 + sig)
                }
                source.resume()
                sources.append(source)
            }
        }
    }

    func restore() {
        lock.lock(); defer { lock.unlock() }
        guard active else { return }
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved)
        active = false
    }
}
