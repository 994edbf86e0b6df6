import GongkaiCore

extension CLIText.Help {
    /// Sources/gongkai/Commands/Doc/DocAdd.swift
    enum DocAdd {
        static let abstract = Phrase("登记文件（草稿）。", "Add a document as a draft.")
        static let title = Phrase("文件标题。", "Document title.")
        static let type = Phrase("文件类型：regulation 规章 | normative 行政规范性文件 | policy 其他政策文件 | general 一般信息。", "Document type: regulation | normative (administrative normative document) | policy (other policy document) | general.")
        static let attribute = Phrase("公开属性：proactive 主动公开 | on-request 依申请公开 | withheld 不予公开 | undecided 未定（草稿可以暂不确定，提交审核前必须确定；不写即未定）。", "Disclosure attribute: proactive | on-request | withheld | undecided (a draft may leave it open; it must be decided before submission; left out: undecided).")
        static let withheldReason = Phrase("不予公开理由（不予公开时必填）：state-secret 国家秘密 | prohibited-by-law | security-stability | third-party | internal-affairs | process-info | enforcement-file | inquiry（可写 withheld.* 或中文名）。", "Reason for withholding (required when withheld): state-secret | prohibited-by-law | security-stability | third-party | internal-affairs | process-info | enforcement-file | inquiry (withheld.* also accepted).")
        static let note = Phrase("公开属性说明。", "Note on the disclosure attribute.")
        static let category = Phrase("公开目录栏目：完整路径、编号，或发文单位目录里唯一的栏目名，如 工作动态。", "Catalog column: full path, id, or a name unique in the issuing unit's catalog.")
        static let unit = Phrase("发文单位（编号或名称），不写为本人所在单位。", "Issuing unit (id or name); default: your own unit.")
        static let formed = Phrase("成文日期（形成或变更之日）YYYY-MM-DD，不写为今天；第二十六条的 20 个工作日从次日起算。", "Date formed (or changed) YYYY-MM-DD, default today; Article 26's 20 working days count from the next day.")
        static let docNumber = Phrase("文号，如 X政发〔2026〕3号（不规范的写法会提示并按规范写法保存）。", "Document number (a non-standard form is pointed out and saved in the standard form).")
        static let bodyFile = Phrase("正文文件（UTF-8；- 表示标准输入）。", "Body file (UTF-8; - for standard input).")
        static let channels = Phrase("公开渠道，逗号分隔，如 门户网站,微信平台。", "Channels, comma-separated.")
        static let tags = Phrase("标签，逗号分隔，如 六稳六保,惠企政策。", "Tags, comma-separated.")
        static let validUntil = Phrase("有效期至 YYYY-MM-DD（规章、规范性文件）。", "Valid until YYYY-MM-DD (regulations and normative documents).")
    }

    /// Sources/gongkai/Commands/Doc/DocList.swift
    enum DocList {
        static let abstract = Phrase("文件列表。", "List documents.")
        static let state = Phrase("状态：draft 草稿 | in-review 待审核 | approved 已签发 | published 已发布。", "State: draft | in-review | approved | published.")
        static let overdue = Phrase("仅列出逾期未公开的主动公开文件（第二十六条）。", "Only proactive documents overdue for publication (Article 26).")
        static let unit = Phrase("发文单位（编号或名称）。", "Issuing unit (id or name).")
        static let offset = Phrase("跳过前 N 件。", "Skip the first N documents.")
        static let limit = Phrase("最多列出 N 件。", "At most N documents.")
    }

    /// Sources/gongkai/Commands/Doc/DocRegisterCommands.swift
    enum DocRegisterCommands {
        static let docAmendAbstract = Phrase("登记修改（规章、规范性文件）。", "Record that a document is amended by another.")
        static let docAmendId = Phrase("被修改的文件编号", "Number of the amended document")
        static let docAmendBy = Phrase("修改文件的编号", "Number of the amending document")
        static let docRepealAbstract = Phrase("登记废止（规章、规范性文件）。", "Record that a document is repealed.")
        static let docRepealDate = Phrase("废止日期 YYYY-MM-DD（自该日起不再施行）", "Repeal date YYYY-MM-DD (no longer in force from that day)")
        static let docRegisterCommandAbstract = Phrase("规章和规范性文件台账（立改废、年度统计）。", "The regulation register.")
        static let docRegisterCommandYear = Phrase("年度（默认今年）。", "Year (default: this year).")
    }

    /// Sources/gongkai/Commands/Doc/DocSearch.swift
    enum DocSearch {
        static let abstract = Phrase("全文检索（标题、文号、正文；支持一两个字的词）。", "Full-text search (title, number, body; one- and two-character words work).")
        static let terms = Phrase("检索词（多个词用空格分开，须全部命中）", "Search terms (separated by spaces; all must match)")
        static let limit = Phrase("最多列出 N 件。", "At most N documents.")
    }

    /// Sources/gongkai/Commands/Doc/DocShow.swift
    enum DocShow {
        static let abstract = Phrase("查看文件。", "Show a document.")
    }

