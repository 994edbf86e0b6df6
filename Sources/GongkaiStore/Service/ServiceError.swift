import Foundation
import GongkaiCore

/// 操作被拒绝 — why the service refused a request; nothing was changed. Read in the language in
/// force where it is shown (`UILanguage.current`, taken when `description` is read): in Chinese
/// Chinese only in Chinese, English only in English (no English glosses in the Chinese interface).
public enum ServiceError: Error, Equatable, Sendable, LocalizedError, CustomStringConvertible {
    /// 申请编号不存在.
    case unknownApplication(String)
    /// 单位不存在.
    case unknownUnit(String)
    /// 单位无法确定 — the reference matches no unit, or one unit's code and another's name; the
    /// candidates are listed (`UnitResolver`).
    case unitNotResolved(String, candidates: [String])
    /// A required field is empty (申请人姓名、申请内容 …).
    case missingField(PhraseText)
    /// 收到申请之日晚于今天 (条例第三十一条: the day of receipt has happened).
    case receivedInFuture(received: CivilDate, today: CivilDate)
    /// The deadline rules refused the event (条例第三十条至第三十四条; C1–C4).
    case deadline(DeadlineError)
    /// A case-history rule refused the event (条例第三十条、第三十六条; C8, C9); an admin may override.
    case caseHistory(CaseHistoryRefusal)
    /// The holiday arrangement was refused (C5).
    case arrangement(ArrangementError)
    /// A number or code out of range (天数 …).
    case invalidValue(PhraseText)
    /// Bad input in general (a login that is not a user name, an empty name …).
    case invalid(PhraseText)
    /// The thing named does not exist.
    case notFound(PhraseText)
    /// It exists already, or clashes with what exists.
    case conflict(PhraseText)

    /// The message in one language, without the bracketed English of the Chinese reading.
    public func text(in lang: UILanguage) -> String {
        typealias P = StoreText.Service
        switch self {
        case .unknownApplication(let id): return P.unknownApplication.text([id], in: lang)
        case .unknownUnit(let u): return P.unknownUnit.text([u], in: lang)
        case .unitNotResolved(let u, let c):
            return P.unitNotResolved.text([u, c.joined(separator: P.candidateSeparator.text(in: lang))], in: lang)
        case .missingField(let f): return P.missingField.text([f.text(in: lang)], in: lang)
        case .receivedInFuture(let r, let t): return P.receivedInFuture.text(["\(r)", "\(t)"], in: lang)
        case .deadline(let e): return lang == .en ? e.englishMessage : e.chineseMessage
        case .caseHistory(let e): return e.text(in: lang)
        case .arrangement(let e): return lang == .en ? e.englishMessage : e.chineseMessage
        case .invalidValue(let m), .invalid(let m), .notFound(let m), .conflict(let m): return m.text(in: lang)
        }
    }

    public var chineseMessage: String { text(in: .zh) }

    /// The message in the interface language in force: Chinese only in Chinese, English only in English.
    public var message: String { text(in: UILanguage.current) }

    public var description: String { message }
    public var errorDescription: String? { message }
}
