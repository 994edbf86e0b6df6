import Foundation
import TOMLKit

/// 配色方案 — a theme as data: for each style role a foreground, a background and attributes.
/// Theme files live in Themes/ (TOML); the backend turns a spec into curses colour pairs.
public struct ThemeSpec: Equatable, Sendable {
    /// A colour: the terminal's default, or an index 0–255 (0–7 are the basic eight).
    public enum Color: Equatable, Sendable {
        case terminalDefault
        case index(Int)

        static let names = ["black", "red", "green", "yellow", "blue", "magenta", "cyan", "white"]

        init?(_ value: any TOMLValueConvertible) {
            if let n = value.int, (0...255).contains(n) { self = .index(n); return }
            guard let s = value.string?.lowercased() else { return nil }
            if s == "default" { self = .terminalDefault; return }
            if let i = Color.names.firstIndex(of: s) { self = .index(i); return }
            if s.hasPrefix("bright-"), let i = Color.names.firstIndex(of: String(s.dropFirst(7))) { self = .index(i + 8); return }
            return nil
        }

        /// The highest colour index used, so the backend can tell what the terminal must offer.
        var index: Int { if case .index(let i) = self { return i } else { return -1 } }
    }

    public enum Attribute: String, CaseIterable, Sendable {
        case bold, reverse, underline, dim
    }

    public struct Look: Equatable, Sendable {
        public var foreground: Color = .terminalDefault
        public var background: Color = .terminalDefault
        public var attributes: Set<Attribute> = []
    }

    public var name: String
    public var description: String
    public var looks: [StyleRole: Look]

    /// Colours the theme needs: 0 (attributes only), 8, or 256.
    public var colorsNeeded: Int {
        let highest = looks.values.flatMap { [$0.foreground.index, $0.background.index] }.max() ?? -1
        return highest < 0 ? 0 : (highest < 8 ? 8 : 256)
    }

    public func look(_ role: StyleRole) -> Look { looks[role] ?? Look() }

    /// A theme file with its problems, each naming the line where TOML can tell.
    public struct ParseError: Error, Equatable, CustomStringConvertible {
        public var file: String
        public var line: Int?
        public var message: String
        public var description: String {
            TUIText.Config.themeFile.text(["\(file)"]) + (line.map { TUIText.Config.atLine.text(["\($0)"]) } ?? "") + TUIText.Common.colonMessage.text(["\(message)"])
        }
    }

    /// Parses a theme file. Unknown roles, colours or attributes are errors, not silently ignored.
    public static func parse(_ text: String, file: String) throws -> ThemeSpec {
        let table: TOMLTable
        do {
            table = try TOMLTable(string: text)
        } catch let e as TOMLParseError {
            throw ParseError(file: file, line: Int(e.source.begin.line), message: e.description)
        }
        guard let name = table["name"]?.string, !name.isEmpty else {
            throw ParseError(file: file, line: nil, message: TUIText.Config.themeMissingName.text())
        }
        var spec = ThemeSpec(name: name, description: table["description"]?.string ?? "", looks: [:])
        guard let roles = table["roles"]?.table else { throw ParseError(file: file, line: nil, message: TUIText.Config.themeMissingRoles.text()) }
        for key in roles.keys {
            guard let role = StyleRole(name: key) else {
                throw ParseError(file: file, line: nil, message: TUIText.Config.themeUnknownRole.text(["\(key)", "\(StyleRole.allCases.map(\.name).joined(separator: " "))"]))
            }
            guard let entry = roles[key]?.table else { throw ParseError(file: file, line: nil, message: TUIText.Config.themeRoleNotTable.text(["\(key)"])) }
            var look = Look()
            if let fg = entry["fg"] {
                guard let c = Color(fg) else { throw ParseError(file: file, line: nil, message: TUIText.Config.themeBadFg.text(["\(key)", "\(fg)"])) }
                look.foreground = c
            }
            if let bg = entry["bg"] {
                guard let c = Color(bg) else { throw ParseError(file: file, line: nil, message: TUIText.Config.themeBadBg.text(["\(key)", "\(bg)"])) }
                look.background = c
            }
            for value in entry["attrs"]?.array ?? [] {
                guard let s = value.string, let a = Attribute(rawValue: s) else {
                    throw ParseError(file: file, line: nil, message: TUIText.Config.themeBadAttr.text(["\(key)", "\(value)"]))
                }
                look.attributes.insert(a)
            }
            spec.looks[role] = look
        }
        return spec
    }

    /// 单色 — built in, always available: selection, focus and urgency by attributes alone
    /// (also what `NO_COLOR` and terminals without colours get).
    public static let monochrome = ThemeSpec(name: "mono", description: TUIText.Config.monoDescription.zh, looks: [
        .appTitle: Look(attributes: [.bold, .reverse]), .tabActive: Look(attributes: [.bold, .reverse]),
        .paneTitle: Look(attributes: [.underline]), .paneTitleFocused: Look(attributes: [.bold, .reverse]),
        .columnHeader: Look(attributes: [.bold, .underline]), .selection: Look(attributes: [.reverse, .bold]),
        .selectionUnfocused: Look(attributes: [.underline]), .selectionMarker: Look(), .statusBar: Look(attributes: [.reverse]),
        .error: Look(attributes: [.bold, .underline]), .urgent: Look(attributes: [.bold]),
        .warning: Look(attributes: [.underline]), .muted: Look(attributes: [.dim]),
        .overlayTitle: Look(attributes: [.bold, .reverse]),
    ])
}
