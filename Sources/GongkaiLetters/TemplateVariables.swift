/// 模板用到的变量 — found by walking the template's tags: a name used outside every section is
/// required (the letter cannot be made without it); a section's name and the names inside a
/// section are conditional (`{{#reason}}…{{/reason}}` prints only when there is a reason).
public struct TemplateVariables: Hashable, Sendable {
    public var required: [String]
    public var conditional: [String]
    /// `{{> partial}}` and `{{= =}}` are not supported in letter templates.
    public var unsupported: [String]

    public var all: [String] { required + conditional.filter { !required.contains($0) } }

    /// Names the letter catalogue does not know (typos in an edited template).
    public var unknown: [String] { all.filter { LetterField.byName[$0] == nil } }

    public init(scanning text: String) {
        var required: [String] = []
        var conditional: [String] = []
        var unsupported: [String] = []
        var depth = 0
        func add(_ name: String, _ list: inout [String]) { if !list.contains(name) { list.append(name) } }
        var rest = Substring(text)
        while let open = rest.range(of: "{{") {
            rest = rest[open.upperBound...]
            var triple = false
            if rest.first == "{" { triple = true; rest = rest.dropFirst() }
            guard let close = rest.range(of: "}}") else { break }
            var tag = rest[..<close.lowerBound].trimmingCharacters(in: .whitespaces)
            rest = rest[close.upperBound...]
            if triple, rest.first == "}" { rest = rest.dropFirst() }
            guard let sigil = tag.first else { continue }
            if "#^/!>=&%$<".contains(sigil) { tag = String(tag.dropFirst()).trimmingCharacters(in: .whitespaces) }
            // A transform `lowercased(name)` names `name`.
            if let p = tag.firstIndex(of: "("), tag.hasSuffix(")") {
                tag = String(tag[tag.index(after: p)..<tag.index(before: tag.endIndex)])
            }
            let name = tag.split(separator: ".").first.map(String.init) ?? tag
            switch sigil {
            case "!", "%": continue
            case ">", "=", "$", "<": add(String(sigil) + tag, &unsupported)
            case "#", "^":
                if !name.isEmpty { add(name, &conditional) }
                depth += 1
            case "/": depth = max(0, depth - 1)
            default:
                guard !name.isEmpty, name != "." else { continue }
                if depth == 0 { add(name, &required) } else { add(name, &conditional) }
            }
        }
        self.required = required
        self.conditional = conditional.filter { !required.contains($0) }
        self.unsupported = unsupported
    }
}
