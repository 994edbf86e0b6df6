import Foundation
import GongkaiStore
#if canImport(Glibc)
import Glibc
#endif

/// 会话一侧 — what a session process started by `gongkai serve` knows of its service: the control
/// channel (descriptor 3, a socketpair made by the service), the login the service took from the
/// kernel, and the officer's terminals. Session mode is honoured only when descriptor 3 really is
/// a socket whose other end is this process's parent running as this same account: an officer who
/// starts the binary in this mode themself still runs as themself and cannot open the service's
/// 0600 workspace, so they gain nothing.
public final class SessionChannel: @unchecked Sendable {
    public let login: String
    public let stream: FrameStream
    /// The officer's working directory (for messages; files are written there by the client).
    public let workingDirectory: String
    /// Which of the officer's descriptors (0, 1, 2) are terminals.
    public let terminals: Set<Int32>
    /// Whether this session replaces one whose connection dropped.
    public let reconnected: Bool

    private let lock = NSLock()
    private var replies: [Int: OfficerFileReply] = [:]
    private var nextID = 1
    private let replyArrived = NSCondition()
    private var changed = false
    private var closed = false
    private let notices = DispatchQueue(label: "gongkai.session.notices")

    init(login: String, fd: Int32, workingDirectory: String, terminals: Set<Int32>, reconnected: Bool) {
        self.login = login
        self.stream = FrameStream(fd: fd)
        self.workingDirectory = workingDirectory
        self.terminals = terminals
        self.reconnected = reconnected
    }

    /// The session's channel when this process was started by the service; nil otherwise (embedded
    /// mode). Throws when the environment asks for session mode but the channel is not the service's.
    public static func fromEnvironment(_ env: [String: String] = ProcessInfo.processInfo.environment) throws -> SessionChannel? {
        guard let fdText = env["GONGKAI_SESSION_FD"] else { return nil }
        guard let fd = Int32(fdText), let login = env["GONGKAI_SESSION_LOGIN"], !login.isEmpty,
              let peer = PeerIdentity.of(socket: fd), peer.pid == getppid(), peer.uid == geteuid() else {
            throw SessionModeRefused()
        }
        let ttys = Set((env["GONGKAI_SESSION_TTY"] ?? "").split(separator: ",").compactMap { Int32($0) })
        return SessionChannel(login: login, fd: fd, workingDirectory: env["GONGKAI_SESSION_CWD"] ?? "/",
                              terminals: ttys, reconnected: env["GONGKAI_SESSION_RECONNECTED"] == "1")
    }

    public struct SessionModeRefused: Error, CustomStringConvertible {
        public var description: String { ServiceText.Service.sessionOnlyFromService.text() }
    }

    /// Starts listening to the service: file replies wake their waiter, change notices are kept
    /// for `takeChanged`, and the end of the channel (the client went away, the service stopped)
    /// ends this process at once (`exitWhenClosed`; tests keep their process). A terminal session
    /// takes its pty as controlling terminal.
    public func start(exitWhenClosed: Bool = true) {
        if terminals.contains(0), isatty(STDIN_FILENO) == 1 {
            _ = ioctl(STDIN_FILENO, UInt(TIOCSCTTY), 0)
        }
        let thread = Thread { [self] in
            while true {
                guard let frame = try? stream.receive() else {
                    if exitWhenClosed { _exit(129) }
                    replyArrived.lock(); closed = true; replyArrived.broadcast(); replyArrived.unlock()
                    return
                }
                guard frame.kind == .control, let message = try? ServiceMessage.decode(frame.bytes) else { continue }
                switch message {
                case .fileReply(let id, let reply):
                    replyArrived.lock()
                    replies[id] = reply
                    replyArrived.broadcast()
                    replyArrived.unlock()
                case .changed:
                    lock.lock(); changed = true; lock.unlock()
                default:
                    break
                }
            }
        }
        thread.stackSize = 256 << 10
        thread.start()
    }

    /// Whether another session committed a change since the last call.
    public func takeChanged() -> Bool {
        lock.lock(); defer { lock.unlock() }
        let was = changed
        changed = false
        return was
    }