    /// Sources/gongkai/Commands/DocCommand.swift
    enum DocCommand {
        static let abstract = Phrase("文件：登记、查看、列表、检索、办理（提交审核、签发、退回、发布）、立改废台账。", "Documents: add, show, list, search, workflow (submit, approve, return, publish), regulation register.")
        static let stepOptionsComment = Phrase("意见（退回时必填）", "Comment (required when returning)")
        static let stepOptionsOverrideReason = Phrase("三同步特批理由：签发或发布未通过三同步检查的文件时须说明（记入审计日志）。", "Override reason: required to approve or publish a document that fails the three-in-sync check (audited).")
        static let submitAbstract = Phrase("提交审核（须已确定公开属性）。", "Submit for review (the disclosure attribute must be decided).")
        static let approveAbstract = Phrase("签发（审核人、管理员）；须解读的文件其解读须同步审签，否则须 --override-reason。", "Approve and sign (reviewers, admins); a document that needs an interpretation needs it signed too, else --override-reason.")
        static let returnAbstract = Phrase("退回草稿（须 --comment）。", "Return to draft with a comment.")
        static let publishAbstract = Phrase("发布（仅主动公开文件）；须解读的文件其解读须同步发布，否则须 --override-reason。", "Publish (proactive documents only); a document that needs an interpretation needs it published too, else --override-reason.")
        static let historyAbstract = Phrase("文件的办理记录。", "A document's workflow history.")
    }

    /// Sources/gongkai/Commands/Drafts.swift
    enum Drafts {
        static let abstract = Phrase("列出或删除可恢复的草稿（断线或被终止前正在输入的内容）。", "List or clear recoverable drafts (what was being typed when a session broke or was killed).")
        static let discussion = Phrase("草稿保存在本人的 $XDG_STATE_HOME/gongkai/（默认 ~/.local/state/gongkai/，目录 0700，文件 0600）。", "Drafts are kept in your own $XDG_STATE_HOME/gongkai/ (default ~/.local/state/gongkai/, folder 0700, files 0600).")
        static let clear = Phrase("删除本工作区的全部草稿。", "Remove this workspace's drafts.")
    }

    /// Sources/gongkai/Commands/InterpCommand.swift
    enum InterpCommand {
        static let abstract = Phrase("政策解读：新建、勾选要素、办理、三同步检查、统计、设置。", "Policy interpretations: add, tick elements, workflow, three-in-sync check, statistics, settings.")
        static let addAbstract = Phrase("为文件新建解读（谁起草、谁解读：默认起草单位；其他单位须 --reason）。", "Add an interpretation.")
        static let addForms = Phrase("解读形式，逗号分隔，如 图解,政策问答", "Interpretation forms, comma-separated")
        static let addUnit = Phrase("解读单位（编号或名称；默认起草单位）", "Interpreting unit (id or name; default: the drafting unit)")
        static let addReason = Phrase("由非起草单位解读的理由（如联合发文的牵头单位）", "Why a unit other than the drafting unit interprets (e.g. the lead unit of a joint document)")
        static let addLeader = Phrase("责任领导", "Responsible leader")
        static let addBodyFile = Phrase("解读正文所在的 UTF-8 文本文件", "UTF-8 text file with the interpretation's body")
        static let showAbstract = Phrase("显示一条解读，或 --doc 某文件的全部解读。", "Show an interpretation, or all of a document's with --doc.")
        static let showId = Phrase("解读编号", "Interpretation number")
        static let tickAbstract = Phrase("勾选解读要素（背景依据、目标任务、主要内容…），--off 取消勾选。", "Tick checklist elements.")
        static let tickElements = Phrase("解读要素（代码或中文名）", "Checklist elements (code or name)")
        static let tickOff = Phrase("取消勾选", "Untick")
        static let statusAbstract = Phrase("三同步检查：同步组织、同步审签、同步部署与滞后工作日数。", "The three-in-sync check of a document: organised, signed and deployed together, and working days of lag.")
        static let statsAbstract = Phrase("解读统计：发布条数、按形式、三同步均达标比例、滞后发布。", "Interpretation statistics for a period: published, by form, all three in sync, published late.")
        static let statsFrom = Phrase("起始日期", "YYYY-MM-DD")
        static let statsTo = Phrase("截止日期 YYYY-MM-DD", "End date YYYY-MM-DD")
        static let statsUnit = Phrase("解读单位（编号或名称）", "Interpreting unit (id or name)")
        static let stepOptionsComment = Phrase("意见（退回时必填）", "Comment (required when returning)")
        static let submitAbstract = Phrase("解读提交审核（须已选解读形式）。", "Submit an interpretation for review (its form must be chosen).")
        static let approveAbstract = Phrase("解读签发（审核人、管理员）。", "Approve an interpretation (reviewers, admins).")
        static let returnAbstract = Phrase("解读退回草稿（须 --comment）。", "Return an interpretation to draft (needs --comment).")
        static let publishAbstract = Phrase("解读发布。", "Publish an interpretation.")
        static let settingsAbstract = Phrase("解读设置：需解读的标签、允许滞后工作日数（管理员）。", "The rule's settings (admins change them).")
        static let settingsTags = Phrase("需解读的标签，逗号分隔（规章、行政规范性文件总须解读）", "Tags that need an interpretation, comma-separated (regulations and normative documents always do)")
        static let settingsLag = Phrase("允许滞后工作日数（默认 0，即同日发布）", "Working days an interpretation may lag (default 0: published the same day)")
    }

    /// Sources/gongkai/Commands/Review.swift
    enum Review {
        static let abstract = Phrase("待办事项（最紧急的在前）。", "The inbox (most urgent first).")
        static let listAbstract = Phrase("列出待办事项。", "List what waits for me.")
    }
}
