import GongkaiCore

extension CLIText.Help {
    /// Sources/gongkai/Commands/Report/ReportAnnual.swift
    enum ReportAnnual {
        static let abstract = Phrase("生成年度报告（md 审阅 / html 网页 / docx Word / csv 表格 / json 程序）。", "Generate the annual report (md to review / html web page / docx Word / csv tables / json).")
        static let discussion = Phrase("html 和 docx 的表三、表四按国办公开办函〔2021〕30号模板的版式和原文行名输出；md、csv、json 在行名旁保留代码。\ndocx 须用 -o 写入文件。", "Tables 3 and 4 in html and docx follow the layout and row names of the 2021 State Council template; md, csv and json keep codes beside the row names.\ndocx must be written to a file with -o.")
        static let format = Phrase("输出格式 md|html|docx|csv|json。", "Output format md|html|docx|csv|json.")
        static let output = Phrase("输出文件（权限 0600）；- 或不写为标准输出（docx 必须写）。", "Output file (mode 0600); - or none for standard output (docx needs a file).")
    }

    /// Sources/gongkai/Commands/Report/ReportCaseCommand.swift
    enum ReportCaseCommand {
        static let abstract = Phrase("登记、更正、列出行政复议和行政诉讼案件（表四）。", "Review and litigation cases.")
        static let fieldsKind = Phrase("类别：reconsideration 行政复议 | litigation-direct 未经复议直接起诉 | litigation-after-reconsideration 复议后起诉。", "Kind: reconsideration | litigation-direct (suit without reconsideration) | litigation-after-reconsideration.")
        static let fieldsFiled = Phrase("申请复议/起诉的日期 YYYY-MM-DD，或只写年度 YYYY。", "Date reconsideration was sought or suit filed YYYY-MM-DD, or only the year YYYY.")
        static let fieldsResult = Phrase("结果：upheld 结果维持 | corrected 结果纠正 | other 其他结果 | pending 尚未审结（默认）。", "Result: upheld | corrected | other | pending (not yet decided; default).")
        static let fieldsDecided = Phrase("审结日期 YYYY-MM-DD 或年度 YYYY（有结果时必填）。", "Date decided YYYY-MM-DD or year YYYY (required with a result).")
        static let fieldsUnit = Phrase("被申请人/被告单位（编号或名称；默认关联申请的单位或本人单位）。", "Respondent / defendant unit (id or name; default: the linked application's unit or your own).")
        static let fieldsApplication = Phrase("关联的申请编号。", "Linked application number.")
        static let fieldsNote = Phrase("备注（如案号）。", "Note (e.g. case number).")
        static let addAbstract = Phrase("登记一件案件。", "Record an administrative reconsideration or litigation case.")
        static let updateAbstract = Phrase("更正一件案件（如审结后填写结果）。", "Correct a case (e.g. enter the result once decided).")
        static let updateId = Phrase("案件编号，如 RC2025-0001。", "Case number, e.g. RC2025-0001.")
        static let listAbstract = Phrase("列出案件。", "List cases.")
        static let listYear = Phrase("只列出计入该年度表四的案件。", "Only cases counted in that year's table 4.")
        static let listUnit = Phrase("单位（编号或名称），county/全县 为全部单位。", "Unit (id or name); county for all units.")
    }

    /// Sources/gongkai/Commands/Report/ReportCommand.swift
    enum ReportCommand {
        static let abstract = Phrase("政府信息公开工作年度报告：生成、填报、报送。", "The annual report on government information disclosure: generate, fill in, file.")
        static let discussion = Phrase("--unit 可用单位编号或名称；county 或 全县 表示全县汇总报告；不写时为本人所在单位。", "--unit takes a unit id or name; county is the county-wide report; default: your own unit.")
        static let reportScopeOptionsYear = Phrase("报告年度。", "Report year.")
        static let reportScopeOptionsUnit = Phrase("单位（编号或名称），county/全县 为全县汇总；默认本人所在单位。", "Unit (id or name); county for the county-wide total; default: your own unit.")
    }