    /// Tells the service this session committed (sent off the committing thread).
    public func notifyCommitted() {
        notices.async { [stream] in try? stream.send(.changed) }
    }

    /// Waits until the change notices already queued are sent. A session that runs one verb ends
    /// right after its commit; a notice still queued would end with the process, and the other
    /// sessions would not re-read until their next change.
    public func flushNotices() {
        notices.sync {}
    }

    /// Whether the officer's descriptor `fd` is a terminal (their stdout may be one though ours is a pipe).
    public func isTerminal(_ fd: Int32) -> Bool { terminals.contains(fd) }

    /// Asks the client to do `request` as the officer and waits for its answer.
    func ask(_ request: OfficerFileRequest) throws -> OfficerFileReply {
        replyArrived.lock()
        let id = nextID
        nextID += 1
        replyArrived.unlock()
        try stream.send(.fileRequest(id: id, request: request))
        replyArrived.lock()
        defer { replyArrived.unlock() }
        while replies[id] == nil && !closed { replyArrived.wait() }
        guard let reply = replies.removeValue(forKey: id) else { throw FrameStream.FrameError(description: "the service closed the session") }
        return reply
    }
}

/// 远端文件 — `OfficerFiles` for a session inside the service: each file is written (each draft
/// kept) by the officer's own client, as the officer, where the officer is; the session waits for
/// the answer. The service's account never opens a path an officer named.
public struct RemoteOfficerFiles: OfficerFiles {
    let channel: SessionChannel

    public init(channel: SessionChannel) { self.channel = channel }

    private func run(_ request: OfficerFileRequest, path: String) throws -> OfficerFileReply {
        let reply = try channel.ask(request)
        if let code = reply.errorCode { throw OfficerFileError(path: reply.failedPath ?? path, errno: code) }
        return reply
    }

    public func write(_ data: Data, to path: String) throws { _ = try run(.write(path: path, data: data), path: path) }
    public func read(_ path: String) throws -> Data { try run(.read(path: path), path: path).data ?? Data() }
    public func writeDraft(_ data: Data, name: String) throws { _ = try run(.writeDraft(name: name, data: data), path: name) }
    public func appendDraft(_ data: Data, name: String) throws { _ = try run(.appendDraft(name: name, data: data), path: name) }
    public func readDraft(name: String) throws -> Data? { try run(.readDraft(name: name), path: name).data }
    public func removeDraft(name: String) throws { _ = try run(.removeDraft(name: name), path: name) }
    public func listDrafts() throws -> [OfficerDraftFile] { try run(.listDrafts, path: "").drafts ?? [] }
}

extension LocalOfficerFiles {
    /// Carries out a session's request on the officer's side (the client), as the officer.
    public func perform(_ request: OfficerFileRequest) -> OfficerFileReply {
        func failure(_ error: Error, _ path: String) -> OfficerFileReply {
            if let e = error as? OfficerFileError { return OfficerFileReply(failedPath: e.path, errorCode: e.code) }
            return OfficerFileReply(failedPath: path, errorCode: EIO)
        }
        switch request {
        case .write(let path, let data):
            do { try write(data, to: path); return OfficerFileReply() } catch { return failure(error, path) }
        case .read(let path):
            do { return OfficerFileReply(data: try read(path)) } catch { return failure(error, path) }
        case .writeDraft(let name, let data):
            do { try writeDraft(data, name: name); return OfficerFileReply() } catch { return failure(error, name) }
        case .appendDraft(let name, let data):
            do { try appendDraft(data, name: name); return OfficerFileReply() } catch { return failure(error, name) }
        case .readDraft(let name):
            do { return OfficerFileReply(data: try readDraft(name: name)) } catch { return failure(error, name) }
        case .removeDraft(let name):
            do { try removeDraft(name: name); return OfficerFileReply() } catch { return failure(error, name) }
        case .listDrafts:
            do { return OfficerFileReply(drafts: try listDrafts()) } catch { return failure(error, draftDirectory) }
        }
    }
}
