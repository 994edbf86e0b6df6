import Testing
@testable import GongkaiCore

@Suite("表三 行与列 (Docs/领域规则.md §7)")
struct ReportRowTests {
    /// Docs/领域规则.md §7, copied row by row: (label, code).
    static let domainRows: [(String, String)] = [
        ("一、本年新收政府信息公开申请数量", "received"),
        ("二、上年结转政府信息公开申请数量", "carried-in"),
        ("三（一）予以公开", "granted"),
        ("三（二）部分公开", "partially-granted"),
        ("三（三）不予公开 1 属于国家秘密", "withheld.state-secret"),
        ("2 其他法律行政法规禁止公开", "withheld.prohibited-by-law"),
        ("3 危及“三安全一稳定”", "withheld.security-stability"),
        ("4 保护第三方合法权益", "withheld.third-party"),
        ("5 属于三类内部事务信息", "withheld.internal-affairs"),
        ("6 属于四类过程性信息", "withheld.process-info"),
        ("7 属于行政执法案卷", "withheld.enforcement-file"),
        ("8 属于行政查询事项", "withheld.inquiry"),
        ("三（四）无法提供 1 本机关不掌握相关政府信息", "unavailable.not-held"),
        ("2 没有现成信息需要另行制作", "unavailable.needs-creation"),
        ("3 补正后申请内容仍不明确", "unavailable.still-unclear"),
        ("三（五）不予处理 1 信访举报投诉类申请", "not-processed.complaint"),
        ("2 重复申请", "not-processed.duplicate"),
        ("3 要求提供公开出版物", "not-processed.publication"),
        ("4 无正当理由大量反复申请", "not-processed.excessive"),
        ("5 要求行政机关确认或重新出具已获取信息", "not-processed.confirmation"),
        ("三（六）其他处理 1 逾期不补正、不再处理", "other.no-correction"),
        ("2 逾期未缴纳信息处理费、不再处理", "other.fee-unpaid"),
        ("3 其他", "other.other"),
        ("三（七）总计", "processed-total"),
        ("四、结转下年度继续办理", "carried-out"),
    ]

    @Test func all25RowCodesInOrderWithTheirLabels() {
        #expect(ReportRow.allCases.count == 25)
        #expect(ReportRow.allCases.map(\.code) == Self.domainRows.map(\.1))
        #expect(ReportRow.allCases.map(\.label) == Self.domainRows.map(\.0))
    }

    @Test func everyOutcomeHasItsRowAndOnlyOutcomeRowsSumIntoTotal() {
        #expect(ReportRow.outcomeRows.count == 21)
        // Every outcome with a row of its own; the two of C11 count in 三（一） and 三（四）1.
        #expect(ReportRow.outcomeRows.compactMap(\.outcome)
                == ApplicationOutcome.allCases.filter { $0 != .grantedAlreadyPublic && $0 != .unavailableNotThisAgency })
        for o in ApplicationOutcome.allCases { #expect(ReportRow(o).code == o.reportRowCode) }
        #expect(ReportRow(.grantedAlreadyPublic) == .outcome(.granted) && ReportRow(.unavailableNotThisAgency) == .outcome(.unavailableNotHeld))
        #expect(!ReportRow.received.isOutcome && !ReportRow.carriedIn.isOutcome)
        #expect(!ReportRow.processedTotal.isOutcome && !ReportRow.carriedOut.isOutcome)
    }

    @Test func fullNamesAreUniqueAndAcceptedLikeCodes() {
        let names = ReportRow.allCases.map(\.chineseName)
        #expect(Set(names).count == 25)
        #expect(ReportRow.outcome(.otherOther).chineseName == "三（六）其他处理 3 其他")
        #expect(ReportRow.outcome(.withheldProhibitedByLaw).chineseName == "三（三）不予公开 2 其他法律行政法规禁止公开")
        #expect(ReportRow(codeOrName: "三（五）不予处理 2 重复申请") == .outcome(.notProcessedDuplicate))
        #expect(ReportRow(codeOrName: "carried-out") == .carriedOut)
        #expect(ReportRow.outcome(.withheldInquiry).itemNumber == 8)
        #expect(ReportRow.outcome(.granted).itemNumber == nil)
    }

    @Test func columnsAndTheirTwoLevelHeader() {
        #expect(ReportColumn.allCases.map(\.code)
                == ["natural-person", "business", "research", "nonprofit", "legal-services", "other-org", "total"])
        #expect(ReportColumn.allCases.map(\.chineseName)
                == ["自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计"])
        #expect(ReportColumn.allCases.map(\.headerGroup)
                == [nil, "法人或其他组织", "法人或其他组织", "法人或其他组织", "法人或其他组织", "法人或其他组织", nil])
        #expect(ReportColumn.applicantColumns.compactMap(\.applicantType) == ApplicantType.allCases)
        for a in ApplicantType.allCases { #expect(ReportColumn(a).applicantType == a) }
    }
}
