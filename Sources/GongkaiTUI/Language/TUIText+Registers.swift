import GongkaiCore

extension TUIText {
    /// 登记簿视图 — 权责清单、公众参与、网站巡检 (Registers/).
    enum Registers {
        static let titleDuties = Phrase("权责清单", "Powers and duties")
        static let titleConsultations = Phrase("公众参与", "Public participation")
        static let titleInspections = Phrase("网站巡检", "Website inspections")
        static let titleStale = Phrase("长期未更新栏目", "Columns not updated")
        static let allUnits = Phrase("全部可见单位", "all visible units")
        /// {1}/{2} move-down / move-up, {3} register-detail, {4} history, {5} reload, {6} close.
        static let keysList = Phrase("{1}/{2} 移动  {3} 详情  {4} 修改记录  {5} 刷新  {6} 返回", "{1}/{2} move  {3} details  {4} history  {5} reload  {6} back")
        /// {1}/{2} move-down / move-up, {3} register-detail, {4} register-stale, {5} history, {6} close.
        static let keysInspections = Phrase("{1}/{2} 移动  {3} 详情  {4} 未更新栏目  {5} 修改记录  {6} 返回", "{1}/{2} move  {3} details  {4} stale columns  {5} history  {6} back")
        /// {1}/{2} move-down / move-up, {3} register-detail, {4} register-stale, {5} close.
        static let keysStale = Phrase("{1}/{2} 移动  {3} 详情  {4} 巡检记录  {5} 返回", "{1}/{2} move  {3} details  {4} inspections  {5} back")
        /// {1}/{2} move-down / move-up, {3} register-detail, {4} close, {5} history.
        static let keysDetail = Phrase("{1}/{2} 滚动  {3}/{4} 返回列表  {5} 修改记录", "{1}/{2} scroll  {3}/{4} back to list  {5} history")
        static let empty = Phrase("没有记录。按 {2} 登记（或命令行 gongkai {1} add）。", "Nothing yet. Press {2} to add (or gongkai {1} add).")
        static let emptyStale = Phrase("没有超过 {1} 天未更新的栏目。", "No column idle for more than {1} days.")
        static let readFailed = Phrase("读取失败：{1}", "Could not read: {1}")
        static let noSource = Phrase("此数据源不支持登记簿", "This data source has no registers")
        static let reloaded = Phrase("已刷新", "Reloaded")
        static let notRegisterColumn = Phrase("栏目“{1}”没有对应的登记簿（权责清单、重大决策意见征集、政府网站、政务新媒体等栏目才有）", "Column {1} has no register (only the duties, consultation, website and new-media columns have one)")
        static let opened = Phrase("{1}：{2}", "{1}: {2}")

        // Commands (the Chinese text is also the command's alias at the `:` prompt)
        static let aliasDuties = Phrase("权责清单", "duties")
        static let aliasConsult = Phrase("公众参与", "consult")
        static let aliasInspect = Phrase("网站巡检", "inspect")
        static let aliasOpenRegister = Phrase("栏目登记簿", "open-register")
        static let cmdDuties = Phrase("打开权责清单：duties（可见的全部单位）/ duties 县教育局", "Open the powers and duties: duties / duties <unit>")
        static let cmdConsult = Phrase("打开公众参与行政决策：consult / consult 单位", "Open public participation: consult / consult <unit>")
        static let cmdInspect = Phrase("打开网站与政务新媒体巡检：inspect / inspect 单位", "Open website inspections: inspect / inspect <unit>")
        static let cmdCatalogRegister = Phrase("打开所选栏目对应的登记簿（权责清单、公众参与、网站巡检）", "Open the register of the selected column")

        // Columns
        static let colId = Phrase("编号", "Id")
        static let colKind = Phrase("类别", "Kind")
        static let colName = Phrase("事项名称", "Name")
        static let colState = Phrase("状态", "State")
        static let colUnit = Phrase("单位", "Unit")
        static let colDecision = Phrase("决策事项", "Decision")
        static let colCloses = Phrase("截止", "Closes")
        static let colDate = Phrase("日期", "Date")
        static let colChannel = Phrase("渠道", "Channel")
        static let colInspector = Phrase("巡检人", "Inspector")
        static let colResult = Phrase("结果", "Result")
        static let colColumn = Phrase("栏目", "Column")
        static let colOwner = Phrase("责任单位", "Unit")
        static let colUpdated = Phrase("最近更新", "Updated")
        static let colIdle = Phrase("天数", "Days")

