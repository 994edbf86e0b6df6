import Foundation
import GongkaiStore
import Mustache

/// 网站模板 — the Mustache templates of the published site. The defaults are built in (Swift
/// strings, no bundle resources); a file `<name>.mustache` in the override folder
/// (`<workspace folder>/templates/site/`) replaces one. `{{…}}` is HTML-escaped; the only
/// triple-stash is the layout's `{{{content}}}`, which is a page already rendered (and escaped)
/// by these templates. An override is read only when it is a regular file of `owner` (the
/// workspace file's owner) that no group or other may write (`TemplateFile`): a link or a
/// planted file stops the publication, naming the file.
public struct SiteTemplates: Sendable {
    public static let names = ["layout", "index", "guide", "catalog", "document", "register", "reports", "search",
                               "duties", "dutyList", "consultations"]

    var templates: [String: MustacheTemplate]
    /// Which templates came from the override folder.
    public private(set) var overridden: [String] = []

    /// The defaults, with any `<name>.mustache` found in `directory` instead.
    public init(overrideDirectory directory: String? = nil, owner: uid_t = geteuid()) throws {
        templates = [:]
        for name in Self.names {
            var text = Self.defaults[name]!
            if let directory {
                let path = (directory as NSString).appendingPathComponent(name + ".mustache")
                let custom: String?
                do { custom = try TemplateFile.read(path, owner: owner) } catch let refused as TemplateFileRefused {
                    if refused.reason == .notUTF8 { throw SiteError(ExchangeText.Publish.templateNotUTF8.text([path])) }
                    throw SiteError(refused.description)
                }
                if let custom {
                    text = custom
                    overridden.append(name)
                }
            }
            do { templates[name] = try MustacheTemplate(string: text) } catch {
                throw SiteError(ExchangeText.Publish.templateSyntax.text([name, "\(error)"]))
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
