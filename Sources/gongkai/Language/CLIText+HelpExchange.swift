import GongkaiCore

extension CLIText.Help {
    /// Sources/gongkai/Commands/ExportCommand.swift
    enum ExportCommand {
        static let abstract = Phrase("导出列表（CSV、XLSX、JSON、Markdown）。", "Export a list (CSV, XLSX, JSON, Markdown).")
        static let discussion = Phrase("KIND：applications 依申请公开登记台账（内部使用：含申请人姓名，不含证件号码和联系方式；--mask 遮蔽自然人姓名）、\ndocuments 文件目录、register 规范性文件台账、review 待办事项、audit 审计日志、\nduties 现行权责清单（现行、调整，不含已取消的）、consultations 公众参与、inspections 网站巡检。\n按本人权限读取：本单位的，县政府办公室为全县的。-o - 或不写 -o 输出到标准输出（xlsx 须写 -o 文件）；文件权限 0600。", "KIND: applications, the request register (internal: applicants' names, without ID numbers or contact details; --mask masks natural persons' names),\ndocuments, the document list; register, the normative-document register; review, the inbox; audit, the audit log;\nduties, the current list of powers and duties (current and adjusted, not cancelled); consultations; inspections.\nRead with your own rights: your unit's, the whole county's for the county office. -o - or no -o writes to standard output (xlsx needs -o FILE); files are mode 0600.")
        static let kind = Phrase("导出内容：applications | documents | register | review | audit | duties | consultations | inspections。", "What to export: applications | documents | register | review | audit | duties | consultations | inspections.")
        static let format = Phrase("格式 csv|xlsx|json|md。", "Format csv|xlsx|json|md.")
        static let year = Phrase("年份（申请按收到日期，文件按成文日期，台账为该年年底的状态，审计按记录时间，公众参与按开始日期，巡检按巡检日期；权责清单总是现行的）。", "Year (applications by date received, documents by date formed, the register as at year end, audit by time recorded, consultations by opening date, inspections by inspection date; duties are always the current list).")
        static let unit = Phrase("单位（编号或名称；申请、文件、台账、权责清单、公众参与、巡检）。", "Unit (id or name; applications, documents, register, duties, consultations, inspections).")
        static let mask = Phrase("遮蔽自然人申请人的姓名（张*）。", "Mask natural persons' names.")
        static let output = Phrase("输出文件；- 为标准输出。", "Output file; - for standard output.")
    }

    /// Sources/gongkai/Commands/ImportCommand.swift
    enum ImportCommand {
        static let abstract = Phrase("导入 Excel/WPS 台账（CSV 或 .xlsx）。", "Import an Excel/WPS ledger (CSV or .xlsx).")
        static let discussion = Phrase("申请台账的标准表头：申请人、申请人类型、收到日期、收到方式、申请内容、答复日期、处理结果\n（可选：承办单位、获取方式、证件号码、联系方式）；文件目录：标题、文件类型、成文日期\n（可选：文号、公开属性、不予公开理由、发文单位、状态、发布日期、公开目录、有效期至、公开渠道、标签、正文）。\n英文字段名同样可用；表头不同时用 --map 指定对应关系。整个文件先全部校验，有任何错误则一条也不导入。\n详见 Docs/导入导出与发布.md。", "Standard headers of the request register: applicant, applicant type, date received, channel, request, reply date, outcome\n(optional: handling unit, how provided, ID number, contact); of the document list: title, type, date formed\n(optional: number, disclosure attribute, withholding reason, issuing unit, state, publication date, catalog, valid until, channels, tags, body).\nChinese header names work too; use --map when the headers differ. The whole file is checked first; on any error nothing is imported.\nSee the user guide (Docs/en/UserGuide.md).")
        static let kind = Phrase("台账种类：applications（依申请公开登记台账）| documents（文件目录）。", "Ledger kind: applications (request register) | documents (document list).")
        static let file = Phrase("CSV/TSV/TXT 文件（UTF-8、GB18030 或 UTF-16；逗号、制表符或分号分隔）或 .xlsx 工作簿。", "CSV/TSV/TXT file (UTF-8, GB18030 or UTF-16; comma, tab or semicolon separated) or an .xlsx workbook.")
        static let map = Phrase("列映射文件（CSV 两列：表头,字段）。", "Column map file (CSV, two columns: header,field).")
        static let encoding = Phrase("文件编码 utf-8|gb18030|utf-16|utf-16be（默认自动识别；utf-16 无 BOM 时按 LE）。", "Encoding.")
        static let d = Phrase("分隔符 ,|tab|;（默认按表头和前几行自动识别）。", "Delimiter.")
        static let unit = Phrase("没有“承办单位/发文单位”列的记录归入的单位（编号或名称；默认本人单位）。", "Unit for records without a handling/issuing unit column (id or name; default: your own unit).")
        static let dryRun = Phrase("只校验并报告将导入什么，不写入。", "Only check and report what would be imported; write nothing.")
    }

