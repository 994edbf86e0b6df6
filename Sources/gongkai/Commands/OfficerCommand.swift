import ArgumentParser
import GongkaiCore
import GongkaiStore

/// `gongkai officer add|list` — the officers register (login → name, unit, role).
struct OfficerCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "officer",
        abstract: "工作人员登记（管理员）。The officers register.",
        subcommands: [Add.self, List.self])

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "登记工作人员（仅管理员）。Register an officer (admins only).")

        @OptionGroup var global: GlobalOptions
        @Argument(help: "服务器登录名 OS login") var login: String
        @Option(help: "姓名") var name: String
        @Option(help: "单位代码或完整名称（gongkai unit list）") var unit: String
        @Option(help: "角色 clerk|reviewer|admin 或 经办人|审核人|管理员") var role: String
        @Option(help: "输出格式 text|json。") var format: OutputFormat = .text

        func run() throws {
            guard let r = Role(codeOrName: role) else {
                throw CLIError(CLIText.Workspace.unknownRole.text([role, Role.codeList]))
            }
            let context = try WorkspaceContext.open(global, origin: "cli:officer add")
            let officer = try context.service.addOfficer(Officer(login: login, name: name, unitId: unit, role: r))
            switch format {
            case .json: try Console.json(officer)
            case .text: Console.out(CLIText.Workspace.officerAdded.text([officer.login, officer.name, officer.unitId, officer.role.displayName]))
            }
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "列出工作人员。List officers.")

        @OptionGroup var global: GlobalOptions
        @Option(help: "输出格式 text|json。") var format: OutputFormat = .text

        func run() throws {
            let context = try WorkspaceContext.open(global, origin: "cli:officer list")
            let officers = try context.service.officers()
            switch format {
            case .json: try Console.json(officers)
            case .text:
                for o in officers { Console.out("\(o.login)\t\(o.name)\t\(o.unitId)\t\(o.role.displayName)") }
            }
        }
    }
}