        // Duty detail
        static let basis = Phrase("设定依据：{1}", "Legal basis: {1}")
        static let responsible = Phrase("实施主体：{1}", "Exercised by: {1}")
        static let procedure = Phrase("办理流程：{1}", "Procedure: {1}")
        static let timeLimit = Phrase("办理时限：{1}", "Time limit: {1}")
        static let phone = Phrase("监督电话：{1}", "Supervision phone: {1}")
        static let stateLine = Phrase("状态：{1}", "State: {1}")
        static let stateSince = Phrase("{1}（{2}）", "{1} ({2})")
        static let version = Phrase("第 {1} 版", "version {1}")
        static let historyTitle = Phrase("历史版本：", "Earlier versions:")
        static let historyLine = Phrase("第 {1} 版于 {2} {3}（{4}）{5}", "v{1} {3} on {2} ({4}) {5}")
        static let historyWas = Phrase("  原为：{1}；时限 {2}；依据 {3}", "  was: {1}; time limit {2}; basis {3}")
        static let notFilled = Phrase("未填", "not given")

        // Consultation detail
        static let scope = Phrase("征集范围：{1}", "Scope: {1}")
        static let methods = Phrase("参与方式：{1}", "Methods: {1}")
        static let period = Phrase("征集期间：{1} 至 {2}，共 {3} 天", "Period: {1} to {2}, {3} days")
        static let shortReason = Phrase("期限较短的理由：{1}", "Reason for the short period: {1}")
        static let comments = Phrase("收到意见：{1} 条", "Comments received: {1}")
        static let summary = Phrase("意见概要：{1}", "Summary: {1}")
        static let adoption = Phrase("采纳情况：{1}", "Adoption: {1}")
        static let feedback = Phrase("公开反馈：{1}", "Published feedback: {1}")
        static let closedOn = Phrase("办结日期：{1}", "Closed on: {1}")
        static let earlyReason = Phrase("提前办结的理由：{1}", "Closed early because: {1}")
        static let notRecorded = Phrase("未登记", "not recorded")
        static let daysLeft = Phrase("还有 {1} 天", "{1} days left")
        static let daysOver = Phrase("已截止 {1} 天", "closed {1} days ago")
        static let closeHint = Phrase("办结：按 {2}（命令行 gongkai consult close {1}）", "Close: press {2} (or gongkai consult close {1})")

        // Inspection detail
        static let inspectionChannel = Phrase("渠道：{1} {2}", "Channel: {1} {2}")
        static let inspectionBy = Phrase("巡检人：{1}  日期：{2}", "Inspector: {1}  date: {2}")
        static let checkPassed = Phrase("{1} 通过", "{1} passed")
        static let checkFailed = Phrase("{1} 未通过", "{1} failed")
        static let checkSkipped = Phrase("{1} 未检查", "{1} not checked")
        static let checksLine = Phrase("检查项：{1}", "Checks: {1}")
        static let problems = Phrase("发现问题：{1}", "Problems found: {1}")
        static let resultNone = Phrase("未发现问题", "no problem")
        static let resultFixed = Phrase("已整改 {1}", "fixed {1}")
        static let resultOpen = Phrase("待整改", "to fix")
        static let fixHint = Phrase("记录整改：按 {2}（命令行 gongkai inspect fix {1}）", "Record the fix: press {2} (or gongkai inspect fix {1})")

        // Stale column detail
        static let staleNever = Phrase("设立于 {1}，从未更新", "set up {1}, never updated")
        static let stalePeriod = Phrase("已 {1} 天无新内容（周期 {2} 天）", "{1} days idle (period {2} days)")
        static let noOwner = Phrase("无责任单位", "no unit")
        static let labelled = Phrase("{1}：{2}", "{1}: {2}")
        static let listSeparator = Phrase("、", ", ")
    }
}