    /// Sources/gongkai/Commands/LetterCommand.swift
    enum LetterCommand {
        static let abstract = Phrase("生成告知书、征求意见函、答复书等文书。", "Make letters: correction requests, consultation letters, replies and more.")
        static let letterMakeAbstract = Phrase("为申请生成文书并记入办理记录。", "Make a letter for an application.")
        static let letterMakeDiscussion = Phrase("KIND：clarify 补正告知书 | consult 征求意见函（第三方或其他机关，按征求意见环节）| extend 延期答复告知书 |\nreply 答复书（按已登记的答复类型）| fee 信息处理费缴费通知书（--count 或 --pages）。\n缺少数据时列出全部缺少的项目，不生成文件、不取号。文号按本单位编号规则自动取号；\n文件写成后才记入文号、日期和文件的 SHA-256（见 gongkai app show）；写不成时不取号、不记录。\n不写 -o 时保存到当前目录下的 letters/（本人的目录，权限 0600）；-o - 输出到标准输出。", "KIND: clarify, correction request | consult, consultation letter (third party or another agency, by the consultation event) | extend, extension notice |\nreply, reply letter (by the recorded outcome) | fee, processing fee notice (--count or --pages).\nWhen data is missing, everything missing is listed and no file is made and no number taken. The number follows the unit's pattern;\nthe number, date and the file's SHA-256 are recorded only once the file is written (gongkai app show); if it cannot be written, nothing is taken or recorded.\nWithout -o the file is saved in letters/ under the current folder (your own, mode 0600); -o - writes to standard output.")
        static let letterMakeId = Phrase("申请编号，如 A2026-0001。", "Application number, e.g. A2026-0001.")
        static let letterMakeKind = Phrase("文书种类 clarify|consult|extend|reply|fee（或中文名）。", "Letter kind clarify|consult|extend|reply|fee.")
        static let letterMakeFormat = Phrase("文件格式 md|html|docx。", "File format md|html|docx.")
        static let letterMakeOutput = Phrase("输出文件；- 为标准输出。", "Output file.")
        static let letterMakeDate = Phrase("成文日期（默认为文书所记环节的日期：补正告知、征求意见、延期、答复或收费通知之日；未记录时为今天）。", "Letter date (default: the date of the event the letter records: correction request, consultation, extension, reply or fee notice; today when none is recorded).")
        static let letterMakeCorrect = Phrase("补正告知书：需要补正的事项（默认取补正告知环节的备注）。", "Correction request: what must be corrected (default: the note of the correction request event).")
        static let letterMakeCorrectionDue = Phrase("补正告知书：补正期限（默认取补正告知环节登记的期限）。", "Correction request: deadline for the correction (default: the deadline recorded with the correction request).")
        static let letterMakeThirdParty = Phrase("征求意见函：征求意见对象名称（默认取征求意见环节的备注）。", "Consultation letter: the party consulted (default: the note of the consultation event).")
        static let letterMakeCount = Phrase("信息处理费（按件计收）：申请人本自然月内累计申请件数，含本件。", "Processing fee (per item): the applicant's requests this calendar month, this one included.")
        static let letterMakeItems = Phrase("信息处理费（按件计收）：本申请按“一事一申请”计为几件（默认 1）。", "Processing fee (per item): how many items this request counts as (default 1).")
        static let letterMakePages = Phrase("信息处理费（按量计收）：本申请的页数。", "Processing fee (by volume): pages of this request.")
        static let letterMakePayBy = Phrase("信息处理费：缴费期限（默认收到通知次日起 20 个工作日；只能更晚，不能更早）。", "Processing fee: payment deadline (default: 20 working days from the day after the notice; only later, never earlier).")
        static let letterMakePayMethod = Phrase("信息处理费：缴费方式（默认写明现场或按缴款书缴纳）。", "Processing fee: how to pay (default: on site or by payment slip).")
        static let letterMakeJson = Phrase("以 JSON 输出记录。", "Print the record as JSON.")
        static let letterTemplatesCommandAbstract = Phrase("导出、检查、设置文书模板。", "Export, check or set the letter templates.")
        static let setTemplateAbstract = Phrase("设置工作区使用的模板（仅管理员，记入审计；先检查模板）。", "Set a template (admins only).")
        static let setTemplateName = Phrase("模板名称：clarify consult consult-agency extend reply fee 或 reply.<答复类型>。", "Template name: clarify consult consult-agency extend reply fee or reply.<outcome>.")
        static let setTemplateFile = Phrase("模板文件（UTF-8）。", "Template file (UTF-8).")
        static let resetAbstract = Phrase("恢复内置模板（删除工作区中的修改版；仅管理员，记入审计）。", "Reset a template to the shipped one.")
        static let resetName = Phrase("模板名称。", "Template name.")
        static let exportAbstract = Phrase("把内置模板写到目录中供修改（已有文件不覆盖，除非 --overwrite）。", "Write the shipped templates to a folder for editing (existing files are kept unless --overwrite).")
        static let exportDiscussion = Phrase("修改后由管理员用 gongkai letter templates set NAME --file FILE 设置（记入审计）。", "After editing, an admin sets them with gongkai letter templates set NAME --file FILE (audited).")
        static let exportDirectory = Phrase("目录。", "Folder.")
        static let exportOverwrite = Phrase("覆盖已有文件。", "Overwrite existing files.")
        static let checkAbstract = Phrase("解析模板并列出其变量；不写目录时检查工作区正在使用的模板。", "Parse the templates and list their variables; without a folder, check the templates the workspace uses.")
        static let checkDirectory = Phrase("模板目录（默认：工作区文件所在目录的 templates/letters/）。", "Template folder (default: templates/letters/ next to the workspace file).")
        static let checkJson = Phrase("以 JSON 输出。", "Print as JSON.")
        static let letterPatternCommandAbstract = Phrase("文书编号规则。", "Letter number patterns.")
        static let setPatternAbstract = Phrase("设置单位的文书编号规则（仅管理员，记入审计）。", "Set a unit's letter number pattern (admins only, audited).")
        static let setPatternDiscussion = Phrase("占位符：{unit} 或 {简称}、{year} 或 {年}、{seq} 或 {序号}、{seq:3}（补零到 3 位）。默认 {简称}依申请〔{year}〕第{seq}号（gongkai letter pattern show 显示各单位的规则）", "Placeholders: {unit}, {year}, {seq}, {seq:3} (zero-padded to 3 digits). gongkai letter pattern show shows a unit's pattern and its next number.")
        static let setPatternUnit = Phrase("单位代码或名称。", "Unit code or name.")
        static let setPatternShort = Phrase("简称（填入 {unit}；不写则用单位名称）。", "Short name (fills {unit}; default: the unit's name).")
        static let setPatternPattern = Phrase("编号规则，如 教依申请〔{year}〕第{seq}号。", "Number pattern built from {unit}, {year} and {seq}.")
        static let showAbstract = Phrase("查看单位的文书编号规则和下一个文号。", "Show a unit's letter number pattern and next number.")
        static let showUnit = Phrase("单位代码或名称（默认本人所在单位）。", "Unit code or name (default: your own unit).")
    }

