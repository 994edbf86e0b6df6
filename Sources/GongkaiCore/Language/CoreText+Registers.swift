extension CoreText {
    /// 登记簿的规则 (权责清单, 公众参与, 网站巡检): why an entry was refused.
    enum Registers {
        static let dutyMissingName = Phrase("缺少事项名称", "The name of the matter is required")
        static let dutyMissingLegalBasis = Phrase("缺少设定依据：权责事项须写明所依据的法律法规", "The legal basis is required: name the laws and regulations the duty rests on")
        static let dutyMissingStateDate = Phrase("状态为“{1}”的事项须写明{1}日期（{2}）", "An entry in state \"{1}\" needs its date ({2})")
        static let dutyDateWithoutChange = Phrase("“现行”事项没有调整或取消日期", "A current entry carries no change date")
        static let dutyAlreadyCancelled = Phrase("事项 {1} 已取消，不能再修改；如需恢复请新增事项", "Entry {1} is cancelled and cannot change; to restore it, add a new entry")
        static let dutyDateBeforeLastChange = Phrase("日期 {1} 早于该事项上一次变更的日期 {2}", "The date {1} is before the entry's last change ({2})")

        static let consultMissingDecision = Phrase("缺少决策事项", "The decision is required")
        static let consultMissingScope = Phrase("缺少征集范围", "The scope is required")
        static let consultNoMethod = Phrase("至少选择一种参与方式：{1}", "Choose at least one method: {1}")
        static let consultUnknownMethod = Phrase("参与方式“{1}”无效，可用：{2}", "Unknown method \"{1}\"; use one of: {2}")
        static let consultClosesBeforeOpens = Phrase("截止日期 {2} 早于开始日期 {1}", "The closing date {2} is before the opening date {1}")
        static let consultTooShort = Phrase("向社会公开征求意见期间为 {1} 天，少于本工作区设置的 {2} 天；如确需缩短，请写明理由（{3}；工作区设置，不是法律规定）", "Public comment runs {1} days, less than this workspace's {2}; if it must be shorter, give the reason ({3}; a workspace setting, not the law)")
        static let consultNegativeCount = Phrase("收到意见数不能为负数", "The number of comments cannot be negative")
        static let consultMissingSummary = Phrase("收到了意见，须写明意见概要（{1}）", "Comments were received: summarise them ({1})")
        static let consultMissingAdoption = Phrase("办结须写明意见采纳情况（{1}）", "Closing needs what was adopted ({1})")
        static let consultMissingFeedback = Phrase("办结须写明向社会公开的反馈（{1}）", "Closing needs the feedback published to the public ({1})")
        static let consultClosedEarly = Phrase("截止日期 {1} 之前办结，须写明提前办结的理由（{2}）", "Closing before the closing date {1} needs a reason ({2})")
        static let consultClosedBeforeOpening = Phrase("征集尚未开始（开始日期 {1}），不能办结", "Comments have not opened yet (opens {1}); nothing to close")
        static let consultAlreadyClosed = Phrase("{1} 已经办结", "{1} is already closed")

        static let inspectMissingInspector = Phrase("缺少巡检人（{1}）", "The inspector is required ({1})")
        static let inspectMissingChannel = Phrase("缺少巡检渠道名称（{1}）", "The channel's name is required ({1})")
        static let inspectNoCheck = Phrase("至少做一项检查：{1}", "Make at least one check: {1}")
        static let inspectUnknownCheck = Phrase("检查项“{1}”无效，可用：{2}", "Unknown check \"{1}\"; use one of: {2}")
        static let inspectFailedNotChecked = Phrase("“{1}”未列为检查项，不能记为未通过", "\"{1}\" was not checked, so it cannot have failed")
        static let inspectMissingProblems = Phrase("有检查项未通过，须写明发现的问题（{1}）", "A check failed: describe the problems found ({1})")
        static let inspectInFuture = Phrase("巡检日期 {1} 晚于今天 {2}", "The inspection date {1} is after today ({2})")
        static let inspectFixedBefore = Phrase("整改日期 {1} 早于巡检日期 {2}", "The fix date {1} is before the inspection date {2}")
        static let inspectFixedInFuture = Phrase("整改日期 {1} 晚于今天 {2}", "The fix date {1} is after today ({2})")
        static let inspectNothingToFix = Phrase("这次巡检没有发现问题，无需记录整改日期", "This inspection found nothing, so there is no fix date to record")
        static let listSeparator = Phrase("、", ", ")
        static let codeAndName = Phrase("{1}（{2}）", "{1} ({2})")
    }
}
