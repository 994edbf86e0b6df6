import Foundation
import GongkaiCore
import NIOCore
import NIOExtras
import NIOPosix
#if canImport(Glibc)
import Glibc
#endif

/// 一个连接 — one client on the service's socket and the session process started for it. Every
/// method runs on the connection's event loop (the session's pipes and control channel are put on
/// the same loop), so its state needs no lock; work that could block (waiting for the process)
/// runs on a thread of its own.
final class ServiceConnection: ChannelInboundHandler, @unchecked Sendable {
    typealias InboundIn = ByteBuffer
    typealias OutboundOut = ByteBuffer

    private enum State { case awaitingHello, starting, running, finished }

    private let server: ServiceServer
    private var context: ChannelHandlerContext?
    private var state = State.awaitingHello
    private var process: SessionProcess?
    private var language = UILanguage.zh
    private var inputChannel: Channel?
    private var outputChannels: [Channel] = []
    private var controlChannel: Channel?
    private var openOutputs = 0
    private var exitStatus: Int32?
    private var pendingInput: [ByteBuffer] = []
    private var inputEnded = false
    private var pendingControl: [ServiceMessage] = []

    init(server: ServiceServer) {
        self.server = server
    }

    // MARK: - The client's channel

    func handlerAdded(context: ChannelHandlerContext) {
        self.context = context
        server.register(self)
    }

    func channelInactive(context: ChannelHandlerContext) {
        hangUp()
        server.unregister(self)
        context.fireChannelInactive()
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        var frame = unwrapInboundIn(data)
        guard let byte = frame.readInteger(as: UInt8.self), let kind = FrameKind(rawValue: byte) else {
            fail(context, "unknown frame kind")
            return
        }
        switch kind {
        case .control:
            let message: ServiceMessage
            do {
                message = try ServiceMessage.decode(frame.readableBytesView)
            } catch {
                fail(context, "\(error)")
                return
            }
            handle(message, context: context)
        case .input:
            switch state {
            case .running:
                if let input = inputChannel { write(frame, to: input) }
            case .starting:
                pendingInput.append(frame)
            case .awaitingHello, .finished:
                fail(context, "input before the handshake")
            }
        case .output, .errorOutput:
            fail(context, "a client does not send output")
        }
    }

    func errorCaught(context: ChannelHandlerContext, error: Error) {
        fail(context, "\(error)")
    }

    /// The client can take more: resume reading the session's output.
    func channelWritabilityChanged(context: ChannelHandlerContext) {
        let writable = context.channel.isWritable
        for out in outputChannels { out.setOption(ChannelOptions.autoRead, value: writable).whenComplete { _ in } }
        context.fireChannelWritabilityChanged()
    }

    /// A malformed, oversized or truncated frame: say so and close this connection only.
    private func fail(_ context: ChannelHandlerContext, _ reason: String) {
        guard state != .finished else { return }
        let text = ServiceText.Service.badFrame.text([reason], in: language)
        send(.error(message: text))
        state = .finished
        context.channel.close(promise: nil)
    }

    private func send(_ message: ServiceMessage) {
        guard let context, let bytes = try? message.encodedFrame() else { return }
        var buffer = context.channel.allocator.buffer(capacity: bytes.count)
        buffer.writeBytes(bytes)
        context.writeAndFlush(wrapOutboundOut(buffer), promise: nil)
    }

    private func sendData(_ kind: FrameKind, _ data: ByteBuffer) {
        guard let context else { return }
        var buffer = context.channel.allocator.buffer(capacity: data.readableBytes + 1)
        buffer.writeInteger(kind.rawValue)
        var copy = data
        buffer.writeBuffer(&copy)
        context.writeAndFlush(wrapOutboundOut(buffer), promise: nil)
    }

    // MARK: - Messages

