import NIOCore

/// 帧长上限 — sits before NIOExtras' `LengthFieldBasedFrameDecoder` and follows the frame
/// boundaries in the raw bytes: a frame that announces more than `ServiceProtocol.maxFrame` bytes
/// (or none at all) is an error at once, before anything is buffered for it, so a client cannot
/// make the service hold memory for a frame that will never fit. The bytes pass on unchanged.
final class FrameLengthLimit: ChannelInboundHandler, @unchecked Sendable {
    typealias InboundIn = ByteBuffer
    typealias InboundOut = ByteBuffer

    struct FrameTooLarge: Error, CustomStringConvertible {
        var length: Int
        var description: String { "frame length \(length) (at most \(ServiceProtocol.maxFrame))" }
    }

    private var remaining = 0
    private var header: [UInt8] = []
    private var failed = false

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        guard !failed else { return }
        let buffer = unwrapInboundIn(data)
        var view = buffer.readableBytesView[...]
        while !view.isEmpty {
            if remaining > 0 {
                let skip = min(remaining, view.count)
                view = view.dropFirst(skip)
                remaining -= skip
                continue
            }
            header.append(view.first!)
            view = view.dropFirst()
            if header.count == 4 {
                let length = Int(header[0]) << 24 | Int(header[1]) << 16 | Int(header[2]) << 8 | Int(header[3])
                header = []
                guard length >= 1, length <= ServiceProtocol.maxFrame else {
                    failed = true
                    context.fireErrorCaught(FrameTooLarge(length: length))
                    return
                }
                remaining = length
            }
        }
        context.fireChannelRead(data)
    }
}