    /// Sources/gongkai/Commands/PublishCommand.swift
    enum PublishCommand {
        static let abstract = Phrase("生成政府信息公开网站（静态网页）。", "Publish the portal pages.")
        static let discussion = Phrase("只发布“主动公开”且“已发布”的文件及其已发布的解读、各单位的现行权责清单和已办结的公众参与事项，\n不含任何申请和申请人信息，也不含网站巡检记录和公众意见概要。\n先写入临时目录，全部成功后才替换 DIR；DIR 须为空目录或以前发布的网站。\n模板可在工作区所在目录的 templates/site/*.mustache 中覆盖（见文档）。", "Publishes only proactive, published documents and their published interpretations, each unit's current list of powers and duties and closed consultations;\nnever applications or applicants, inspection records or summaries of public comments.\nWrites to a temporary folder first and replaces DIR only when all succeeded; DIR must be empty or a site published before.\nTemplates can be overridden in templates/site/*.mustache next to the workspace (see the docs).")
        static let out = Phrase("输出目录。", "Output folder.")
        static let siteName = Phrase("网站名称（页眉），如“某某县政府信息公开”；默认“政府信息公开”。", "Site name (page header); default: the standard Chinese title of a disclosure site.")
        static let templates = Phrase("模板目录（默认：工作区所在目录的 templates/site）。", "Template folder (default: templates/site next to the workspace).")
    }

    /// Sources/gongkai/Commands/SiteTemplatesCommand.swift
    enum SiteTemplatesCommand {
        static let abstract = Phrase("设置或恢复网站模板（仅管理员，记入审计）。", "Set or reset the site templates (admins only).")
        static let setTemplateAbstract = Phrase("检查后设置网站模板（仅管理员，记入审计）。", "Set a site template.")
        static let setTemplateName = Phrase("模板名称：layout index guide catalog document register reports search duties dutyList consultations。", "Template name: layout index guide catalog document register reports search duties dutyList consultations.")
        static let setTemplateFile = Phrase("模板文件（UTF-8）。", "Template file (UTF-8).")
        static let resetAbstract = Phrase("恢复内置网站模板（仅管理员，记入审计）。", "Reset a site template to the built-in one.")
        static let resetName = Phrase("模板名称。", "Template name.")
    }
}
