import GongkaiCore

extension TUIText {
    /// 登记簿表单 — add / edit / close forms of the register views (Registers/RegisterForms).
    enum RegisterForms {
        // Form titles
        static let addDuty = Phrase("新增权责事项", "Add a power or duty")
        static let amendDuty = Phrase("调整权责事项 {1}", "Adjust entry {1}")
        static let cancelDuty = Phrase("取消权责事项 {1}", "Cancel entry {1}")
        static let addConsultation = Phrase("新建公众参与事项", "Add a consultation")
        static let closeConsultation = Phrase("办结公众参与事项 {1}", "Close consultation {1}")
        static let addInspection = Phrase("登记巡检", "Record an inspection")
        static let fixInspection = Phrase("记录整改 {1}", "Record the fix of {1}")

        static let settings = Phrase("公众参与设置（本工作区）", "Public participation settings (this workspace)")
        static let minDays = Phrase("最短征求意见天数", "Minimum comment days")
        static let soonDays = Phrase("截止前提醒天数", "Closing-soon days")
        static let settingsNote = Phrase("向社会公开征求意见的最短天数（0 表示不检查；默认 30）和截止前多少天进入待办（默认 7）。仅管理员可修改；这是工作区设置，不是法律规定。", "The minimum days of a public comment (0 turns the check off; default 30) and how many days before closing it enters the inbox (default 7). Admins only; a workspace setting, not a legal rule.")
        static let settingsSaved = Phrase("已保存公众参与设置", "Public participation settings saved")
        static let cmdSettings = Phrase("公众参与：修改本工作区的设置（仅管理员）", "Public participation: change this workspace's settings (admins)")
        static let aliasSettings = Phrase("公众参与设置", "consult-settings")

        // Field labels
        static let unit = Phrase("单位", "Unit")
        static let kind = Phrase("类别", "Kind")
        static let name = Phrase("事项名称", "Name")
        static let basis = Phrase("设定依据", "Legal basis")
        static let responsible = Phrase("实施主体", "Exercised by")
        static let procedure = Phrase("办理流程", "Procedure")
        static let timeLimit = Phrase("办理时限", "Time limit")
        static let phone = Phrase("监督电话", "Supervision phone")
        static let changeDate = Phrase("生效日期", "Effective date")
        static let reason = Phrase("原因", "Reason")
        static let decision = Phrase("决策事项", "Decision")
        static let scope = Phrase("征集范围", "Scope")
        static let methods = Phrase("参与方式", "Methods")
        static let opens = Phrase("开始日期", "Opens")
        static let closes = Phrase("截止日期", "Closes")
        static let shortReason = Phrase("期限较短的理由", "Short period reason")
        static let comments = Phrase("收到意见条数", "Comments received")
        static let summary = Phrase("意见概要", "Summary")
        static let adoption = Phrase("采纳情况", "Adoption")
        static let feedback = Phrase("公开反馈", "Published feedback")
        static let earlyReason = Phrase("提前办结的理由", "Early close reason")
        static let date = Phrase("巡检日期", "Date")
        static let inspector = Phrase("巡检人", "Inspector")
        static let channelKind = Phrase("渠道类别", "Channel kind")
        static let channel = Phrase("渠道名称", "Channel")
        static let problems = Phrase("发现的问题", "Problems found")
        static let fixedOn = Phrase("整改日期", "Fixed on")

        // Check results (one picker per check)
        static let passed = Phrase("通过", "passed")
        static let failed = Phrase("未通过", "failed")
        static let notChecked = Phrase("未检查", "not checked")

        // Notes under the fields
        static let responsibleNote = Phrase("实施主体不填时为所选单位。", "Exercised by defaults to the chosen unit.")
        static let amendNote = Phrase("只提交改动的项；原版本连同日期和原因保留在历史中。", "Only changed fields are sent; the earlier version is kept with the date and reason.")
        static let cancelNote = Phrase("取消后不再列入现行清单，历史保留。", "A cancelled entry leaves the current list; its history is kept.")
        static let methodsNote = Phrase("参与方式可多选，用逗号或顿号分隔：{1}", "Methods, several separated by commas: {1}")
        static let shortNote = Phrase("向社会公开征求意见短于本工作区最短天数时须填写理由。", "A public comment shorter than the workspace minimum needs a reason.")
        static let earlyNote = Phrase("截止日期为 {1}，在此之前办结须填写提前办结的理由。", "The consultation closes on {1}; closing before then needs a reason.")
        static let commentsNote = Phrase("收到意见时须填写意见概要。", "A summary is needed when comments were received.")
        static let fixNote = Phrase("巡检日期 {1}；发现的问题：{2}", "Inspected {1}; problems: {2}")
        static let failedNote = Phrase("有未通过的检查项时请填写发现的问题。", "Describe the problems when a check failed.")

        // Errors and results
        static let badMethods = Phrase("参与方式“{1}”无效，可选：{2}", "Methods \"{1}\" not valid; choose from: {2}")
        static let nothingChanged = Phrase("没有改动任何一项，未提交", "Nothing was changed; not sent")
        static let added = Phrase("已登记 {1}", "Recorded {1}")
        static let amended = Phrase("已调整 {1}（原版本已保留）", "Adjusted {1} (earlier version kept)")
        static let cancelled = Phrase("已取消 {1}（历史保留）", "Cancelled {1} (history kept)")
        static let closed = Phrase("已办结 {1}", "Closed {1}")
        static let fixed = Phrase("已记录 {1} 的整改", "Recorded the fix of {1}")
        static let noneSelected = Phrase("没有选中的记录", "No record selected")
        static let notForKind = Phrase("{1}没有这一操作", "{1} has no such step")
        static let alreadyClosed = Phrase("{1} 已办结，不能再次办结", "{1} is already closed")
        static let alreadyCancelled = Phrase("{1} 已取消，不能再调整或取消", "{1} is already cancelled; it cannot be changed")
        static let nothingToFix = Phrase("{1} 没有待整改的问题", "{1} has nothing waiting to be fixed")
        static let staleView = Phrase("未更新栏目是报告，不能在此登记；按 {1} 回到巡检记录", "The stale columns are a report; press {1} to go back to the inspections")
        static let openFirst = Phrase("请先打开登记簿（:duties、:consult、:inspect）", "Open a register first (:duties, :consult, :inspect)")

        // Commands and keys
        static let cmdAdd = Phrase("登记簿：新增一条（权责事项、公众参与事项、巡检记录）", "Register: add a record (duty, consultation, inspection)")
        static let cmdEdit = Phrase("登记簿：调整所选权责事项", "Register: adjust the selected duty")
        static let cmdClose = Phrase("登记簿：取消所选权责事项 / 办结所选公众参与事项 / 记录所选巡检的整改", "Register: cancel the duty / close the consultation / record the fix")
        static let aliasAdd = Phrase("新增登记", "register-add")
        static let aliasEdit = Phrase("调整登记", "register-edit")
        static let aliasClose = Phrase("办结登记", "register-close")
        /// {1} register-add, {2} register-edit, {3} register-close.
        static let keysDuties = Phrase("{1} 新增 {2} 调整 {3} 取消", "{1} add {2} adjust {3} cancel")
        /// {1} register-add, {2} register-close, {3} consult-settings.
        static let keysConsultations = Phrase("{1} 新建 {2} 办结 {3} 设置", "{1} add {2} close {3} settings")
        /// {1} register-add, {2} register-close.
        static let keysInspections = Phrase("{1} 登记 {2} 整改", "{1} add {2} fixed")
    }
}
