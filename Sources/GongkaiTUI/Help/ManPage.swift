import Foundation

/// 手册页 — `gongkai.1` in roff, generated from the command definitions: the JSON tree that
/// swift-argument-parser prints for `--experimental-dump-help` (its ToolInfo format, version 0),
/// plus the live default keymap. `gongkai man > Docs/gongkai.1` regenerates the committed file.
public enum ManPage {
    /// The part of ArgumentParser's ToolInfoV0 the page uses.
    public struct ToolInfo: Codable, Sendable {
        public var command: Command
    }

    public struct Command: Codable, Sendable {
        public var commandName: String
        public var abstract: String?
        public var discussion: String?
        public var shouldDisplay: Bool?
        public var subcommands: [Command]?
        public var arguments: [Argument]?

        public init(commandName: String, abstract: String? = nil, discussion: String? = nil,
                    subcommands: [Command]? = nil, arguments: [Argument]? = nil) {
            self.commandName = commandName
            self.abstract = abstract
            self.discussion = discussion
            self.subcommands = subcommands
            self.arguments = arguments
        }
    }

    public struct Argument: Codable, Sendable {
        public struct Name: Codable, Sendable {
            public var kind: String       // long, short, longWithSingleDash
            public var name: String
            public init(kind: String, name: String) { self.kind = kind; self.name = name }
        }
        public var kind: String           // positional, option, flag
        public var names: [Name]?
        public var valueName: String?
        public var abstract: String?
        public var defaultValue: String?
        public var isOptional: Bool?
        public var isRepeating: Bool?
        public var shouldDisplay: Bool?
        public var allValues: [String]?

        public init(kind: String, names: [Name]? = nil, valueName: String? = nil, abstract: String? = nil,
                    defaultValue: String? = nil) {
            self.kind = kind
            self.names = names
            self.valueName = valueName
            self.abstract = abstract
            self.defaultValue = defaultValue
        }
    }

    /// Options every verb takes: described once, under OPTIONS.
    static let globalOptions: Set<String> = ["workspace", "as", "version", "help", "h"]

    // MARK: roff

    /// Text for a roff text line: `\` → `\e`, `-` → `\-` (a real minus, so `--workspace` can be
    /// searched and copied), and a line starting with `.` or `'` is protected with `\&`.
    public static func escape(_ text: String) -> String {
        var out = ""
        for c in text {
            switch c {
            case "\\": out += "\\e"
            case "-": out += "\\-"
            default: out.append(c)
            }
        }
        if out.hasPrefix(".") || out.hasPrefix("'") { out = "\\&" + out }
        return out
    }

