import GongkaiCore

extension StoreText {
    /// 修改记录: the words of each audit action (`AuditAction.words`) and of the narrative (AuditNarrative).
    enum Audit {
        static let applicationAdd = Phrase("登记申请", "Request registered")
        static let applicationEvent = Phrase("登记办理环节", "Request step recorded")
        static let applicationImport = Phrase("导入申请", "Request imported")
        static let applicationSettings = Phrase("修改申请办理设置", "Request settings changed")
        static let applicationClockRefresh = Phrase("刷新申请期限排序", "Request sort keys refreshed")
        static let calendarImport = Phrase("导入节假日安排", "Holiday arrangements imported")
        static let catalogAdd = Phrase("新增目录栏目", "Catalog column added")
        static let catalogDelete = Phrase("删除目录栏目", "Catalog column deleted")
        static let catalogItemAdd = Phrase("新增标准目录事项", "Standard catalog item added")
        static let catalogMove = Phrase("移动目录栏目", "Catalog column moved")
        static let catalogPlace = Phrase("文件归入目录栏目", "Document placed in a catalog column")
        static let catalogRename = Phrase("重命名目录栏目", "Catalog column renamed")
        static let catalogReorder = Phrase("调整目录栏目顺序", "Catalog column reordered")
        static let catalogRestore = Phrase("恢复目录栏目", "Catalog column restored")
        static let catalogRetire = Phrase("停用目录栏目", "Catalog column retired")
        static let catalogSeed = Phrase("建立标准公开目录", "Standard catalog set up")
        static let catalogUnit = Phrase("建立单位子目录", "Unit sub-catalog set up")
        static let catalogUpdate = Phrase("修改目录栏目", "Catalog column changed")
        static let consultationAdd = Phrase("登记公众参与事项", "Public participation item added")
        static let consultationClose = Phrase("公众参与意见反馈", "Public participation closed with feedback")
        static let consultationSettings = Phrase("修改公众参与设置", "Public participation settings changed")
        static let demoGenerate = Phrase("生成演示数据", "Demo data generated")
        static let documentAdd = Phrase("登记文件", "Document registered")
        static let documentAmend = Phrase("修改文件（立改废）", "Document amended")
        static let documentApprove = Phrase("签发文件", "Document signed off")
        static let documentImport = Phrase("导入文件", "Document imported")
        static let documentPublish = Phrase("发布文件", "Document published")
        static let documentRepeal = Phrase("废止文件", "Document repealed")
        static let documentReturn = Phrase("退回文件", "Document returned")
        static let documentSubmit = Phrase("提交文件审核", "Document submitted for review")
        static let documentUndo = Phrase("撤销文件上一步", "Document step undone")
        static let documentUpdate = Phrase("修改文件", "Document edited")
        static let dutyAdd = Phrase("新增权责事项", "Duty added")
        static let dutyAdjust = Phrase("调整权责事项", "Duty adjusted")
        static let dutyCancel = Phrase("取消权责事项", "Duty cancelled")
        static let importApplications = Phrase("批量导入申请", "Requests imported in bulk")
        static let importDocuments = Phrase("批量导入文件", "Documents imported in bulk")
        static let inspectionAdd = Phrase("登记网站巡检", "Website inspection recorded")
        static let inspectionFix = Phrase("登记巡检整改", "Inspection fix recorded")
        static let interpretationAdd = Phrase("新增政策解读", "Interpretation added")
        static let interpretationApprove = Phrase("签发政策解读", "Interpretation signed off")
        static let interpretationUndo = Phrase("撤销政策解读上一步", "Interpretation step undone")
        static let interpretationPublish = Phrase("发布政策解读", "Interpretation published")
        static let interpretationReturn = Phrase("退回政策解读", "Interpretation returned")
        static let interpretationSettings = Phrase("修改政策解读设置", "Interpretation settings changed")
        static let interpretationSubmit = Phrase("提交政策解读审核", "Interpretation submitted for review")
        static let interpretationUpdate = Phrase("修改政策解读", "Interpretation edited")
        static let letterIssue = Phrase("出具文书", "Letter issued")
        static let letterPattern = Phrase("设置文书编号格式", "Letter number pattern set")
        static let officerAdd = Phrase("登记工作人员", "Officer registered")
        static let reportCaseAdd = Phrase("登记复议诉讼案件", "Review or lawsuit case added")
        static let reportCaseUpdate = Phrase("修改复议诉讼案件", "Review or lawsuit case changed")
        static let reportFigures = Phrase("填写年度报告数字", "Annual report figures entered")
        static let reportFile = Phrase("报送年度报告", "Annual report filed")
        static let reportNarrative = Phrase("填写年度报告文字", "Annual report text entered")
        static let reviewSnooze = Phrase("待办暂缓", "Inbox item snoozed")
        static let reviewUnsnooze = Phrase("待办恢复", "Inbox item restored")
        static let searchReindex = Phrase("重建检索索引", "Search index rebuilt")
        static let sessionActAs = Phrase("代他人操作", "Acting as another officer")
        static let unitAdd = Phrase("新增单位", "Unit added")
        static let unitRemedies = Phrase("设置救济途径", "Remedies set")
        static let workspaceBackup = Phrase("备份工作区", "Workspace backed up")
        static let templateReset = Phrase("恢复默认模板", "Template reset to the default")
        static let templateSet = Phrase("安装模板", "Template installed")