    private func handle(_ message: ServiceMessage, context: ChannelHandlerContext) {
        switch message {
        case .hello(let hello):
            guard state == .awaitingHello else { fail(context, "a second handshake"); return }
            start(hello, context: context)
        case .resize(let rows, let columns):
            if let fd = process?.terminalControl { SessionSpawner.setWindowSize(fd, rows: rows, columns: columns) }
        case .inputEnd:
            if state == .running, let input = inputChannel, process?.terminal == nil {
                input.close(mode: .output, promise: nil)
            } else if state == .starting {
                inputEnded = true
            }
        case .fileReply:
            if state == .running { toSession(message) } else if state == .starting { pendingControl.append(message) }
        default:
            fail(context, "unexpected message")
        }
    }

    private func start(_ hello: ServiceHello, context: ChannelHandlerContext) {
        language = UILanguage.fromEnvironment(hello.environment)
        guard hello.version == ServiceProtocol.version else {
            refuse(ServiceText.Service.versionMismatch.text(["\(hello.version)", "\(ServiceProtocol.version)"], in: language))
            return
        }
        if hello.arguments.contains(where: { $0 == "--workspace" || $0.hasPrefix("--workspace=") }) {
            refuse(ServiceText.Service.noWorkspaceOption.text(in: language))
            return
        }
        if let verb = LocalVerbs.verb(of: hello.arguments), LocalVerbs.names.contains(verb) {
            refuse(ServiceText.Service.localVerb.text([verb], in: language))
            return
        }
        state = .starting
        guard let provider = context.channel as? SocketOptionProvider else {
            refuse(ServiceText.Service.unknownPeer.text(["?"], in: language))
            return
        }
        let credentials: EventLoopFuture<PeerCredentials> = provider.unsafeGetSocketOption(level: SocketOptionLevel(SOL_SOCKET),
                                                                                name: SocketOptionName(SO_PEERCRED))
        credentials.whenComplete { [self] (result: Result<PeerCredentials, Error>) in
            guard case .success(let cred) = result, let login = PeerIdentity.login(of: cred.uid) else {
                let uid = (try? result.get()).map { "\($0.uid)" } ?? "?"
                refuse(ServiceText.Service.unknownPeer.text([uid], in: language))
                return
            }
            launch(hello, login: login, context: context)
        }
    }

    private func refuse(_ text: String) {
        send(.refused(message: text))
        state = .finished
        context?.channel.close(promise: nil)
    }

