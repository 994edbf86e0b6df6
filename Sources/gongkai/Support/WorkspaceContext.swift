import Foundation
import GongkaiCore
import GongkaiServer
import GongkaiStore

/// Opens the workspace the options name (creating and seeding it on first use) and the
/// service door for the current officer.
struct WorkspaceContext {
    var service: GongkaiService
    var created: Bool

    static func open(_ options: GlobalOptions, origin: String, seedOnCreate: Bool = true) throws -> WorkspaceContext {
        if SessionMode.active && options.workspace != nil {
            throw CLIError(V.Service.noWorkspaceOption.text())
        }
        let path = WorkspaceLocation.resolve(option: options.workspace,
                                             environment: ProcessInfo.processInfo.environment)
        let (workspace, created) = try Workspace.open(at: path)
        let login = Actor.currentLogin()
        let bootstrap = GongkaiService(workspace: workspace, actor: Actor(login: login, origin: origin))
        // First use seeds the county office unit and registers this login as the first admin.
        if created && seedOnCreate { _ = try bootstrap.initialize(demo: false, created: true) }
        if !seedOnCreate { return WorkspaceContext(service: bootstrap, created: created) }
        do {
            let service = try SessionIdentity.resolve(workspace: workspace, realLogin: login,
                                                      actAs: options.actAs, origin: origin)
            return WorkspaceContext(service: service, created: created)
        } catch let denied as AccessDenied where denied.rule == .unknownOfficer {
            let admins = (try? bootstrap.adminLogins()) ?? []
            throw CLIError(denied.description + (admins.isEmpty ? "" : "\n" + G.Common.workspaceAdmins.text([G.list(admins)])))
        }
    }
}

/// Writes text for people: sanitised when stdout is a terminal, so text from outside (names,
/// imported fields) can never drive the officer's terminal.
enum Console {
    static func out(_ text: String) {
        let safe = SessionMode.isTerminal(STDOUT_FILENO) ? TerminalText.safe(text) : text
        FileHandle.standardOutput.write(Data((safe + "\n").utf8))
    }

    /// JSON for programs: pretty, keys sorted, non-ASCII kept readable.
    static func json<T: Encodable>(_ value: T) throws {
        let enc = JSONEncoder()
        enc.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        FileHandle.standardOutput.write(try enc.encode(value))
        FileHandle.standardOutput.write(Data("\n".utf8))
    }
}
