import GongkaiCore

extension CLIText.Help {
    /// Sources/gongkai/Commands/App/AppAdd.swift
    enum AppAdd {
        static let abstract = Phrase("登记一件政府信息公开申请。", "Register an application.")
        static let received = Phrase("收到申请之日 YYYY-MM-DD（条例第三十一条，按申请方式确定）。", "Date the request was received, YYYY-MM-DD (Article 31, by the channel).")
        static let channel = Phrase("申请方式：in-person 当面 | registered-mail 邮寄(签收) | ordinary-mail 平常信函 | online 互联网 | fax 传真。", "Channel: in-person | registered-mail (signed for) | ordinary-mail | online | fax.")
        static let applicantType = Phrase("申请人类型：natural-person 自然人 | business 商业企业 | research 科研机构 | nonprofit 社会公益组织 | legal-services 法律服务机构 | other-org 其他。", "Applicant type: natural-person | business | research | nonprofit | legal-services | other-org.")
        static let applicantName = Phrase("申请人姓名或名称。", "The applicant's name.")
        static let content = Phrase("申请获取的政府信息（内容描述）。", "The government information requested (a description).")
        static let unit = Phrase("承办单位（编号或名称；默认本人单位）。", "Handling unit (id or name; default: your own unit).")
        static let idNumber = Phrase("身份证件号码（个人信息，列表中遮蔽）。", "Identity document number (personal data, masked in lists).")
        static let contact = Phrase("联系方式（个人信息）。", "Contact details (personal data).")
        static let form = Phrase("获取信息的方式，如 纸质、电子邮件。", "How the information is to be provided, e.g. paper, email.")
    }

    /// Sources/gongkai/Commands/App/AppCommand.swift
    enum AppCommand {
        static let abstract = Phrase("政府信息公开申请：登记、办理环节、查看、列表。", "Information requests: register, record events, show, list.")
        static let discussion = Phrase("答复期限按 CONVENTIONS C1–C4 从办理记录实时计算（条例第三十条至第三十三条），从不单独保存；\n节假日安排更新后，未办结申请的期限自动重新计算。", "Reply deadlines are computed live from the case history by CONVENTIONS C1–C4 (Articles 30 to 33), never stored;\nwhen a holiday arrangement changes, the deadlines of open applications are recomputed.")
    }

    /// Sources/gongkai/Commands/App/AppEvent.swift
    enum AppEvent {
        static let abstract = Phrase("登记办理环节。", "Record an event of an application's case history.")
        static let discussion = Phrase("KIND：clarify-request 补正告知（--correction-due）| clarify-received 收到补正 |\nconsult-start 征求意见（--party third-party|agency）| consult-end 意见返回 |\nextend 延期（--days N --approver 姓名）| reply 答复（--outcome 代码）| withdraw 撤回 |\nfee-notice 收费通知（--count N 或 --pages N，--amount 元；不填金额按标准计算）| fee-paid 缴纳费用。\n日期默认今天。不合规则的记录被拒绝，不做任何修改；拒绝时写明规则和条款。\n管理员可以用 --override 理由 越过办理记录规则（记入审计日志并显示在办理记录中）。", "KIND: clarify-request (--correction-due) | clarify-received |\nconsult-start (--party third-party|agency) | consult-end |\nextend (--days N --approver NAME) | reply (--outcome CODE) | withdraw |\nfee-notice (--count N or --pages N, --amount yuan; without an amount the standard applies) | fee-paid.\nThe date defaults to today. A record against the rules is refused and changes nothing; the refusal names the rule and article.\nAn admin may pass --override REASON to go past the case-history rules (audited and shown in the case history).")
        static let id = Phrase("申请编号，如 A2026-0001。", "Application number, e.g. A2026-0001.")
        static let kind = Phrase("环节代码或中文名。", "Event code or name.")
        static let date = Phrase("日期 YYYY-MM-DD（默认今天）。", "Date YYYY-MM-DD (default: today).")
        static let correctionDue = Phrase("补正期限（补正告知）。", "Deadline for the correction (correction request).")
        static let party = Phrase("征求意见对象：third-party 第三方（默认）| agency 其他机关。", "Party consulted: third-party (default) | agency.")
        static let days = Phrase("延期工作日天数（合计不超过 20）。", "Extension in working days (20 at most in total).")
        static let approver = Phrase("延期批准人。", "Who approved the extension.")
        static let outcome = Phrase("答复类型代码或中文名，如 granted、withheld.third-party、other.no-correction。", "Reply outcome code or name, e.g. granted, withheld.third-party, other.no-correction.")
        static let note = Phrase("备注（逾期收到补正时须写明有无正当理由）。", "Note (a correction received late must say whether there was good reason).")
        static let amount = Phrase("收费金额（元，收费通知）；不填按国办函〔2020〕109号标准计算。", "Fee amount in yuan (fee notice); when left out, computed by the 2020 State Council standard.")
        static let count = Phrase("按件计收的件数（收费通知；与 --pages 二选一）。", "Number of items charged per item (fee notice; either this or --pages).")
        static let pages = Phrase("按量计收的页数（收费通知；与 --count 二选一）。", "Number of pages charged by volume (fee notice; either this or --count).")
        static let overrideReason = Phrase("越过办理记录规则的理由（仅管理员）。", "Reason for overriding the case-history rules (admins only).")
    }

    /// Sources/gongkai/Commands/App/AppList.swift
    enum AppList {
        static let abstract = Phrase("按紧急程度列出申请（逾期在前）。", "List applications by urgency.")
        static let state = Phrase("状态：processing 办理中 | awaiting-correction 待补正 | consulting 征求意见中 | extended 已延期 | replied 已答复 | withdrawn 已撤回 | overdue 逾期。", "State: processing | awaiting-correction | consulting | extended | replied | withdrawn | overdue.")
        static let dueWithin = Phrase("只列出 N 个工作日内到期（未逾期）的申请。", "Only applications due within N working days (not yet overdue).")
        static let overdue = Phrase("只列出逾期的申请（与 --due-within 同用时为“或”）。", "Only overdue applications (with --due-within: either).")
        static let unit = Phrase("承办单位（编号或名称）。", "Handling unit (id or name).")
        static let search = Phrase("在申请人、申请内容、编号中搜索。", "Search applicants, requests and numbers.")
        static let limit = Phrase("最多列出多少件。", "At most this many applications.")
        static let offset = Phrase("跳过前多少件。", "Skip this many applications first.")
    }

    /// Sources/gongkai/Commands/App/AppSettings.swift
    enum AppSettings {
        static let abstract = Phrase("办理规则设置：最短补正期限（管理员）。", "Case-history rule settings (admins change them).")
        static let minCorrectionDays = Phrase("最短补正期限（工作日，默认 10；补正告知给出的期限少于此数被拒绝）。", "Shortest correction period (working days, default 10; a correction request with a shorter period is refused).")
    }

    /// Sources/gongkai/Commands/App/AppShow.swift
    enum AppShow {
        static let abstract = Phrase("查看申请详情、期限和计算过程。", "Show an application with its deadlines and how they were computed.")
        static let id = Phrase("申请编号。", "Application number.")
    }
}
