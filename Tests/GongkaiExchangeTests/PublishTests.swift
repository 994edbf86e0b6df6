import Foundation
import Testing
#if canImport(FoundationXML)
import FoundationXML
#endif
@testable import GongkaiCore
@testable import GongkaiExchange
@testable import GongkaiStore

private let hostile = "<script>alert(1)</script> & \"quotes\" 'single'"

@Suite("发布网站 Publish")
struct PublishTests {
    /// Demo data plus: a published document with a hostile title, an unpublished proactive one,
    /// an on-request one, a filed annual report, a 城关镇 duty with a hostile name and a cancelled
    /// 县教育局 duty.
    func site() throws -> (GongkaiService, [String: Data]) {
        let s = try demoService()
        func publish(_ title: String, body: String) throws -> String {
            let d = try s.addDocument(NewDocument(title: title, type: .general, disclosure: DocumentDisclosure(attribute: .proactive),
                                                  category: "政府文件", unit: "county-office", formed: day("2026-11-20"),
                                                  body: body, tags: ["惠企政策"]))
            for action in [DocumentAction.submit, .approve, .publish] {
                // 惠企政策 asks for an interpretation (三同步); the test publishes without one.
                try s.performDocumentAction(action, id: d.id, overrideReason: "测试")
            }
            return d.id
        }
        _ = try publish(hostile, body: "第一段 <b>粗体</b> & 引号\"\n第二段")
        _ = try s.addDocument(NewDocument(title: "尚未发布的主动公开文件", type: .general,
                                          disclosure: DocumentDisclosure(attribute: .proactive), unit: "edu", formed: day("2026-11-20")))
        let onRequest = try s.addDocument(NewDocument(title: "依申请公开的内部统计表", type: .general,
                                                      disclosure: DocumentDisclosure(attribute: .onRequest), unit: "edu", formed: day("2026-11-20")))
        for action in [DocumentAction.submit, .approve] { try s.performDocumentAction(action, id: onRequest.id) }
        _ = try s.fileReport(year: 2025, scope: .county)
        _ = try s.addDuty(AddDutyRequest(unit: "chengguan", kind: .confirmation, name: hostile, legalBasis: "《条例》第一条 <i>",
                                         timeLimit: "5个工作日", supervisionPhone: "12345"))
        try s.updateDuty(id: "QZ0002", UpdateDutyRequest(cancel: true, date: day("2026-11-20"), reason: "法律修改"))
        let snapshot = try s.publicationSnapshot()
        let files = SiteBuilder(templates: try SiteTemplates(), siteName: "某县政府信息公开").build(snapshot)
        return (s, files)
    }

    func text(_ files: [String: Data]) -> [String: String] { files.mapValues { String(decoding: $0, as: UTF8.self) } }