        // The narrative (AuditNarrative): sentences, fields, and words for codes no action names.
        static let sentence = Phrase("{1} {2} {3}", "{1} {2}: {3}")
        static let onBehalf = Phrase("{1}（由 {2} 代办）", "{1} (by {2} on their behalf)")
        static let change = Phrase("{1}：{2} → {3}", "{1}: {2} → {3}")
        static let set = Phrase("{1}：{2}", "{1}: {2}")
        static let cleared = Phrase("（空）", "(empty)")
        static let listSeparator = Phrase("、", ", ")
        static let interpretationStep = Phrase("解读{1}", "interpretation: {1}")
        static let catalogChange = Phrase("修改公开目录", "changed the catalog")
        static let registerChange = Phrase("修改登记簿", "changed a register")
        static let reportChange = Phrase("修改年度报告", "changed the annual report")
        static let settingsChange = Phrase("修改设置", "changed the settings")
        static let otherChange = Phrase("修改", "made a change")
        // Fields.
        static let fieldTitle = Phrase("标题", "title")
        static let fieldState = Phrase("状态", "state")
        static let fieldAttribute = Phrase("公开属性", "disclosure attribute")
        static let fieldWithheldReason = Phrase("不予公开理由", "reason for withholding")
        static let fieldNote = Phrase("公开属性说明", "attribute note")
        static let fieldType = Phrase("类型", "type")
        static let fieldNumber = Phrase("文号", "document number")
        static let fieldCategory = Phrase("公开目录", "catalog column")
        static let fieldFormed = Phrase("成文日期", "date formed")
        static let fieldUnit = Phrase("单位", "unit")
        static let fieldChannels = Phrase("公开渠道", "channels")
        static let fieldTags = Phrase("标签", "tags")
        static let fieldValidUntil = Phrase("有效期至", "valid until")
        static let fieldPublished = Phrase("发布日期", "published")
        static let fieldApproved = Phrase("签发日期", "signed off")
        static let fieldBodyLength = Phrase("正文字数", "body length")
        static let fieldComment = Phrase("意见", "comment")
        static let fieldUntil = Phrase("暂缓至", "snoozed until")
        static let fieldLeader = Phrase("责任领导", "leader")
        static let fieldContent = Phrase("申请内容", "request")
        static let fieldName = Phrase("名称", "name")
    }
}

extension AuditAction {
    /// The phrase a person reads for this action.
    var phrase: Phrase {
        typealias A = StoreText.Audit
        switch self {
        case .applicationAdd: return A.applicationAdd
        case .applicationEvent: return A.applicationEvent
        case .applicationImport: return A.applicationImport
        case .applicationSettings: return A.applicationSettings
        case .applicationClockRefresh: return A.applicationClockRefresh
        case .calendarImport: return A.calendarImport
        case .catalogAdd: return A.catalogAdd
        case .catalogDelete: return A.catalogDelete
        case .catalogItemAdd: return A.catalogItemAdd
        case .catalogMove: return A.catalogMove
        case .catalogPlace: return A.catalogPlace
        case .catalogRename: return A.catalogRename
        case .catalogReorder: return A.catalogReorder
        case .catalogRestore: return A.catalogRestore
        case .catalogRetire: return A.catalogRetire
        case .catalogSeed: return A.catalogSeed
        case .catalogUnit: return A.catalogUnit
        case .catalogUpdate: return A.catalogUpdate
        case .consultationAdd: return A.consultationAdd
        case .consultationClose: return A.consultationClose
        case .consultationSettings: return A.consultationSettings
        case .demoGenerate: return A.demoGenerate
        case .documentAdd: return A.documentAdd
        case .documentAmend: return A.documentAmend
        case .documentApprove: return A.documentApprove
        case .documentImport: return A.documentImport
        case .documentPublish: return A.documentPublish
        case .documentRepeal: return A.documentRepeal
        case .documentReturn: return A.documentReturn
        case .documentSubmit: return A.documentSubmit
        case .documentUndo: return A.documentUndo
        case .documentUpdate: return A.documentUpdate
        case .dutyAdd: return A.dutyAdd
        case .dutyAdjust: return A.dutyAdjust
        case .dutyCancel: return A.dutyCancel
        case .importApplications: return A.importApplications
        case .importDocuments: return A.importDocuments
        case .inspectionAdd: return A.inspectionAdd
        case .inspectionFix: return A.inspectionFix
        case .interpretationAdd: return A.interpretationAdd
        case .interpretationApprove: return A.interpretationApprove
        case .interpretationUndo: return A.interpretationUndo
        case .interpretationPublish: return A.interpretationPublish
        case .interpretationReturn: return A.interpretationReturn
        case .interpretationSettings: return A.interpretationSettings
        case .interpretationSubmit: return A.interpretationSubmit
        case .interpretationUpdate: return A.interpretationUpdate
        case .letterIssue: return A.letterIssue
        case .letterPattern: return A.letterPattern
        case .officerAdd: return A.officerAdd
        case .reportCaseAdd: return A.reportCaseAdd
        case .reportCaseUpdate: return A.reportCaseUpdate
        case .reportFigures: return A.reportFigures
        case .reportFile: return A.reportFile
        case .reportNarrative: return A.reportNarrative
        case .reviewSnooze: return A.reviewSnooze
        case .reviewUnsnooze: return A.reviewUnsnooze
        case .searchReindex: return A.searchReindex
        case .sessionActAs: return A.sessionActAs
        case .unitAdd: return A.unitAdd
        case .unitRemedies: return A.unitRemedies
        case .workspaceBackup: return A.workspaceBackup
        case .templateReset: return A.templateReset
        case .templateSet: return A.templateSet
        }
    }

    /// In the language in force where it is read.
    public var words: String { phrase.text() }
}
