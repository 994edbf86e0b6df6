import Foundation
import Testing
@testable import GongkaiCore
@testable import GongkaiExchange
@testable import GongkaiStore

private let header = "申请人,申请人类型,收到日期,收到方式,申请内容,答复日期,处理结果\n"
private let good = "张三,自然人,2026-03-05,当面,申请公开预算,2026-03-20,予以公开\n"

/// Every way a ledger file is refused: a located message per problem, and nothing imported.
@Suite("导入拒绝 Import refusals")
struct ImportRefusalTests {
    @Test func aBadDateIsLocatedAndNothingIsImported() throws {
        let s = try demoService()
        let issues = try refused(.applications, source(header + good + "李四,自然人,2026-02-30,当面,内容,,\n"), service: s)
        #expect(issues.count == 1)
        #expect(issues[0].line == 3 && issues[0].column == 3 && issues[0].header == "收到日期")
        #expect(issues[0].description.hasPrefix("台账.csv:3:3: [收到日期] 日期“2026-02-30”"))
    }

    @Test func unknownCodesListTheChoices() throws {
        let s = try demoService()
        let issues = try refused(.applications, source(header + "李四,外星人,2026-03-05,飞鸽传书,内容,2026-03-06,满意\n"), service: s)
        #expect(issues.map(\.column) == [2, 4, 7])
        #expect(issues[0].reason.contains("natural-person（自然人）"))
        #expect(!issues.isEmpty && issues.allSatisfy { $0.line == 2 })
    }

    @Test func everyBadRowIsReportedNotOnlyTheFirst() throws {
        let s = try demoService()
        let text = header + good + "李四,自然人,2026/13/1,当面,内容,,\n" + good + ",自然人,2026-03-05,当面,,,\n"
        let issues = try refused(.applications, source(text), service: s)
        #expect(issues.map(\.line) == [3, 5, 5])
        #expect(issues.map(\.header) == ["收到日期", "申请人", "申请内容"])
    }

    @Test func missingRequiredColumn() throws {
        let s = try demoService()
        let issues = try refused(.applications, source("申请人,申请人类型,收到方式,申请内容\n张三,自然人,当面,内容\n"), service: s)
        #expect(issues.count == 1 && issues[0].line == 1 && issues[0].reason.contains("缺少必需的列“收到日期”"))
    }

    @Test func replyBeforeReceiptAndAHalfClosedRow() throws {
        let s = try demoService()
        let text = header + "张三,自然人,2026-03-05,当面,内容,2026-03-01,予以公开\n"
            + "李四,自然人,2026-03-05,当面,内容,2026-03-09,\n" + "王五,自然人,2026-03-05,当面,内容,,予以公开\n"
        let issues = try refused(.applications, source(text), service: s)
        #expect(issues.count == 3)
        #expect(issues[0].line == 2 && issues[0].column == 6 && issues[0].reason.contains("早于收到日期"))
        #expect(issues[1].line == 3 && issues[1].column == 7 && issues[1].reason.contains("处理结果"))
        #expect(issues[2].line == 4 && issues[2].column == 6)
    }

    @Test func anUnknownHeaderNeedsAMap() throws {
        let s = try demoService()
        let text = "来件人,申请人类型,收到日期,收到方式,申请内容\n张三,自然人,2026-03-05,当面,内容\n"
        let issues = try refused(.applications, source(text), service: s)
        #expect(issues.contains { $0.line == 1 && $0.column == 1 && $0.header == "来件人" && $0.reason.contains("--map") })
        // With a map the same file imports.
        let map = try ColumnMap.parse("表头,字段\n来件人,applicantName\n", file: "map.csv")
        let result = try LedgerImport.run(.applications, source(text, map: map), service: s)
        #expect(result.count == 1)
    }

    @Test func aFileInNeitherUTF8NorGB18030() throws {
        let s = try demoService()
        // 0x81 0x20 is not a GB18030 sequence and not UTF-8.
        var bytes = [UInt8](header.utf8)
        bytes += [0x81, 0x20, 0x2C] + [UInt8]("自然人,2026-03-05,当面,内容,,\n".utf8)
        let issues = try refused(.applications, ImportSource(name: "bad.csv", bytes: bytes), service: s)
        #expect(issues.count == 1 && issues[0].line == 2 && issues[0].reason.contains("GB18030"))
        // Forcing UTF-8 names the line of the bad byte too.
        let forced = try refused(.applications, ImportSource(name: "bad.csv", bytes: bytes, encoding: .utf8), service: s)
        #expect(forced[0].line == 2)
    }

    @Test func emptyFilesAndBlankFiles() throws {
        let s = try demoService()
        for text in ["", "\n\n", "\u{FEFF}", " , ,\n"] {
            let issues = try refused(.applications, source(text), service: s)
            #expect(issues[0].reason.contains("文件为空"), "\(text.debugDescription)")
        }
    }

