import Foundation
import GongkaiCore
import GongkaiStore

/// 网站 — the static portal pages of the public information (集中统一发布), built in memory from a
/// `PublicationSnapshot` (which holds only 主动公开 documents in state 已发布 and no applicant data):
///
///     index.html            首页: links and the latest documents
///     guide.html            政府信息公开指南
///     catalog.html          政府信息公开目录 (the columns and their documents)
///     docs/<id>.html        one page per document, with its published interpretations
///     register.html         规章和行政规范性文件 with their status
///     duties.html           权责清单: every unit with its count; duties/<unit>.html each unit's
///                           current list (现行 and 调整 — 取消 never appears)
///     consultations.html    公众参与: closed consultations with adoption and feedback (no comment
///                           summaries); inspections (网站巡检) are internal and never published
///     reports.html          年度报告 list; reports/<year>-<unit>.html each filed report
///     search.html, search.js, search-index.js   search that works from file:// (no server)
///     style.css
///
/// Every link is relative; every text from the records is HTML-escaped by Mustache (or by
/// `AnnualReportHTML`), and the only unescaped insertions are pages built here.
public struct SiteBuilder {
    public var templates: SiteTemplates
    /// The site's name in the header, e.g. “某县政府信息公开”.
    public var siteName: String

    public init(templates: SiteTemplates, siteName: String) {
        self.templates = templates
        self.siteName = siteName
    }

