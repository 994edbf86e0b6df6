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
            try visitText(text, field: field, leaf: label)
            return
        }
        if let date = value as? CivilDate {
            try InputBounds.check(date: date, field: label, today: today)
            return
        }
        if let number = value as? Int {
            try visitNumber(number, leaf: label, today: today)
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
                let path = field.isEmpty ? name : field + "." + name
                do {
                    switch child {
                    case .text(let text): try visitText(text, field: path, leaf: name)
                    case .optionalText(let text): if let text { try visitText(text, field: path, leaf: name) }
                    case .date(let date): try InputBounds.check(date: date, field: name, today: today)
                    case .optionalDate(let date): if let date { try InputBounds.check(date: date, field: name, today: today) }
                    case .number(let number): if let number { try visitNumber(number, leaf: name, today: today) }
                    case .code: break
                    case .nested(let nested): try walk(nested, field: path, leaf: name, today: today)
                    }
                } catch let error as ServiceError {
                    throw Found(field: path, error: error)
                }
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

    private static func visitText(_ text: String, field: String, leaf label: String) throws {
        if let refusal = TextInputPolicy.refusal(text, field: field.isEmpty ? "text" : field,
                                                kind: TextInputPolicy.kind(ofField: label)) {
            throw refusal
        }
    }

    private static func visitNumber(_ number: Int, leaf label: String, today: CivilDate) throws {
        if label == "year" {
            try InputBounds.check(number: number, field: "year", range: InputBounds.yearRange(today: today))
        } else if let range = InputBounds.numberRange(forField: label) {
            try InputBounds.check(number: number, field: label, range: range)
        }
    }

    /// The field's own name: `events[2].note` → `note`.
    static func leaf(_ path: String) -> String {
        let start = path.lastIndex(of: ".").map { path.index(after: $0) } ?? path.startIndex
        return String(path[start...].prefix { $0 != "[" })
    }
}

/// 字段表 — a request that lists its stored properties itself, in declaration order, each with
/// what kind of value it holds, so the check walks them without reflection or a dynamic cast per
/// field (an import checks thousands of requests: the casts were about a tenth of its time).
/// `RequestInputCheckTests` keeps each list equal to what reflection finds, so a field added
/// later is not missed.
protocol InputFields {
    var inputFields: [(String, InputValue)] { get }
}

/// One listed field's value, by what the check does with it.
enum InputValue {
    case text(String)
    case optionalText(String?)
    case date(CivilDate)
    case optionalDate(CivilDate?)
    case number(Int?)
    /// A code (`DomainCode`, optional or not): nothing to check.
    case code(Any)
    /// Anything else, walked by reflection (e.g. an override's reason).
    case nested(Any)

    /// The value as reflection sees the stored property (an optional stays one).
    var value: Any {
        switch self {
        case .text(let v): v
        case .optionalText(let v): v as Any
        case .date(let v): v
        case .optionalDate(let v): v as Any
        case .number(let v): v as Any
        case .code(let v): v
        case .nested(let v): v
        }
    }
}

/// An optional, seen through `Any`.
protocol AnyOptionalInput {
    var inputWrapped: Any? { get }
}

extension Optional: AnyOptionalInput {
    var inputWrapped: Any? { self.map { $0 as Any } }
}

extension NewApplication: InputFields {
    var inputFields: [(String, InputValue)] {
        [("received", .date(received)), ("channel", .code(channel)), ("applicantType", .code(applicantType)),
         ("applicantName", .text(applicantName)), ("content", .text(content)), ("unit", .optionalText(unit)),
         ("idNumber", .optionalText(idNumber)), ("contact", .optionalText(contact)), ("formWanted", .optionalText(formWanted))]
    }
}

extension ApplicationEvent: InputFields {
    var inputFields: [(String, InputValue)] {
        [("kind", .code(kind)), ("date", .date(date)), ("correctionDue", .optionalDate(correctionDue)),
         ("party", .code(party as Any)), ("days", .number(days)), ("approver", .optionalText(approver)),
         ("outcome", .code(outcome as Any)), ("note", .optionalText(note)), ("amount", .number(amount)),
         ("feeCount", .number(feeCount)), ("pages", .number(pages)), ("override", .nested(override as Any))]
    }
}

extension GongkaiService {
    /// Checks a request from outside at the door (text policy, date ranges, number bounds);
    /// throws before anything is read or written.
    func checkInput(_ value: Any, field: String = "") throws {
        try RequestInputCheck.check(value, field: field, today: today())
    }
}