    @Test func raggedRows() throws {
        let s = try demoService()
        let issues = try refused(.applications, source(header + good + "李四,自然人,2026-03-05,当面\n" + good + "a,b,c,d,e,f,g,h\n"), service: s)
        #expect(issues.map(\.line) == [3, 5])
        #expect(issues[0].reason.contains("4 列") && issues[1].reason.contains("8 列"))
    }

    @Test func quoteErrors() throws {
        let s = try demoService()
        // A quote in the middle of a field.
        var issues = try refused(.applications, source(header + "张三,自然人,2026-03-05,当面,申请\"公开\"预算,,\n"), service: s)
        #expect(issues[0].line == 2 && issues[0].column == 5 && issues[0].reason.contains("字段中间出现引号"))
        // Text after a closing quote.
        issues = try refused(.applications, source(header + "\"张三\"x,自然人,2026-03-05,当面,内容,,\n"), service: s)
        #expect(issues[0].line == 2 && issues[0].column == 1 && issues[0].reason.contains("右引号后还有字符"))
        // A quote never closed: reported on the line where it opened.
        issues = try refused(.applications, source(header + good + "李四,自然人,2026-03-05,当面,\"申请公开\n预算,,\n"), service: s)
        #expect(issues.count == 1 && issues[0].line == 3 && issues[0].column == 5 && issues[0].reason.contains("引号没有闭合"))
    }

    @Test func lineNumbersCountPhysicalLinesOfMultiLineCells() throws {
        let s = try demoService()
        let text = header + "张三,自然人,2026-03-05,当面,\"第一行\r\n第二行\r\n第三行\",,\r\n" + "李四,自然人,2026-03-32,当面,内容,,\r\n"
        let issues = try refused(.applications, source(text), service: s)
        #expect(issues.count == 1 && issues[0].line == 5)
    }

    @Test func theServiceRefusesTheWholeBatchForOneBadUnitOrAFutureDate() throws {
        let s = try demoService()
        let text = "申请人,申请人类型,收到日期,收到方式,申请内容,承办单位\n张三,自然人,2026-03-05,当面,内容,县教育局\n"
            + "李四,自然人,2026-03-05,当面,内容,不存在的局\n王五,自然人,2027-01-05,当面,内容,县教育局\n"
        let issues = try refused(.applications, source(text), service: s)
        #expect(issues.count == 2)
        #expect(issues[0].line == 3 && issues[0].column == 6 && issues[0].header == "承办单位")
        #expect(issues[1].line == 4 && issues[1].column == 3 && issues[1].reason.contains("晚于今天"))
    }

    @Test func aClerkImportsOnlyIntoTheirOwnUnit() throws {
        let admin = try demoService()
        let clerk = acting("wang.cg", on: admin)   // 城关镇 clerk
        let text = "申请人,申请人类型,收到日期,收到方式,申请内容,承办单位\n张三,自然人,2026-03-05,当面,内容,县教育局\n"
        let issues = try refused(.applications, source(text), service: clerk)
        #expect(issues[0].column == 6 && issues[0].reason.contains("（规则「仅限本单位」）")
                && !issues[0].reason.contains("own-unit-only"))
        // With no unit column the records go to the clerk's own unit.
        let own = try LedgerImport.run(.applications, source("申请人,申请人类型,收到日期,收到方式,申请内容\n张三,自然人,2026-03-05,当面,内容\n"),
                                       service: clerk)
        let line = try #require(try clerk.applicationLedger().first { $0.id == own.ids[0] })
        #expect(line.unitId == "chengguan")
        // --unit of another unit is refused for the clerk too.
        do {
            _ = try LedgerImport.run(.applications, source("申请人,申请人类型,收到日期,收到方式,申请内容\n张三,自然人,2026-03-05,当面,内容\n"),
                                     service: clerk, unit: "edu")
            Issue.record("--unit edu was accepted for a 城关镇 clerk")
        } catch let failure as ImportFailure {
            #expect(failure.issues[0].reason.contains("（规则「仅限本单位」）") && !failure.issues[0].reason.contains("own-unit-only"))
        }
    }

    @Test func documentRefusals() throws {
        let s = try demoService()
        let head = "标题,文件类型,公开属性,成文日期,状态,发布日期,文号,公开目录\n"
        let text = head
            + "依申请文件,一般信息,依申请公开,2026-03-01,已发布,2026-03-05,,\n"     // only proactive is published
            + "发布早于成文,一般信息,主动公开,2026-03-01,已发布,2026-02-05,,\n"
            + "不予公开无理由,一般信息,不予公开,2026-03-01,已签发,,,\n"
            + "坏文号,一般信息,主动公开,2026-03-01,草稿,,五号文,\n"
            + "无此栏目,一般信息,主动公开,2026-03-01,草稿,,,没有这个栏目\n"
        let issues = try refused(.documents, source(text), service: s)
        #expect(issues.map(\.line) == [2, 3, 4, 5, 6])
        #expect(issues.map(\.header) == ["公开属性", "发布日期", "公开属性", "文号", "公开目录"])
    }
}