    /// Relative path → file bytes. `progress(done, total)` after each page.
    public func build(_ s: PublicationSnapshot, progress: (Int, Int) -> Void = { _, _ in }) -> [String: Data] {
        var files: [String: Data] = [:]
        let total = s.documents.count + s.reports.count + s.units.count + 10
        var done = 0
        func page(_ path: String, title: String, template: String, _ context: [String: Any]) {
            let root = String(repeating: "../", count: path.filter { $0 == "/" }.count)
            var ctx = context
            ctx["root"] = root
            ctx["site"] = siteName
            ctx["generatedOn"] = s.generatedOn.iso
            let content = templates.render(template, ctx)
            ctx["title"] = title
            ctx["content"] = content
            files[path] = Data(templates.render("layout", ctx).utf8)
            done += 1
            progress(done, total)
        }
        let docURL = Dictionary(uniqueKeysWithValues: s.documents.map { ($0.id, "docs/\(Self.slug($0.id)).html") })
        func listItem(_ d: PublishedDocument, prefix: String = "") -> [String: Any] {
            ["url": prefix + docURL[d.id]!, "title": d.title, "docNumber": d.docNumber ?? "", "unitName": d.unitName,
             "published": d.published.iso]
        }

        // 权责清单: one page per unit (every unit, so that each unit's 权责清单 column has a page to open).
        let dutyURL = Dictionary(uniqueKeysWithValues: s.units.map { ($0.id, "duties/\(Self.slug($0.id)).html") })
        let dutyLists = Dictionary(s.duties.map { ($0.unitId, $0) }, uniquingKeysWith: { a, _ in a })
        func dutyAnchor(_ id: String) -> String { "d-" + Self.slug(id) }
        func consultationAnchor(_ id: String) -> String { "gc-" + Self.slug(id) }

        page("index.html", title: "政府信息公开", template: "index", [
            "documentCount": s.documents.count, "registerCount": s.register.count, "reportCount": s.reports.count,
            "dutyCount": s.duties.reduce(0) { $0 + $1.entries.count }, "consultationCount": s.consultations.count,
            "latest": s.documents.prefix(20).map { listItem($0) }, "hasLatest": !s.documents.isEmpty,
        ])

        let top = s.columns.filter { $0.parentId == nil }.map { ["name": $0.name] }
        let units = s.units.map { ["name": $0.name, "kind": $0.kind.chineseName] }
        page("guide.html", title: "政府信息公开指南", template: "guide", ["topColumns": top, "units": units])

        // The catalog: each column with its documents; totals count the column and everything below.
        let byId = Dictionary(uniqueKeysWithValues: s.documents.map { ($0.id, $0) })
        var totals: [String: Int] = [:]
        for c in s.columns.reversed() {
            totals[c.id, default: 0] += c.documentIds.count
            if let p = c.parentId { totals[p, default: 0] += totals[c.id, default: 0] }
        }
        let columns = s.columns.map { c -> [String: Any] in
            let docs = c.documentIds.compactMap { byId[$0] }.map { listItem($0) }
            // A register column links to its published register (网站巡检 is internal: no link).
            var register: (url: String, label: String)?
            switch RegisterKind.forColumn(named: c.name) {
            case .duties?:
                let unitPage = c.ownerUnitId.flatMap { dutyURL[$0] }
                register = (unitPage ?? "duties.html", "查看权责清单")
            case .consultations?: register = ("consultations.html", "查看公众参与事项")
            case .inspections?, nil: register = nil
            }
            return ["name": c.name, "anchor": "c-" + Self.slug(c.id), "depth": min(c.depth, 5),
                    "total": totals[c.id] ?? 0, "hasTotal": (totals[c.id] ?? 0) > 0,
                    "documents": docs, "hasDocuments": !docs.isEmpty,
                    "hasRegister": register != nil, "registerUrl": register?.url ?? "", "registerLabel": register?.label ?? ""]
        }
        let filed = Set(s.columns.flatMap(\.documentIds))
        let unfiled = s.documents.filter { !filed.contains($0.id) }.map { listItem($0) }
        page("catalog.html", title: "政府信息公开目录", template: "catalog", [
            "documentCount": s.documents.count, "columns": columns, "unfiled": unfiled, "hasUnfiled": !unfiled.isEmpty,
        ])

        for d in s.documents {
            let interpretations = d.interpretations.map { i -> [String: Any] in
                ["forms": i.forms.map(\.chineseName).joined(separator: "、"), "unitName": i.unitName,
                 "published": i.published.iso, "paragraphs": Self.paragraphs(i.body)]
            }
            page(docURL[d.id]!, title: d.title, template: "document", [
                "id": d.id, "unitName": d.unitName, "docNumber": d.docNumber ?? "", "type": d.type.chineseName,
                "formed": d.formed.iso, "published": d.published.iso, "category": d.category ?? "",
                "hasCategory": d.category != nil, "status": d.regulationStatus?.chineseName ?? "",
                "hasStatus": d.regulationStatus != nil, "validUntil": d.validUntil?.iso ?? "",
                "tags": d.tags.joined(separator: "、"), "hasTags": !d.tags.isEmpty,
                "paragraphs": Self.paragraphs(d.body), "interpretations": interpretations,
                "hasInterpretations": !interpretations.isEmpty,
            ])
        }

        let lines = s.register.map { l -> [String: Any] in
            ["url": docURL[l.id] ?? "catalog.html", "title": l.title, "docNumber": l.docNumber ?? "",
             "type": l.type.chineseName, "unitName": l.unitName, "issued": l.issued.iso,
             "validUntil": l.validUntil?.iso ?? "", "status": l.status.chineseName]
        }
        page("register.html", title: "规章和行政规范性文件", template: "register", ["lines": lines, "hasLines": !lines.isEmpty])

        var reports: [[String: Any]] = []
        for r in s.reports {
            let path = "reports/\(r.year)-\(Self.slug(r.unit ?? "county")).html"
            reports.append(["url": path, "title": r.report.title, "version": r.version, "filedOn": String(r.filedAt.prefix(10))])
            let html = AnnualReportHTML.render(r.report)
            let (style, body) = Self.styleAndBody(html)
            files[path] = Data(templates.render("layout", [
                "root": "../", "site": siteName, "generatedOn": s.generatedOn.iso, "title": r.report.title,
                "content": "<style>" + style + "</style>\n<div class=\"report\">" + body + "</div>",
            ]).utf8)
            done += 1
            progress(done, total)
        }
        page("reports.html", title: "政府信息公开工作年度报告", template: "reports", ["reports": reports, "hasReports": !reports.isEmpty])
        page("duties.html", title: "权责清单", template: "duties", [
            "units": s.units.map { u -> [String: Any] in
                ["name": u.name, "url": dutyURL[u.id]!, "count": dutyLists[u.id]?.entries.count ?? 0]
            },
        ])
        for u in s.units {
            let entries = (dutyLists[u.id]?.entries ?? []).enumerated().map { n, r -> [String: Any] in
                ["seq": n + 1, "anchor": dutyAnchor(r.id), "kind": r.kind.chineseName, "name": r.name,
                 "legalBasis": r.legalBasis, "responsibleUnit": r.responsibleUnit, "procedure": r.procedure,
                 "timeLimit": r.timeLimit, "supervisionPhone": r.supervisionPhone, "state": r.state.chineseName,
                 "stateDate": r.stateDate?.iso ?? "", "hasStateDate": r.stateDate != nil]
            }
            page(dutyURL[u.id]!, title: u.name + "权责清单", template: "dutyList", [
                "unitName": u.name, "count": entries.count, "entries": entries, "hasEntries": !entries.isEmpty,
            ])
        }
        let consultations = s.consultations.map { c -> [String: Any] in
            ["anchor": consultationAnchor(c.id), "decision": c.decision, "unitName": c.unitName, "scope": c.scope,
             "methods": c.methods.map(\.chineseName).joined(separator: "、"), "opens": c.opens.iso, "closes": c.closes.iso,
             "periodDays": c.periodDays, "commentsReceived": c.commentsReceived, "adoption": c.adoption,
             "feedback": c.feedback, "closedOn": c.closedOn.iso]
        }
        page("consultations.html", title: "公众参与行政决策", template: "consultations", [
            "consultations": consultations, "hasConsultations": !consultations.isEmpty,
        ])
        page("search.html", title: "搜索", template: "search", [:])

        let documentEntries = s.documents.map {
            SearchIndex.Entry(title: $0.title, docNumber: $0.docNumber ?? "", unit: $0.unitName,
                              published: $0.published.iso, url: docURL[$0.id]!, text: String($0.body.prefix(2000)))
        }
        let dutyEntries = s.duties.flatMap { list in
            list.entries.map { r in
                SearchIndex.Entry(title: r.name, docNumber: "权责清单 " + r.kind.chineseName, unit: r.unitName,
                                  published: r.stateDate?.iso ?? "", url: dutyURL[r.unitId].map { $0 + "#" + dutyAnchor(r.id) } ?? "duties.html",
                                  text: r.legalBasis + " " + r.responsibleUnit)
            }
        }
        let consultationEntries = s.consultations.map { c in
            SearchIndex.Entry(title: c.decision, docNumber: "公众参与", unit: c.unitName, published: c.closedOn.iso,
                              url: "consultations.html#" + consultationAnchor(c.id), text: c.scope + " " + c.feedback)
        }
        // No page carries a control, C1 or bidi character from older or planted records
        // (the input policy refuses them at the door): they show as placeholders (␛, ␦).
        for (path, data) in files where path.hasSuffix(".html") {
            let text = String(decoding: data, as: UTF8.self)
            if !TerminalSanitizer.isClean(text) { files[path] = Data(TerminalSanitizer.sanitizeMarkup(text).utf8) }
        }
        files["search-index.js"] = Data(SearchIndex.script(documentEntries + dutyEntries + consultationEntries).utf8)
        files["search.js"] = Data(SearchIndex.searchScript.utf8)
        files["style.css"] = Data(Self.css.utf8)
        done = total
        progress(done, total)
        return files
    }