    /// Several lines of text, each escaped (blank lines become paragraph breaks).
    static func block(_ text: String) -> [String] {
        text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            line.trimmingCharacters(in: .whitespaces).isEmpty ? ".sp" : escape(String(line))
        }
    }

    static func optionLabel(_ a: Argument) -> String {
        let names = (a.names ?? []).map { n -> String in
            switch n.kind {
            case "short": return "\\fB\\-" + escape(n.name) + "\\fR"
            case "longWithSingleDash": return "\\fB\\-" + escape(n.name) + "\\fR"
            default: return "\\fB\\-\\-" + escape(n.name) + "\\fR"
            }
        }
        if a.kind == "positional" {
            return "\\fI" + escape(a.valueName ?? "value") + "\\fR" + (a.isRepeating == true ? " ..." : "")
        }
        var label = names.joined(separator: ", ")
        if a.kind == "option" { label += " \\fI" + escape(a.valueName ?? "value") + "\\fR" }
        return label
    }

    static func argumentLines(_ a: Argument) -> [String] {
        var lines = [".TP", optionLabel(a)]
        var text = a.abstract ?? ""
        if let values = a.allValues, !values.isEmpty, !text.contains(values.joined(separator: "|")) {
            text += " (" + values.joined(separator: ", ") + ")"
        }
        if let d = a.defaultValue, a.kind == "option" { text += " [" + d + "]" }
        lines.append(escape(text.trimmingCharacters(in: .whitespaces)))
        return lines
    }

    static func isShown(_ a: Argument) -> Bool {
        a.shouldDisplay != false
    }

    static func isGlobal(_ a: Argument) -> Bool {
        (a.names ?? []).contains { globalOptions.contains($0.name) }
    }

    /// The page's section headings and synopsis words, in the page's language (`english` is the
    /// man convention; the Chinese page gives its own).
    public struct Headings: Sendable {
        public var name, synopsis, description, options, commands, keys, files, environment, seeAlso: String
        public var optionsWord, commandWord, subcommandWord: String

        public init(name: String, synopsis: String, description: String, options: String, commands: String,
                    keys: String, files: String, environment: String, seeAlso: String,
                    optionsWord: String, commandWord: String, subcommandWord: String) {
            self.name = name
            self.synopsis = synopsis
            self.description = description
            self.options = options
            self.commands = commands
            self.keys = keys
            self.files = files
            self.environment = environment
            self.seeAlso = seeAlso
            self.optionsWord = optionsWord
            self.commandWord = commandWord
            self.subcommandWord = subcommandWord
        }

        public static let english = Headings(
            name: "NAME", synopsis: "SYNOPSIS", description: "DESCRIPTION", options: "OPTIONS", commands: "COMMANDS",
            keys: "KEYS", files: "FILES", environment: "ENVIRONMENT", seeAlso: "SEE ALSO",
            optionsWord: "options", commandWord: "command", subcommandWord: "subcommand")
    }

    /// The prose of the page that is not in the command tree (the executable supplies it).
    public struct Prose: Sendable {
        public var title: String                   // the .TH manual title
        public var optionsIntro: String
        public var keysIntro: String
        public var files: [(String, String)]       // path, meaning
        public var environment: [(String, String)] // variable, meaning
        public var seeAlso: String
        public var headings: Headings

        public init(title: String, optionsIntro: String, keysIntro: String, files: [(String, String)],
                    environment: [(String, String)], seeAlso: String, headings: Headings = .english) {
            self.headings = headings
            self.title = title
            self.optionsIntro = optionsIntro
            self.keysIntro = keysIntro
            self.files = files
            self.environment = environment
            self.seeAlso = seeAlso
        }
    }

    /// The whole page. `keys` are the key-reference lines (KeyReference.lines of the default keymap).
    public static func render(_ tool: ToolInfo, version: String, keys: [String], prose: Prose) -> String {
        let root = tool.command
        let name = root.commandName
        let h = prose.headings
        var out: [String] = [
            ".\\\" Generated by `\(name) man` from the command definitions; do not edit.",
            ".\\\" Regenerate: \(name) man > Docs/\(name).1",
            ".TH \(name.uppercased()) 1 \"\" \"\(escape(name)) \(escape(version))\" \"\(escape(prose.title))\"",
            ".ad l",
            ".nh",
            ".SH " + escape(h.name),
            escape(name) + " \\- " + escape(root.abstract ?? ""),
            ".SH " + escape(h.synopsis),
            ".B " + escape(name),
            "[\\fI" + escape(h.optionsWord) + "\\fR]",
            ".br",
            ".B " + escape(name),
            "\\fI" + escape(h.commandWord) + "\\fR [\\fI" + escape(h.subcommandWord) + "\\fR] [\\fI"
                + escape(h.optionsWord) + "\\fR]",
            ".SH " + escape(h.description),
            ".nf",
        ]
        out += block(root.discussion ?? "")
        out.append(".fi")
        out.append(".SH " + escape(h.options))
        out.append(escape(prose.optionsIntro))
        for a in root.arguments ?? [] where isShown(a) { out += argumentLines(a) }
        out.append(".SH " + escape(h.commands))
        func walk(_ c: Command, path: [String]) {
            for sub in c.subcommands ?? [] where sub.shouldDisplay != false && sub.commandName != "help" {
                let p = path + [sub.commandName]
                out.append(".SS \"" + escape(p.joined(separator: " ")) + "\"")
                if let a = sub.abstract, !a.isEmpty { out.append(escape(a)) }
                if let d = sub.discussion, !d.isEmpty {
                    out += [".PP", ".nf"] + block(d) + [".fi"]
                }
                let own = (sub.arguments ?? []).filter { isShown($0) && !isGlobal($0) }
                if !own.isEmpty {
                    out.append(".RS")
                    for a in own { out += argumentLines(a) }
                    out.append(".RE")
                }
                walk(sub, path: p)
            }
        }
        walk(root, path: [name])
        out += [".SH " + escape(h.keys), escape(prose.keysIntro), ".PP", ".nf"]
        out += keys.map { $0.isEmpty ? ".sp" : escape($0) }
        out += [".fi", ".SH " + escape(h.files)]
        for (path, meaning) in prose.files { out += [".TP", "\\fI" + escape(path) + "\\fR", escape(meaning)] }
        out.append(".SH " + escape(h.environment))
        for (variable, meaning) in prose.environment { out += [".TP", ".B " + escape(variable), escape(meaning)] }
        out += [".SH " + escape(h.seeAlso), escape(prose.seeAlso)]
        return out.joined(separator: "\n") + "\n"
    }
}
