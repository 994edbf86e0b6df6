import Foundation
import GongkaiCore

/// 解析错误的说法 — ArgumentParser writes its errors in English ("Missing expected argument
/// '--feedback <feedback>'"); the Chinese interface says them in Chinese, keeping the option
/// names and values as typed. A line it does not recognise stays as it is.
enum ParserMessages {
    /// The parser's full error text in the interface language in force.
    static func localized(_ text: String) -> String {
        guard UILanguage.current == .zh else { return text }
        return text.split(separator: "\n", omittingEmptySubsequences: false)
            .map { line(String($0)) }.joined(separator: "\n")
    }

    private static func line(_ line: String) -> String {
        let P = CLIText.Parser.self
        if let rest = line.dropPrefix("Error: ") { return P.error.text([message(rest)]) }
        if let rest = line.dropPrefix("Help:  ") { return P.help.text([rest]) }
        if let rest = line.dropPrefix("Usage: ") { return P.usage.text([rest]) }
        if let rest = line.dropPrefix("  See '"), rest.hasSuffix("' for more information.") {
            return P.seeHelp.text([String(rest.dropLast("' for more information.".count))])
        }
        return line
    }

    /// A list the parser quotes item by item ('user', 'list'), as a list is said in Chinese (the catalog's separator).
    static func list(_ quoted: Substring) -> String {
        quoted.components(separatedBy: "', '").joined(separator: CLIText.Parser.listSeparator.text())
    }

    /// One error sentence of the parser, in Chinese.
    static func message(_ text: String) -> String {
        let P = CLIText.Parser.self
        if let m = text.wholeMatch(of: /Missing expected argument '(.+)'/) { return P.missingArgument.text([String(m.1)]) }
        if let m = text.wholeMatch(of: /Missing one of: '(.+)'/) { return P.missingOneOf.text([list(m.1)]) }
        if let m = text.wholeMatch(of: /Missing value for '(.+)'/) { return P.missingValue.text([String(m.1)]) }
        if let m = text.wholeMatch(of: /Unknown option '(.+)'\. Did you mean '(.+)'\?/) {
            return P.unknownOptionSuggest.text([String(m.1), String(m.2)])
        }
        if let m = text.wholeMatch(of: /Unknown option '(.+)'/) { return P.unknownOption.text([String(m.1)]) }
        if let m = text.wholeMatch(of: /Unexpected argument '(.+)'/) { return P.unexpectedArgument.text([String(m.1)]) }
        if let m = text.wholeMatch(of: /(\d+) unexpected arguments: '(.+)'/) {
            return P.unexpectedArguments.text([String(m.1), list(m.2)])
        }
        if let m = text.wholeMatch(of: /The value '(.*)' is invalid for '(.+)'\. Please provide one of (.+)\./) {
            let choices = String(m.3).replacing(" and ", with: ", ").replacing(" or ", with: ", ")
                .split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces).trimmingCharacters(in: ["'"]) }
            return P.invalidValueChoices.text([String(m.2), String(m.1), choices.joined(separator: P.choiceSeparator.text())])
        }
        if let m = text.wholeMatch(of: /The value '(.*)' is invalid for '(.+)'\. Please provide one of the following:/) {
            return P.invalidValueList.text([String(m.2), String(m.1)])
        }
        if let m = text.wholeMatch(of: /The value '(.*)' is invalid for '([^']+)': (.+)/) {
            return P.invalidValueBecause.text([String(m.2), String(m.1), String(m.3)])
        }
        if let m = text.wholeMatch(of: /The value '(.*)' is invalid for '(.+)'/) { return P.invalidValue.text([String(m.2), String(m.1)]) }
        if let m = text.wholeMatch(of: /The option '(.+)' does not take any value, but '(.*)' was specified\./) {
            return P.takesNoValue.text([String(m.1), String(m.2)])
        }
        if text == "Missing required subcommand." { return P.missingSubcommand.text() }
        return text
    }
}

private extension String {
    func dropPrefix(_ prefix: String) -> String? { hasPrefix(prefix) ? String(dropFirst(prefix.count)) : nil }
}
