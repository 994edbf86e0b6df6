import Foundation
import GongkaiCore

/// 操作被拒绝 — why the service refused a request; nothing was changed. Chinese first, English in
/// brackets, so the CLI and the TUI message line can show it as is.
public enum ServiceError: Error, Equatable, Sendable, LocalizedError, CustomStringConvertible {
    /// 申请编号不存在.
    case unknownApplication(String)
    /// 单位不存在.
    case unknownUnit(String)
    /// A required field is empty (申请人姓名、申请内容 …).
    case missingField(String)
    /// 收到申请之日晚于今天 (条例第三十一条: the day of receipt has happened).
    case receivedInFuture(received: CivilDate, today: CivilDate)
    /// The deadline rules refused the event (条例第三十条至第三十四条; C1–C4).
    case deadline(DeadlineError)
    /// The holiday arrangement was refused (C5).
    case arrangement(ArrangementError)
    /// A number or code out of range (天数 …).
    case invalidValue(String)
    /// Bad input in general (a login that is not a user name, an empty name …).
    case invalid(String)
    /// The thing named does not exist.
    case notFound(String)
    /// It exists already, or clashes with what exists.
    case conflict(String)

    public var chineseMessage: String {
        switch self {
        case .unknownApplication(let id): return "没有编号为 \(id) 的申请"
        case .unknownUnit(let u): return "没有名为或编号为“\(u)”的单位"
        case .missingField(let f): return "缺少\(f)"
        case .receivedInFuture(let r, let t): return "收到申请之日 \(r) 晚于今天 \(t)"
        case .deadline(let e): return e.chineseMessage
        case .arrangement(let e): return e.chineseMessage
        case .invalidValue(let v): return v
        case .invalid(let m), .notFound(let m), .conflict(let m): return m
        }
    }

    public var message: String {
        switch self {
        case .unknownApplication(let id): return "\(chineseMessage)（no application \(id)）"
        case .unknownUnit(let u): return "\(chineseMessage)（no unit \(u)）"
        case .missingField: return "\(chineseMessage)（a required field is empty）"
        case .receivedInFuture: return "\(chineseMessage)（date of receipt is in the future）"
        case .deadline(let e): return e.message
        case .arrangement(let e): return e.message
        case .invalidValue, .invalid, .notFound, .conflict: return chineseMessage
        }
    }

    public var description: String { message }
    public var errorDescription: String? { message }
}