    private func launch(_ hello: ServiceHello, login: String, context: ChannelHandlerContext) {
        guard state == .starting, context.channel.isActive else { return }
        let reconnected = hello.environment["GONGKAI_RECONNECTED"] == "1"
        let spawned: SessionProcess
        do {
            spawned = try SessionSpawner.spawn(SessionRequest(executable: server.options.executable,
                                                              workspace: server.options.workspace,
                                                              login: login, hello: hello, reconnected: reconnected,
                                                              site: server.options.site))
        } catch {
            refuse(ServiceText.Service.spawnFailed.text(["\(error)"], in: language))
            return
        }
        process = spawned
        reap(spawned.pid, on: context.eventLoop)
        let loop = context.eventLoop
        var channels: [EventLoopFuture<Void>] = []
        if let master = spawned.terminal {
            openOutputs = 1
            channels.append(pipe(on: loop, kind: .output, inputOutput: master).map { [self] ch in
                inputChannel = ch
                outputChannels.append(ch)
            })
        } else if let input = spawned.stdinWrite, let output = spawned.stdoutRead, let error = spawned.stderrRead {
            openOutputs = 2
            channels.append(NIOPipeBootstrap(group: loop)
                .channelInitializer { ch in
                    ch.eventLoop.makeCompletedFuture {
                        try ch.pipeline.syncOperations.addHandler(SessionInputWatch(connection: self))
                    }
                }
                .takingOwnershipOfDescriptor(output: input).map { [self] ch in inputChannel = ch })
            channels.append(pipe(on: loop, kind: .output, input: output).map { [self] ch in outputChannels.append(ch) })
            channels.append(pipe(on: loop, kind: .errorOutput, input: error).map { [self] ch in outputChannels.append(ch) })
        }
        channels.append(ClientBootstrap(group: loop)
            .channelInitializer { ch in
                ch.eventLoop.makeCompletedFuture {
                    let sync = ch.pipeline.syncOperations
                    try sync.addHandler(ByteToMessageHandler(LengthFieldBasedFrameDecoder(lengthFieldBitLength: .fourBytes),
                                                             maximumBufferSize: ServiceProtocol.maxFrame + 16))
                    try sync.addHandler(LengthFieldPrepender(lengthFieldBitLength: .fourBytes))
                    try sync.addHandler(SessionControlRelay(connection: self))
                }
            }
            .withConnectedSocket(descriptor: spawned.control).map { [self] ch in controlChannel = ch })
        EventLoopFuture.andAllSucceed(channels, on: loop).whenComplete { [self] result in
            switch result {
            case .success:
                state = .running
                send(.accepted(login: login, terminal: spawned.terminal != nil))
                for frame in pendingInput { if let input = inputChannel { write(frame, to: input) } }
                pendingInput = []
                for message in pendingControl { toSession(message) }
                pendingControl = []
                if inputEnded, spawned.terminal == nil { inputChannel?.close(mode: .output, promise: nil) }
                if !context.channel.isActive { hangUp() }
            case .failure(let error):
                kill(-spawned.pid, SIGKILL)
                refuse(ServiceText.Service.spawnFailed.text(["\(error)"], in: language))
            }
        }
    }

    private func pipe(on loop: EventLoop, kind: FrameKind, input: Int32? = nil, inputOutput: Int32? = nil) -> EventLoopFuture<Channel> {
        let bootstrap = NIOPipeBootstrap(group: loop)
            .channelInitializer { ch in
                ch.eventLoop.makeCompletedFuture {
                    try ch.pipeline.syncOperations.addHandler(SessionOutputRelay(connection: self, kind: kind))
                }
            }
        if let inputOutput { return bootstrap.takingOwnershipOfDescriptor(inputOutput: inputOutput) }
        return bootstrap.takingOwnershipOfDescriptor(input: input!)
    }

    private func write(_ frame: ByteBuffer, to channel: Channel) {
        channel.writeAndFlush(frame, promise: nil)
        if !channel.isWritable { context?.channel.setOption(ChannelOptions.autoRead, value: false).whenComplete { _ in } }
    }

    /// Waits for the session process on a thread of its own and brings its status back to the loop.
    private func reap(_ pid: pid_t, on loop: EventLoop) {
        let thread = Thread { [self] in
            var status: Int32 = 0
            while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
            let code: Int32
            if status & 0x7f == 0 { code = (status >> 8) & 0xff } else { code = 128 + (status & 0x7f) }
            loop.execute { [self] in sessionExited(code) }
        }
        thread.stackSize = 64 << 10
        thread.start()
    }

    // MARK: - From the session

    func sessionOutput(_ kind: FrameKind, _ data: ByteBuffer) {
        sendData(kind, data)
    }

    func sessionOutputClosed() {
        openOutputs -= 1
        finishIfDone()
    }

    func sessionInputWritable(_ writable: Bool) {
        guard writable else { return }
        context?.channel.setOption(ChannelOptions.autoRead, value: true).whenComplete { _ in }
    }

    func sessionControl(_ message: ServiceMessage) {
        switch message {
        case .fileRequest:
            send(message)
        case .changed:
            server.broadcastChanged(from: self)
        default:
            break
        }
    }

