/// 工作人员 — an officer: the OS login they use on the server, their name, unit and role.
public struct Officer: Hashable, Sendable, Codable {
    public var login: String
    public var name: String
    public var unitId: String
    public var role: Role

    public init(login: String, name: String, unitId: String, role: Role) {
        self.login = login
        self.name = name
        self.unitId = unitId
        self.role = role
    }

    /// Logins are Unix user names: letters, digits, `.`, `_`, `-`; at most 32 characters.
    public static func isValidLogin(_ login: String) -> Bool {
        guard !login.isEmpty, login.count <= 32, let first = login.unicodeScalars.first,
              first != "-" else { return false }
        return login.unicodeScalars.allSatisfy {
            ($0.value < 0x80) && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || "._-".unicodeScalars.contains($0))
        }
    }
}
