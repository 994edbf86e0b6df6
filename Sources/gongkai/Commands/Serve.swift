import ArgumentParser
import Foundation
import GongkaiServer
import GongkaiStore

/// `gongkai serve` — 工作区服务: run by the account that owns the workspace, it alone opens the
/// file; every officer's `gongkai` talks to it over the Unix socket and is known by the kernel's
/// word (SO_PEERCRED). `--check` lists what stands in the way; `--migrate` fixes a workspace set
/// up the old group-writable way (Docs/管理员指南.md).
struct Serve: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "serve",
            abstract: CLIText.Help.Serve.abstract.text(),
            discussion: CLIText.Help.Serve.discussion.text())
    }

    @OptionGroup var global: GlobalOptions

    @Option(help: ArgumentHelp(CLIText.Help.Serve.socket, valueName: "SOCKET"))
    var socket: String = ServiceProtocol.defaultSocket

    @Option(name: .customLong("socket-mode"), help: ArgumentHelp(CLIText.Help.Serve.socketMode, valueName: "MODE"))
    var socketMode: String = "0666"

    @Flag(help: ArgumentHelp(CLIText.Help.Serve.check))
    var check = false

    @Flag(help: ArgumentHelp(CLIText.Help.Serve.migrate))
    var migrate = false

    @Option(help: ArgumentHelp(CLIText.Help.Serve.site, valueName: "DIR"))
    var site: String?

    @Option(help: ArgumentHelp(CLIText.Help.Serve.owner, valueName: "ACCOUNT"))
    var owner: String?

    func run() throws {
        if SessionMode.active { throw CLIError(ServiceText.Service.nestedService.text()) }
        let env = ProcessInfo.processInfo.environment
        var path = WorkspaceLocation.resolve(option: global.workspace, environment: env)
        if !path.hasPrefix("/") { path = FileManager.default.currentDirectoryPath + "/" + path }
        if migrate {
            guard let owner else { throw ValidationError("--migrate needs --owner ACCOUNT") }
            do {
                for line in try WorkspacePermissions.migrate(workspace: path, owner: owner) { Console.out(line) }
            } catch let e as WorkspacePermissions.MigrationError {
                throw CLIError(e.description)
            }
            return
        }
        var problems = WorkspacePermissions.problems(workspace: path)
        if check {
            problems += WorkspacePermissions.socketProblems(socket: socket)
            if problems.isEmpty {
                Console.out(ServiceText.Check.allGood.text([path, Actor.currentLogin(), (socket as NSString).deletingLastPathComponent]))
                return
            }
            Console.out(ServiceText.Check.problems.text(["\(problems.count)"]))
            for p in problems { Console.out("  " + p) }
            Console.out(ServiceText.Check.fixWith.text([WorkspacePermissions.fixCommand(workspace: path)]))
            throw ExitCode(1)
        }
        guard problems.isEmpty else {
            throw CLIError(([ServiceText.Check.problems.text(["\(problems.count)"])] + problems.map { "  " + $0 }
                            + [ServiceText.Check.fixWith.text([WorkspacePermissions.fixCommand(workspace: path)])]).joined(separator: "\n"))
        }
        // Opening it once checks it is a workspace and brings its schema up to date.
        _ = try Workspace.open(at: path)
        guard let mode = mode_t(socketMode, radix: 8) else { throw ValidationError("--socket-mode \(socketMode)") }
        let executable = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? ProcessInfo.processInfo.arguments[0]
        let server = ServiceServer(options: .init(workspace: path, socket: socket, socketMode: mode, executable: executable,
                                                  site: site.map { URL(fileURLWithPath: $0).standardizedFileURL.path }))
        try server.start()
        for sig in [SIGTERM, SIGINT, SIGHUP] {
            signal(sig, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: sig, queue: .global())
            source.setEventHandler {
                server.stop()
                Foundation.exit(0)
            }
            source.resume()
            Serve.signalSources.append(source)
        }
        Console.out(ServiceText.Service.serving.text([path, socket, Actor.currentLogin()]))
        try server.wait()
    }

    nonisolated(unsafe) static var signalSources: [DispatchSourceSignal] = []
}
