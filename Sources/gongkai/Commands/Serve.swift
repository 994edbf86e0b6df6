import ArgumentParser
import Foundation
import GongkaiServer
import GongkaiStore

/// `gongkai serve` — 工作区服务: run by the account that owns the workspace, it alone opens the
/// file; every officer's `gongkai` talks to it over the Unix socket and is known by the kernel's
/// word (SO_PEERCRED). `--check` lists what stands in the way; `--migrate` fixes a workspace set
/// up the old group-writable way (Docs/管理员指南.md).
struct Serve: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "运行工作区服务（由拥有工作区的服务账户运行）。Run the workspace service.",
        discussion: """
            服务独自打开工作区，在 Unix 套接字上接受各工作人员的 gongkai 连接，按内核提供的对端 uid 识别身份。
            工作区文件及其目录必须只属于服务账户（0600/0700），否则拒绝启动；--check 列出全部问题。
            The service alone opens the workspace and knows each officer by the kernel's peer credentials.
            """)

    @OptionGroup var global: GlobalOptions

    @Option(help: ArgumentHelp("套接字路径。Socket path.", valueName: "SOCKET"))
    var socket: String = ServiceProtocol.defaultSocket

    @Option(name: .customLong("socket-mode"), help: ArgumentHelp("套接字文件权限（八进制，默认 0666；身份总由内核确定）。Socket file mode.", valueName: "MODE"))
    var socketMode: String = "0666"

    @Flag(help: "只检查工作区与套接字目录的权限，不启动。Check permissions only.")
    var check = false

    @Flag(help: "把旧的共用组部署迁移为服务部署（root 运行，配合 --owner）。Migrate a group-writable setup (as root).")
    var migrate = false

    @Option(help: ArgumentHelp("集中发布的网站目录（属于服务账户、网页服务器可读）；经由服务的 publish 只写到这里。Site folder for publish.", valueName: "DIR"))
    var site: String?

    @Option(help: ArgumentHelp("迁移后工作区的属主（服务账户）。Owner after --migrate.", valueName: "ACCOUNT"))
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