    private func sessionExited(_ status: Int32) {
        exitStatus = status
        controlChannel?.close(promise: nil)
        if let process {
            if let fd = process.terminalControl { close(fd) }
            try? FileManager.default.removeItem(atPath: process.directory)
        }
        // A terminal's last bytes are read before EIO; pipes end with EOF. Either way the status
        // frame follows the output, and a session whose output never ends is not waited for long.
        context?.eventLoop.scheduleTask(in: .seconds(2)) { [self] in
            openOutputs = 0
            finishIfDone()
        }
        finishIfDone()
    }

    private func finishIfDone() {
        guard openOutputs <= 0, let status = exitStatus, state != .finished else { return }
        state = .finished
        send(.exit(status: status))
        context?.channel.close(promise: nil)
    }

    private func toSession(_ message: ServiceMessage) {
        guard let control = controlChannel, let bytes = try? message.encodedFrame() else { return }
        var buffer = control.allocator.buffer(capacity: bytes.count)
        buffer.writeBytes(bytes)
        control.writeAndFlush(buffer, promise: nil)
    }

    /// Another session committed a change.
    func notifyChanged() {
        context?.eventLoop.execute { [self] in
            if state == .running { toSession(.changed) }
        }
    }

    /// The client went away (or the service stops): the session is told to end at once — SIGHUP to
    /// its process group, its control channel closed — so nothing it was doing stays half done
    /// (an open transaction is rolled back by SQLite when the process ends).
    func hangUp() {
        guard let loop = context?.eventLoop else { return }
        loop.execute { [self] in
            guard let process, exitStatus == nil else { return }
            kill(-process.pid, SIGHUP)
            controlChannel?.close(promise: nil)
            inputChannel?.close(promise: nil)
            let pid = process.pid
            loop.scheduleTask(in: .seconds(5)) { [self] in
                if exitStatus == nil { kill(-pid, SIGKILL) }
            }
        }
    }
}

/// Bytes from the session's terminal or standard streams → frames to the client.
final class SessionOutputRelay: ChannelInboundHandler, @unchecked Sendable {
    typealias InboundIn = ByteBuffer
    let connection: ServiceConnection
    let kind: FrameKind
    private var closed = false

    init(connection: ServiceConnection, kind: FrameKind) {
        self.connection = connection
        self.kind = kind
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        connection.sessionOutput(kind, unwrapInboundIn(data))
    }

    func channelInactive(context: ChannelHandlerContext) {
        end()
    }

    func userInboundEventTriggered(context: ChannelHandlerContext, event: Any) {
        if event is ChannelEvent, case .inputClosed = event as! ChannelEvent { end(); context.close(promise: nil) }
    }

    /// A terminal whose session ended reads EIO: that is its end of file.
    func errorCaught(context: ChannelHandlerContext, error: Error) {
        end()
        context.close(promise: nil)
    }

    private func end() {
        guard !closed else { return }
        closed = true
        connection.sessionOutputClosed()
    }
}

/// The session's standard input: tells the connection when it can take more of the client's bytes.
final class SessionInputWatch: ChannelInboundHandler, @unchecked Sendable {
    typealias InboundIn = ByteBuffer
    let connection: ServiceConnection

    init(connection: ServiceConnection) { self.connection = connection }

    func channelWritabilityChanged(context: ChannelHandlerContext) {
        connection.sessionInputWritable(context.channel.isWritable)
    }

    func errorCaught(context: ChannelHandlerContext, error: Error) {
        context.close(promise: nil)
    }
}

/// The session's control channel: its file requests and change notices.
final class SessionControlRelay: ChannelInboundHandler, @unchecked Sendable {
    typealias InboundIn = ByteBuffer
    let connection: ServiceConnection

    init(connection: ServiceConnection) { self.connection = connection }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        var frame = unwrapInboundIn(data)
        guard frame.readInteger(as: UInt8.self) == FrameKind.control.rawValue,
              let message = try? ServiceMessage.decode(frame.readableBytesView) else { return }
        connection.sessionControl(message)
    }

    func errorCaught(context: ChannelHandlerContext, error: Error) {
        context.close(promise: nil)
    }
}