    /// Sources/gongkai/Commands/Report/ReportFiguresCommand.swift
    enum ReportFiguresCommand {
        static let abstract = Phrase("填报表二数字：行政许可、行政处罚、行政强制件数，行政事业性收费（万元）。", "Enter the figures of table 2: licensing, penalty and compulsion decisions, administrative fees (10,000 yuan).")
        static let licensing = Phrase("行政许可 本年处理决定数量。", "Administrative licensing: decisions this year.")
        static let penalty = Phrase("行政处罚 本年处理决定数量。", "Administrative penalty: decisions this year.")
        static let compulsion = Phrase("行政强制 本年处理决定数量。", "Administrative compulsion: decisions this year.")
        static let fees = Phrase("行政事业性收费 本年收费金额，单位万元，最多 4 位小数（精确到元），如 12.3456。", "Administrative fees: amount this year in units of 10,000 yuan, at most 4 decimals (to the yuan), e.g. 12.3456.")
    }

    /// Sources/gongkai/Commands/Report/ReportFile.swift
    enum ReportFile {
        static let abstract = Phrase("报送（冻结）年度报告，再次报送生成新版本（审核人、管理员）。", "File (freeze) the annual report; filing again makes a new version (reviewers, admins).")
        static let reportFiledAbstract = Phrase("列出已报送的年度报告及版本。", "List filed reports.")
        static let reportFiledYear = Phrase("报告年度。", "Report year.")
        static let reportFiledUnit = Phrase("单位（编号或名称），county/全县 为全县汇总；不写时列出可见的全部。", "Unit (id or name); county for the county-wide total; without it all you can see.")
        static let reportFiledFormat = Phrase("输出格式 text|json（json 含每一版的完整报告）。", "Output format text|json (json holds every version's full report).")
    }

    /// Sources/gongkai/Commands/Report/ReportNarrativeCommand.swift
    enum ReportNarrativeCommand {
        static let abstract = Phrase("编写一、五、六部分（文字）。", "Write a narrative section.")
        static let section = Phrase("部分：overview 一、总体情况 | problems 五、存在的主要问题及改进情况 | other-matters 六、其他需要报告的事项（也可写 一 / 五 / 六）。", "Section: overview (1, general situation) | problems (5, main problems and improvements) | other-matters (6, other matters to report).")
        static let text = Phrase("文字内容。", "The text.")
        static let file = Phrase("从 UTF-8 文本文件读入。", "Read from a UTF-8 text file.")
    }

    /// Sources/gongkai/Commands/Stats.swift
    enum Stats {
        static let abstract = Phrase("统计：每月收到与答复的申请、逾期率、按形式的政策解读、按目录栏目的已发布文件（条形图）。", "Statistics: applications received and answered by month, overdue rate, interpretations by form, published documents by catalog column (bar charts).")
        static let discussion = Phrase("逾期率 =（逾期答复 + 逾期未答复）÷（已答复 + 逾期未答复），统计截止日为 12 月 31 日（当年为今天）；\n算法见 Docs/统计.md。经办人、审核人只能统计本单位；县政府办公室可统计任一单位（--unit）或全县（默认）。", "Overdue rate = (answered late + open past due) / (answered + open past due), counted up to 31 December (today for this year);\nsee the user guide. Clerks and reviewers see their own unit; the county office any unit (--unit) or the whole county (default).")
        static let year = Phrase("统计年度（默认今年）。", "Year (default: this year).")
        static let unit = Phrase("单位名称或编号；全县写 county（默认：本单位，县政府办公室为全县）。", "Unit name or id; county for the whole county (default: your unit; the county office: the whole county).")
        static let width = Phrase("文字图表的宽度（默认 80）。", "Width of the text charts (default 80).")
        static let bars = Phrase("条形字符 blocks|ascii（默认取设置文件的 bars，否则 blocks）。", "Bar glyphs blocks|ascii (default: bars in config.toml, else blocks).")
    }
}
