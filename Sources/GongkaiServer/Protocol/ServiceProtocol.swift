import Foundation
import GongkaiStore

/// 服务协议 — the wire between `gongkai` (the client, run by an officer) and `gongkai serve` (the
/// service, run by the workspace's own account) over a Unix domain socket, and between the service
/// and each of its session processes over their control channel.
///
/// Every message is one frame: a 4-byte big-endian length (NIOExtras' `LengthFieldPrepender` /
/// `LengthFieldBasedFrameDecoder`), then one byte telling the frame's kind, then its bytes. Control
/// frames carry a JSON `ServiceMessage`; data frames carry raw terminal or standard-stream bytes.
public enum ServiceProtocol {
    /// Raised whenever a message changes meaning; the service refuses a client of another version.
    public static let version = 1
    /// The socket `gongkai serve` listens on unless `--socket` says otherwise.
    public static let defaultSocket = "/run/gongkai/gongkai.sock"
    /// The largest frame either side accepts (a letter or an export travels in one frame).
    public static let maxFrame = 64 << 20
}

/// What a frame carries (its first byte).
public enum FrameKind: UInt8, Sendable {
    /// A JSON `ServiceMessage`.
    case control = 0
    /// Bytes typed by the officer: the session's standard input, or the terminal's keys.
    case input = 1
    /// The session's standard output (or, on a terminal, everything it draws).
    case output = 2
    /// The session's standard error.
    case errorOutput = 3
}

/// 握手 — the first frame a client sends: what the service needs to run the officer's command as
/// if it had been typed locally. Nothing in it says who the officer is: the service asks the
/// kernel (SO_PEERCRED) and ignores any identity a client might claim.
public struct ServiceHello: Codable, Sendable, Equatable {
    public var version: Int
    /// The command line after `gongkai` (verb and options).
    public var arguments: [String]
    /// The officer's working directory (relative `-o` paths are written there, by the client).
    public var workingDirectory: String
    public var stdinIsTerminal: Bool
    public var stdoutIsTerminal: Bool
    public var stderrIsTerminal: Bool
    /// TERM, LANG, LC_*, COLORTERM, NO_COLOR: only the names in `ServiceHello.passedEnvironment`
    /// are used by the service.
    public var environment: [String: String]
    public var rows: Int
    public var columns: Int
    /// The officer's own `config.toml` (theme, keys, language), read on the officer's side.
    public var userConfig: String?

    public init(version: Int = ServiceProtocol.version, arguments: [String], workingDirectory: String,
                stdinIsTerminal: Bool, stdoutIsTerminal: Bool, stderrIsTerminal: Bool,
                environment: [String: String], rows: Int, columns: Int, userConfig: String?) {
        self.version = version
        self.arguments = arguments
        self.workingDirectory = workingDirectory
        self.stdinIsTerminal = stdinIsTerminal
        self.stdoutIsTerminal = stdoutIsTerminal
        self.stderrIsTerminal = stderrIsTerminal
        self.environment = environment
        self.rows = rows
        self.columns = columns
        self.userConfig = userConfig
    }

    /// The environment a session takes from its client: the terminal and the language, nothing
    /// that could change what program runs or who it runs as.
    public static func passes(_ name: String) -> Bool {
        ["TERM", "LANG", "LC_ALL", "LC_MESSAGES", "LC_CTYPE", "COLORTERM", "NO_COLOR", "TZ"].contains(name)
    }

    /// Whether the session runs on a terminal (a pty on the service's side) or on pipes.
    public var wantsTerminal: Bool { stdinIsTerminal && stdoutIsTerminal }
}

/// 控制消息 — every non-data frame, in both directions.
public enum ServiceMessage: Codable, Sendable, Equatable {
    /// Client → service: the handshake.
    case hello(ServiceHello)
    /// Service → client: the session runs, as `login` (the kernel's word, not the client's).
    case accepted(login: String, terminal: Bool)
    /// Service → client: the connection is refused; `message` is for the officer, in their language.
    case refused(message: String)
    /// Client → service: the officer's terminal changed size.
    case resize(rows: Int, columns: Int)
    /// Client → service: the officer's standard input ended.
    case inputEnd
    /// Service → client: the session ended with this exit status; the last frame of a session.
    case exit(status: Int32)
    /// Session → service → client: a file to write or a draft to keep on the officer's side.
    case fileRequest(id: Int, request: OfficerFileRequest)
    /// Client → service → session: what came of it.
    case fileReply(id: Int, reply: OfficerFileReply)
    /// Session → service: this session committed a change. Service → session: another one did.
    case changed
    /// Either way: a frame that could not be understood; the connection is closed after it.
    case error(message: String)
}

/// One operation of `OfficerFiles`, carried from a session to the officer's client.
public enum OfficerFileRequest: Codable, Sendable, Equatable {
    case write(path: String, data: Data)
    case read(path: String)
    case writeDraft(name: String, data: Data)
    case appendDraft(name: String, data: Data)
    case readDraft(name: String)
    case removeDraft(name: String)
    case listDrafts
}

/// The client's answer to an `OfficerFileRequest`.
public struct OfficerFileReply: Codable, Sendable, Equatable {
    /// The path and errno when the operation failed on the officer's side.
    public var failedPath: String?
    public var errorCode: Int32?
    public var data: Data?
    public var drafts: [OfficerDraftFile]?

    public init(failedPath: String? = nil, errorCode: Int32? = nil, data: Data? = nil, drafts: [OfficerDraftFile]? = nil) {
        self.failedPath = failedPath
        self.errorCode = errorCode
        self.data = data
        self.drafts = drafts
    }
}

extension ServiceMessage {
    /// The frame payload (kind byte + JSON).
    public func encodedFrame() throws -> [UInt8] {
        let json = try JSONEncoder().encode(self)
        return [FrameKind.control.rawValue] + Array(json)
    }

    public static func decode(_ bytes: some Collection<UInt8>) throws -> ServiceMessage {
        try JSONDecoder().decode(ServiceMessage.self, from: Data(bytes))
    }
}
