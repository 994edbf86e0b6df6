import Foundation
import GongkaiCore
import GongkaiServer
import GongkaiStore

/// Opens the workspace the options name (creating and seeding it on first use) and the
/// service door for the current officer.
struct WorkspaceContext {
    var service: GongkaiService
    var created: Bool

    static func open(_ options: GlobalOptions, origin: String, seedOnCreate: Bool = true,
                     onCreate: ((GongkaiService) throws -> Void)? = nil) throws -> WorkspaceContext {
        if SessionMode.active && options.workspace != nil {
            throw CLIError(ServiceText.Service.noWorkspaceOption.text())
        }
        let path = WorkspaceLocation.resolve(option: options.workspace,
                                             environment: ProcessInfo.processInfo.environment)
        let login = Actor.currentLogin()
        // First use seeds the county office unit and registers this login as the first admin
        // (or runs `onCreate`, `gongkai init`), under the creation lock: concurrent first opens
        // cannot collide.
        let seed: ((Workspace) throws -> Void)?
        if let onCreate {
            seed = { ws in try onCreate(GongkaiService(workspace: ws, actor: Actor(login: login, origin: origin))) }
        } else if seedOnCreate {
            seed = { ws in
                _ = try GongkaiService(workspace: ws, actor: Actor(login: login, origin: origin)).initialize(demo: false, created: true)
            }
        } else {
            seed = nil
        }
        let (workspace, created) = try Workspace.open(at: path, onCreate: seed)
        let bootstrap = GongkaiService(workspace: workspace, actor: Actor(login: login, origin: origin))
        if !seedOnCreate { return WorkspaceContext(service: bootstrap, created: created) }
        do {
            let service = try SessionIdentity.resolve(workspace: workspace, realLogin: login,
                                                      actAs: options.actAs, origin: origin)
            return WorkspaceContext(service: service, created: created)
        } catch let denied as AccessDenied where denied.rule == .unknownOfficer {
            let admins = (try? bootstrap.adminLogins()) ?? []
            throw CLIError(denied.description + (admins.isEmpty ? "" : "\n" + CLIText.Common.workspaceAdmins.text([CLIText.list(admins)])))
        }
    }
}

/// Writes text for people: always sanitised, whether stdout is a terminal or a pipe (`| cat`,
/// `| head`, `| less -R` all end on a terminal), so text from outside (names, imported fields)
/// can never drive the officer's terminal.
enum Console {
    static func out(_ text: String) {
        FileHandle.standardOutput.write(Data((TerminalText.safe(text) + "\n").utf8))
    }

    /// Raw data that is already safe for a terminal (exports made by `ExportFormat`, which
    /// sanitises CSV and Markdown cells and escapes JSON).
    static func data(_ data: Data) {
        FileHandle.standardOutput.write(data)
    }

    /// JSON for programs: pretty, keys sorted, non-ASCII kept readable; control, C1 and bidi
    /// characters written as `\uXXXX` escapes (the same strings, no raw control byte).
    static func json<T: Encodable>(_ value: T) throws {
        let enc = JSONEncoder()
        enc.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let text = String(decoding: try enc.encode(value), as: UTF8.self)
        FileHandle.standardOutput.write(Data(TerminalSanitizer.escapeJSON(text).utf8))
        FileHandle.standardOutput.write(Data("\n".utf8))
    }
}