    /// Paragraphs of a body: one per non-blank line.
    static func paragraphs(_ text: String) -> [String] {
        text.replacingOccurrences(of: "\r\n", with: "\n").split(separator: "\n")
            .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    /// A file-name-safe form of an id: ASCII letters, digits, `-` and `_` kept; anything else
    /// (a Chinese unit id) turned into its UTF-8 hex so that different ids stay different.
    static func slug(_ id: String) -> String {
        var out = ""
        for b in id.utf8 {
            let c = Character(UnicodeScalar(b))
            if c.isASCII, c.isLetter || c.isNumber || c == "-" || c == "_" { out.append(c) }
            else { out += String(format: "x%02x", b) }
        }
        return out.isEmpty ? "x" : out
    }

    /// The `<style>` text and the `<body>` content of a whole page (the annual report renderer's).
    static func styleAndBody(_ html: String) -> (String, String) {
        func between(_ open: String, _ close: String) -> String {
            guard let a = html.range(of: open), let b = html.range(of: close, range: a.upperBound..<html.endIndex) else { return "" }
            return String(html[a.upperBound..<b.lowerBound])
        }
        // The report's own body rule would re-centre the whole page: scope it to the report.
        let style = between("<style>", "</style>").replacingOccurrences(of: "body{", with: ".report{")
        return (style, between("<body>", "</body>"))
    }

    static let css = """
        body{font-family:"Microsoft YaHei","PingFang SC","Noto Sans CJK SC",sans-serif;max-width:64em;margin:0 auto;padding:0 1em;line-height:1.7;color:#222}
        header{border-bottom:3px solid #b22;padding:.6em 0}
        header .site{font-size:1.4em;margin:0}
        header .site a{color:#b22;text-decoration:none}
        nav a{margin-right:1.2em}
        h1{font-size:1.5em}
        .meta{color:#666;font-size:.9em}
        table{border-collapse:collapse;width:100%}
        table.meta th,table.meta td,table.list th,table.list td{border:1px solid #ccc;padding:.3em .5em;text-align:left}
        table.meta th{background:#f6f6f6;white-space:nowrap}
        .body p{text-indent:2em}
        .interpretation{border-top:1px dashed #ccc;margin-top:1em}
        .column h3{margin:.6em 0 .2em}
        .column h3 a.register{font-size:.8em;font-weight:normal;margin-left:1em}
        .consultation{border-top:1px dashed #ccc;margin-top:1em}
        .depth1{margin-left:1.5em}.depth2{margin-left:3em}.depth3{margin-left:4.5em}.depth4,.depth5{margin-left:6em}
        footer{border-top:1px solid #ccc;margin-top:2em;color:#666;font-size:.9em}

        """
}
