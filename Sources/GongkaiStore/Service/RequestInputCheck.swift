import Foundation
import GongkaiCore

/// 请求检查 — the door's one check of a request from outside: every text field against the
/// input policy (`TextInputPolicy`), every date and bounded number against `InputBounds`, named
/// by the request's field (`event.note`, `channels[2]`). It walks the request's stored
/// properties, so a field or an event kind added later is checked without being listed here.
enum RequestInputCheck {
    /// A refusal and the field it names (`application.applicantName`).
    struct Found: Error {
        var field: String
        var error: ServiceError
    }

    static func check(_ value: Any, field: String = "", today: CivilDate) throws {
        do { try walk(value, field: field, leaf: leaf(field), today: today) } catch let found as Found { throw found.error }
    }

    /// The first refusal in `value` with its field, or nil.
    static func problem(_ value: Any, field: String = "", today: CivilDate) -> Found? {
        do { try walk(value, field: field, leaf: leaf(field), today: today); return nil } catch let found as Found { return found } catch { return nil }
    }

    /// `leaf` is `leaf(field)`, carried down instead of cut out of the path at every value.
    static func walk(_ value: Any, field: String, leaf label: String, today: CivilDate) throws {
        do { try visit(value, field: field, leaf: label, today: today) } catch let error as ServiceError {
            throw Found(field: field, error: error)
        }
    }

    private static func visit(_ value: Any, field: String, leaf label: String, today: CivilDate) throws {
        if let text = value as? String {
            if let refusal = TextInputPolicy.refusal(text, field: field.isEmpty ? "text" : field,
                                                    kind: TextInputPolicy.kind(ofField: label)) {
                throw refusal
            }
            return
        }
        if let date = value as? CivilDate {
            try InputBounds.check(date: date, field: label, today: today)
            return
        }
        if let number = value as? Int {
            if label == "year" {
                try InputBounds.check(number: number, field: "year", range: InputBounds.yearRange(today: today))
            } else if let range = InputBounds.numberRange(forField: label) {
                try InputBounds.check(number: number, field: label, range: range)
            }
            return
        }
        // An absent optional and a code (`DomainCode`: a String enum without payload, a value the
        // program defines) hold nothing to check; telling them apart here saves a reflection per
        // field (an import checks thousands of requests).
        if let optional = value as? AnyOptionalInput {
            if let some = optional.inputWrapped { try visit(some, field: field, leaf: label, today: today) }
            return
        }
        if value is any DomainCode { return }
        if let listed = value as? InputFields {
            for (name, child) in listed.inputFields {
                try walk(child, field: field.isEmpty ? name : field + "." + name, leaf: name, today: today)
            }
            return
        }
        let mirror = Mirror(reflecting: value)
        switch mirror.displayStyle {
        case .optional:
            if let some = mirror.children.first { try walk(some.value, field: field, leaf: label, today: today) }
        case .collection, .set:
            for (i, child) in mirror.children.enumerated() {
                try walk(child.value, field: "\(field)[\(i + 1)]", leaf: label, today: today)
            }
        case .dictionary:
            for child in mirror.children {
                for part in Mirror(reflecting: child.value).children {
                    try walk(part.value, field: field, leaf: label, today: today)
                }
            }
        case .struct, .class, .enum, .tuple:
            for child in mirror.children {
                let name = child.label.map { field.isEmpty ? $0 : field + "." + $0 } ?? field
                try walk(child.value, field: name, leaf: child.label ?? label, today: today)
            }
        default:
            return
        }
    }

    /// The field's own name: `events[2].note` → `note`.
    static func leaf(_ path: String) -> String {
        let start = path.lastIndex(of: ".").map { path.index(after: $0) } ?? path.startIndex
        return String(path[start...].prefix { $0 != "[" })
    }
}

/// 字段表 — a request that lists its stored properties itself, in declaration order, so the check
/// walks them without reflection (an import checks thousands of requests). `RequestInputCheckTests`
/// keeps each list equal to what reflection finds, so a field added later is not missed.
protocol InputFields {
    var inputFields: [(String, Any)] { get }
}

/// An optional, seen through `Any`.
protocol AnyOptionalInput {
    var inputWrapped: Any? { get }
}

extension Optional: AnyOptionalInput {
    var inputWrapped: Any? { self.map { $0 as Any } }
}

extension NewApplication: InputFields {
    var inputFields: [(String, Any)] {
        [("received", received), ("channel", channel), ("applicantType", applicantType),
         ("applicantName", applicantName), ("content", content), ("unit", unit as Any),
         ("idNumber", idNumber as Any), ("contact", contact as Any), ("formWanted", formWanted as Any)]
    }
}

extension ApplicationEvent: InputFields {
    var inputFields: [(String, Any)] {
        [("kind", kind), ("date", date), ("correctionDue", correctionDue as Any), ("party", party as Any),
         ("days", days as Any), ("approver", approver as Any), ("outcome", outcome as Any), ("note", note as Any),
         ("amount", amount as Any), ("feeCount", feeCount as Any), ("pages", pages as Any), ("override", override as Any)]
    }
}

extension GongkaiService {
    /// Checks a request from outside at the door (text policy, date ranges, number bounds);
    /// throws before anything is read or written.
    func checkInput(_ value: Any, field: String = "") throws {
        try RequestInputCheck.check(value, field: field, today: today())
    }
}
