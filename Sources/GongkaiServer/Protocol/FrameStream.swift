import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// 帧流 — the same frames as the service's NIO pipeline (4-byte big-endian length, kind byte,
/// bytes), read and written with blocking calls on one descriptor: the client's socket and a
/// session's control channel, where one thread per direction is all there is to do.
public final class FrameStream: @unchecked Sendable {
    public let fd: Int32
    private let writeLock = NSLock()

    public init(fd: Int32) { self.fd = fd }

    /// A frame too large or cut short.
    public struct FrameError: Error, CustomStringConvertible {
        public var description: String
    }

    public func send(_ kind: FrameKind, _ bytes: some Collection<UInt8>) throws {
        let length = UInt32(bytes.count + 1)
        var frame = [UInt8]()
        frame.reserveCapacity(bytes.count + 5)
        frame.append(UInt8(length >> 24)); frame.append(UInt8((length >> 16) & 0xff))
        frame.append(UInt8((length >> 8) & 0xff)); frame.append(UInt8(length & 0xff))
        frame.append(kind.rawValue)
        frame.append(contentsOf: bytes)
        writeLock.lock()
        defer { writeLock.unlock() }
        try frame.withUnsafeBytes { raw in
            var offset = 0
            while offset < raw.count {
                let n = Glibc.send(fd, raw.baseAddress! + offset, raw.count - offset, Int32(MSG_NOSIGNAL))
                if n < 0 {
                    if errno == EINTR { continue }
                    if errno == ENOTSOCK {
                        let w = Glibc.write(fd, raw.baseAddress! + offset, raw.count - offset)
                        if w < 0 { if errno == EINTR { continue }; throw FrameError(description: String(cString: strerror(errno))) }
                        offset += w
                        continue
                    }
                    throw FrameError(description: String(cString: strerror(errno)))
                }
                offset += n
            }
        }
    }

    public func send(_ message: ServiceMessage) throws {
        let bytes = try message.encodedFrame()
        try send(FrameKind(rawValue: bytes[0])!, bytes.dropFirst())
    }

    /// The next frame, or nil when the other side closed between frames.
    public func receive() throws -> (kind: FrameKind, bytes: [UInt8])? {
        guard let header = try readExactly(4, eofAllowed: true) else { return nil }
        let length = Int(header[0]) << 24 | Int(header[1]) << 16 | Int(header[2]) << 8 | Int(header[3])
        guard length >= 1, length <= ServiceProtocol.maxFrame else {
            throw FrameError(description: "frame length \(length)")
        }
        guard let body = try readExactly(length, eofAllowed: false) else { return nil }
        guard let kind = FrameKind(rawValue: body[0]) else {
            throw FrameError(description: "frame kind \(body[0])")
        }
        return (kind, Array(body.dropFirst()))
    }

    private func readExactly(_ count: Int, eofAllowed: Bool) throws -> [UInt8]? {
        var out = [UInt8](repeating: 0, count: count)
        var got = 0
        while got < count {
            let n = out.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress! + got, count - got) }
            if n < 0 {
                if errno == EINTR { continue }
                throw FrameError(description: String(cString: strerror(errno)))
            }
            if n == 0 {
                if got == 0 && eofAllowed { return nil }
                throw FrameError(description: "truncated frame")
            }
            got += n
        }
        return out
    }
}
