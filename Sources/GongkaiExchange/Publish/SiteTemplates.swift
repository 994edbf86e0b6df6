import Foundation
import Mustache

/// 网站模板 — the Mustache templates of the published site. The defaults are built in (Swift
/// strings, no bundle resources); a file `<name>.mustache` in the override folder
/// (`<workspace folder>/templates/site/`) replaces one. `{{…}}` is HTML-escaped; the only
/// triple-stash is the layout's `{{{content}}}`, which is a page already rendered (and escaped)
/// by these templates.
public struct SiteTemplates: Sendable {
    public static let names = ["layout", "index", "guide", "catalog", "document", "register", "reports", "search",
                               "duties", "dutyList", "consultations"]

    var templates: [String: MustacheTemplate]
    /// Which templates came from the override folder.
    public private(set) var overridden: [String] = []

    /// The defaults, with any `<name>.mustache` found in `directory` instead.
    public init(overrideDirectory directory: String? = nil) throws {
        templates = [:]
        for name in Self.names {
            var text = Self.defaults[name]!
            if let directory {
                let path = (directory as NSString).appendingPathComponent(name + ".mustache")
                if FileManager.default.fileExists(atPath: path) {
                    guard let custom = try? String(contentsOfFile: path, encoding: .utf8) else {
                        throw SiteError(X.Publish.templateNotUTF8.text([path]))
                    }
                    text = custom
                    overridden.append(name)
                }
            }
            do { templates[name] = try MustacheTemplate(string: text) } catch {
                throw SiteError(X.Publish.templateSyntax.text([name, "\(error)"]))
            }
        }
    }

    func render(_ name: String, _ context: [String: Any]) -> String {
        templates[name]!.render(context)
    }
}

/// 发布失败 — why the site was not written (nothing was changed in the target folder).
public struct SiteError: Error, CustomStringConvertible, Sendable {
    public var description: String
    public init(_ message: String) { description = message }
}