    @Test func onlyProactivePublishedDocumentsAppear() throws {
        let (s, files) = try site()
        let pages = text(files)
        let all = pages.values.joined(separator: "\n")
        let ledger = try s.documentLedger()
        let shown = ledger.filter { $0.attribute == .proactive && $0.state == .published }
        let hidden = ledger.filter { !($0.attribute == .proactive && $0.state == .published) }
        #expect(shown.count == 5 && hidden.count >= 8)
        for d in shown { #expect(files["docs/\(d.id).html"] != nil, "\(d.title)") }
        for d in hidden {
            #expect(!all.contains(MarkupEscaper.escape(d.title, for: .htmlText)) && !all.contains(d.title), "\(d.title) leaked")
            #expect(files["docs/\(d.id).html"] == nil)
            #expect(!all.contains(d.id + ".html"))
        }
    }

    @Test func noApplicantDataAnywhere() throws {
        let (s, files) = try site()
        let all = text(files).values.joined(separator: "\n")
        let applications = try s.applicationLedger()
        #expect(!applications.isEmpty)
        for a in applications {
            #expect(!all.contains(a.applicantName), "\(a.applicantName)")
            #expect(!all.contains(a.content), "\(a.content)")
        }
        for secret in ["110101199003071234", "13800000001", "0000-1234567"] { #expect(!all.contains(secret)) }
        // The annual report is there, with its aggregated numbers only.
        #expect(files.keys.contains("reports/2025-county.html"))
    }

    @Test func hostileTextIsEscapedEverywhere() throws {
        let (_, files) = try site()
        let pages = text(files)
        for (path, page) in pages {
            #expect(!page.contains("<script>alert"), "\(path)")
            #expect(!page.contains("<b>粗体"), "\(path)")
        }
        let doc = try #require(pages.first { $0.value.contains("alert(1)") && $0.key.hasPrefix("docs/") })
        #expect(doc.value.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quotes&quot; &#39;single&#39;"))
        #expect(doc.value.contains("<p>第一段 &lt;b&gt;粗体&lt;/b&gt; &amp; 引号&quot;</p>\n<p>第二段</p>"))
        #expect(pages["search-index.js"]!.contains("\\u003cscript>alert(1)"))
    }

    @Test func everyPageIsWellFormedAndEveryLinkIsRelativeAndResolves() throws {
        let (_, files) = try site()
        var checkedLinks = 0
        for (path, data) in files where path.hasSuffix(".html") {
            let collector = LinkCollector()
            let parser = XMLParser(data: data)
            parser.delegate = collector
            #expect(parser.parse(), "\(path): \(String(describing: parser.parserError))")
            #expect(collector.htmlLang == "zh-CN" && collector.hasCharset && collector.hasTitle, "\(path)")
            for link in collector.links {
                #expect(!link.contains("://") && !link.hasPrefix("/") && !link.hasPrefix("//"), "\(path): \(link)")
                let target = link.split(separator: "#").first.map(String.init) ?? ""
                let base = (path as NSString).deletingLastPathComponent
                let resolved = (base.isEmpty ? target : base + "/" + target)
                let normalized = URL(fileURLWithPath: "/site/" + resolved).standardizedFileURL.path
                    .replacingOccurrences(of: "/site/", with: "")
                #expect(files[normalized] != nil, "\(path): \(link) → \(normalized)")
                checkedLinks += 1
            }
        }
        #expect(checkedLinks > 50)
        #expect(Set(files.keys).isSuperset(of: ["index.html", "guide.html", "catalog.html", "register.html", "reports.html",
                                                "search.html", "search.js", "search-index.js", "style.css",
                                                "duties.html", "duties/edu.html", "duties/chengguan.html",
                                                "duties/county-office.html", "consultations.html"]))
    }

    @Test func theSearchIndexListsThePublishedDocuments() throws {
        let (s, files) = try site()
        let script = String(decoding: try #require(files["search-index.js"]), as: UTF8.self)
        #expect(script.hasPrefix("window.GONGKAI_INDEX = [") && script.hasSuffix(";\n"))
        let json = String(script.dropFirst("window.GONGKAI_INDEX = ".count).dropLast(2))
        let entries = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [[String: String]])
        let snapshot = try s.publicationSnapshot()
        #expect(entries.count == snapshot.documents.count + snapshot.duties.flatMap(\.entries).count + snapshot.consultations.count)
        #expect(entries.allSatisfy { files[String($0["url"]!.split(separator: "#")[0])] != nil })
        #expect(entries.contains { $0["title"] == hostile && $0["url"]!.hasPrefix("docs/") })
        // Every current duty is searchable by its name, pointing at its row on its unit's page.
        for duty in snapshot.duties.flatMap(\.entries) {
            let entry = try #require(entries.first { $0["title"] == duty.name && $0["url"]!.hasPrefix("duties/") }, "\(duty.name)")
            let parts = entry["url"]!.split(separator: "#").map(String.init)
            let page = String(decoding: try #require(files[parts[0]]), as: UTF8.self)
            #expect(page.contains("id=\"\(parts[1])\""))
            #expect(entry["unit"] == duty.unitName)
        }
        #expect(entries.contains { $0["title"] == "对学校办学行为的监督检查" })
        #expect(!entries.contains { $0["title"] == "对民办学校违法办学行为的处罚" })   // cancelled
        #expect(entries.contains { $0["title"] == "县城区公共停车场建设规划" })        // a closed consultation
    }

    // MARK: 权责清单 and 公众参与 (issue 13)

    @Test func eachUnitHasItsCurrentDutyListAndCancelledEntriesNeverAppear() throws {
        let (s, files) = try site()
        let pages = text(files)
        let all = pages.values.joined(separator: "\n")
        #expect(!all.contains("对民办学校违法办学行为的处罚") && !all.contains("第六十二条"))
        for unit in try s.units() {
            let page = try #require(pages["duties/\(SiteBuilder.slug(unit.id)).html"], "\(unit.name)")
            #expect(page.contains("<title>\(unit.name)权责清单 - "))
            #expect(pages["duties.html"]!.contains("<a href=\"duties/\(SiteBuilder.slug(unit.id)).html\">\(unit.name)</a>"))
        }
        let edu = pages["duties/edu.html"]!
        #expect(edu.contains("共 2 项"))
        // Every published field of an entry, with its state and the state's date.
        #expect(edu.contains("<td>行政检查</td><td>对学校办学行为的监督检查</td><td>《中华人民共和国教育法》第二十五条</td>"
                             + "<td>县教育局督导室</td><td>制定计划、实施检查、反馈整改</td><td>按年度检查计划，每学期至少一次</td>"
                             + "<td>12345</td><td>调整（2026-10-28）</td>"))
        #expect(edu.contains("<td>现行</td>"))
        #expect(pages["duties/hexi.html"]!.contains("暂无现行的权责事项"))
        #expect(pages["duties.html"]!.contains("<td>2</td>"))
    }

    @Test func hostileDutyTextIsEscaped() throws {
        let (_, files) = try site()
        let page = String(decoding: try #require(files["duties/chengguan.html"]), as: UTF8.self)
        #expect(page.contains("<td>&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quotes&quot; &#39;single&#39;</td>"))
        #expect(page.contains("《条例》第一条 &lt;i&gt;") && !page.contains("<i>"))
    }

    @Test func theCatalogAndTheNavigationLinkTheRegisters() throws {
        let (s, files) = try site()
        let pages = text(files)
        let catalog = pages["catalog.html"]!
        // Each unit's 权责清单 column links to that unit's list; 重大决策意见征集 to the consultations.
        let dutyColumns = try s.publicationSnapshot().columns.filter { $0.name == "权责清单" }
        #expect(dutyColumns.count == (try s.units()).count)
        for unit in try s.units() {
            #expect(catalog.contains("<a class=\"register\" href=\"duties/\(SiteBuilder.slug(unit.id)).html\">查看权责清单</a>"))
        }
        #expect(catalog.contains("<a class=\"register\" href=\"consultations.html\">查看公众参与事项</a>"))
        // 网站巡检 is internal: its column has no link.
        #expect(catalog.contains(">政府网站与政务新媒体</h3>"))
        for (path, page) in pages where path.hasSuffix(".html") && !path.hasPrefix("reports/") {
            let root = String(repeating: "../", count: path.filter { $0 == "/" }.count)
            #expect(page.contains("<a href=\"\(root)duties.html\">权责清单</a>"), "\(path)")
            #expect(page.contains("<a href=\"\(root)consultations.html\">公众参与</a>"), "\(path)")
        }
    }

    @Test func onlyClosedConsultationsArePublishedWithoutTheCommentSummary() throws {
        let (s, files) = try site()
        let page = String(decoding: try #require(files["consultations.html"]), as: UTF8.self)
        let all = text(files).values.joined(separator: "\n")
        let records = try s.consultations()
        for r in records {
            let c = r.consultation
            if c.closedOn != nil {
                #expect(page.contains("<h2>\(c.decision)</h2>"))
                #expect(page.contains(c.scope) && page.contains(c.adoption!) && page.contains(c.feedback!))
                #expect(page.contains("\(c.opens.iso) 至 \(c.closes.iso)（\(r.periodDays) 天）"))
                #expect(page.contains("<td>\(c.commentsReceived) 条</td>"))
                #expect(page.contains("向社会公开征求意见、书面征求意见"))
                #expect(!all.contains(c.commentSummary), "the comment summary is not published")
            } else {
                #expect(!all.contains(c.decision), "\(c.decision) is not closed")
            }
        }
        #expect(records.contains { $0.consultation.closedOn != nil } && records.contains { $0.consultation.closedOn == nil })
    }

    @Test func inspectionsAreNeverPublished() throws {
        let (s, files) = try site()
        let all = text(files).values.joined(separator: "\n")
        let inspections = try s.inspections()
        #expect(inspections.count == 3)
        for i in inspections {
            #expect(!all.contains(i.inspection.id))
            if !i.inspection.problems.isEmpty { #expect(!all.contains(i.inspection.problems)) }
        }
        #expect(!all.contains("巡检"))
    }

    @Test func onlyTheCountyOfficePublishes() throws {
        let s = try demoService()
        let denied = #expect(throws: AccessDenied.self) { try acting("zhao.edu", on: s).publicationSnapshot() }
        #expect(denied?.rule == .otherUnit)   // the site is the whole county's: a unit's officer cannot build it
        #expect(throws: Never.self) { try acting("chen.review", on: s).publicationSnapshot() }
    }

    @Test func writingReplacesOnlyAPublishedSiteAndLeavesNoHalfSite() throws {
        let (s, _) = try site()
        let base = FileManager.default.temporaryDirectory.appendingPathComponent("gongkai-publish-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: base) }
        let out = base.appendingPathComponent("site").path
        let first = try Publisher.publish(s, to: out)
        #expect(first.documents == 5 && FileManager.default.fileExists(atPath: out + "/index.html"))
        try Data("old".utf8).write(to: URL(fileURLWithPath: out + "/stale.html"))
        _ = try Publisher.publish(s, to: out)   // a published site is replaced whole
        #expect(!FileManager.default.fileExists(atPath: out + "/stale.html"))
        // A folder with other files is refused and left as it was.
        let other = base.appendingPathComponent("home").path
        try FileManager.default.createDirectory(atPath: other, withIntermediateDirectories: true)
        try Data("keep".utf8).write(to: URL(fileURLWithPath: other + "/notes.txt"))
        #expect(throws: SiteError.self) { try Publisher.publish(s, to: other) }
        #expect(try FileManager.default.contentsOfDirectory(atPath: other) == ["notes.txt"])
        #expect(try FileManager.default.contentsOfDirectory(atPath: base.path).sorted() == ["home", "site"])
    }

    @Test func templatesCanBeOverriddenFromTheWorkspaceFolder() throws {
        let (s, _) = try site()
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("gongkai-tpl-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: dir) }
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        try "<p>本县指南：{{#units}}{{name}}；{{/units}}</p>".write(to: dir.appendingPathComponent("guide.mustache"),
                                                                   atomically: true, encoding: .utf8)
        let templates = try SiteTemplates(overrideDirectory: dir.path)
        #expect(templates.overridden == ["guide"])
        let files = SiteBuilder(templates: templates, siteName: "x").build(try s.publicationSnapshot())
        let guide = String(decoding: try #require(files["guide.html"]), as: UTF8.self)
        #expect(guide.contains("<p>本县指南：县人民政府办公室；县教育局；"))
        try "{{#broken}".write(to: dir.appendingPathComponent("index.mustache"), atomically: true, encoding: .utf8)
        #expect(throws: SiteError.self) { try SiteTemplates(overrideDirectory: dir.path) }
    }
}

/// Collects href/src values and the head's essentials from a page parsed as XML.
final class LinkCollector: NSObject, XMLParserDelegate {
    var links: [String] = []
    var htmlLang: String?
    var hasCharset = false
    var hasTitle = false
    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String] = [:]) {
        if name == "html" { htmlLang = attributes["lang"] }
        if name == "meta", attributes["charset"] == "utf-8" { hasCharset = true }
        if name == "title" { hasTitle = true }
        for key in ["href", "src"] { if let v = attributes[key] { links.append(v) } }
    }
}
