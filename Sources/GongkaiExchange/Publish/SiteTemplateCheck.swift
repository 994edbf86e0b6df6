import Foundation
import Mustache

/// 网站模板检查 — before an admin puts a site template in force (`gongkai site-templates set`):
/// the name must be one of `SiteTemplates.names` and the text must parse.
extension SiteTemplates {
    public static func check(name: String, text: String) throws {
        guard names.contains(name) else {
            throw SiteError(ExchangeText.Publish.unknownTemplate.text([name, names.joined(separator: ", ")]))
        }
        do { _ = try MustacheTemplate(string: text) } catch {
            throw SiteError(ExchangeText.Publish.templateSyntax.text([name, "\(error)"]))
        }
    }
}
