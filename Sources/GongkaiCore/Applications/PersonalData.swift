import Foundation

/// 个人信息遮蔽 — applicants' personal data is masked in lists (张*, ID last 4 digits);
/// only the handling unit and the county office see it unmasked.
public enum PersonalData {
    /// "张三" → "张*", "欧阳娜娜" → "欧***", "Li Lei" → "L*****"; organisations keep their name.
    public static func maskName(_ name: String) -> String {
        let chars = Array(name.trimmingCharacters(in: .whitespaces))
        guard let first = chars.first else { return "" }
        return String(first) + String(repeating: "*", count: max(1, chars.count - 1))
    }

    /// Keeps the last 4 characters of an ID document number: "110101199003071234" → "**************1234".
    public static func maskIdNumber(_ id: String) -> String {
        let chars = Array(id)
        guard chars.count > 4 else { return String(repeating: "*", count: chars.count) }
        return String(repeating: "*", count: chars.count - 4) + String(chars.suffix(4))
    }
}
