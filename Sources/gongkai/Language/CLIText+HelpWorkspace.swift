import GongkaiCore

extension CLIText.Help {
    /// Sources/gongkai/Commands/Audit.swift
    enum Audit {
        static let abstract = Phrase("查看审计日志（谁、何时、改了什么）。", "Show the audit log (who changed what, and when).")
        static let item = Phrase("只看某一事项（文件、申请等的编号）", "Only this item (a document's, application's… number)")
        static let officer = Phrase("只看某一工作人员（登录名）", "Only this officer (login)")
        static let since = Phrase("起始日期 YYYY-MM-DD", "Start date YYYY-MM-DD")
    }

    /// Sources/gongkai/Commands/Demo/DemoCommand.swift
    enum DemoCommand {
        static let abstract = Phrase("演示数据：生成县级规模的文件和申请。", "Demo data at county scale.")
    }

    /// Sources/gongkai/Commands/Demo/DemoGenerate.swift
    enum DemoGenerate {
        static let abstract = Phrase("生成演示文件和申请（同一种子结果相同）。", "Generate documents and applications.")
        static let discussion = Phrase("文件：标题、文号、正文、发文单位、公开属性、公开目录栏目；申请：申请人、内容、办理记录\n（补正、征求意见、延期、撤回、答复）与答复类型，分布在 --years 的各年中，近期的仍在办理。\n生成的编号形如 D2024-G000012、A2024-G000012，不占用登记时分配的编号；整个生成过程记一条\ndemo.generate 审计记录。仅管理员可用。", "Documents: title, number, body, issuing unit, disclosure attribute, catalog column; applications: applicant, request, case history\n(correction, consultation, extension, withdrawal, reply) and outcome, spread over the years of --years, recent ones still open.\nGenerated numbers look like D2024-G000012, A2024-G000012 and take no numbers from registration; the whole run is one\ndemo.generate audit record. Admins only.")
        static let documents = Phrase("文件数。", "Number of documents.")
        static let applications = Phrase("申请数。", "Number of applications.")
        static let years = Phrase("年份范围，如 2019-2026。", "Range of years, e.g. 2019-2026.")
        static let seed = Phrase("随机种子（同一种子、同一天生成相同的数据）。", "Random seed (the same seed on the same day gives the same data).")
    }

    /// Sources/gongkai/Commands/Help/KeysCommand.swift
    enum KeysCommand {
        static let abstract = Phrase("按键一览（与工作台中 ? 的帮助相同，含设置文件 [keys] 的绑定）。", "Key reference (the same as ? in the workstation, with the [keys] bindings of config.toml).")
        static let discussion = Phrase("也可以写 gongkai help keys。", "Also: gongkai help keys.")
        static let defaults = Phrase("只列默认按键，不读设置文件。", "Defaults only, ignore config.toml.")
        static let markdown = Phrase("按视图输出 Markdown 表格（Docs/KEYS.md 的生成部分）。", "Markdown tables by view.")
        static let helpShadowAbstract = Phrase("显示子命令的帮助；help keys 显示按键一览。", "Show a subcommand's help; help keys shows the key reference.")
    }

    /// Sources/gongkai/Commands/Help/ManCommand.swift
    enum ManCommand {
        static let abstract = Phrase("输出手册页 gongkai(1)（roff 格式，由命令定义生成）。", "Write the man page gongkai(1) (roff, generated from the command definitions).")
        static let lang = Phrase("手册页的语言 zh|en（默认为界面语言）。", "Language of the page zh|en (default: the interface language).")
        static let discussion = Phrase("更新仓库中的手册页：gongkai man > Docs/gongkai.1；英文版：gongkai man --lang en > Docs/en/gongkai.1\n查看：gongkai man | man -l -", "Update the page in the repository: gongkai man > Docs/gongkai.1; English: gongkai man --lang en > Docs/en/gongkai.1\nRead it: gongkai man | man -l -")
    }

    /// Sources/gongkai/Commands/Info.swift
    enum Info {
        static let abstract = Phrase("显示工作区概况（路径、用户、单位/文件/申请数量、待办）。", "Workspace overview (path, user, counts of units, documents and applications, what waits).")
    }

    /// Sources/gongkai/Commands/Init.swift
    enum Init {
        static let abstract = Phrase("创建工作区（--demo 加入示例单位、文件和申请）。", "Create the workspace (--demo adds sample units, documents and applications).")
        static let demo = Phrase("加入示例数据。", "Add sample units, documents and applications.")
        static let admin = Phrase("登记为第一位管理员的登录名（由服务账户创建工作区时使用）。", "The first administrator's login (when the service account creates the workspace).")
    }

    /// Sources/gongkai/Commands/Maintenance.swift
    enum Maintenance {
        static let checkAbstract = Phrase("检查工作区（SQLite 完整性、外键、审计日志、代码）。", "Check the workspace (SQLite integrity, foreign keys, audit log, codes).")
        static let backupAbstract = Phrase("在线备份工作区到新文件（仅管理员，记入审计，权限 0600）。", "Back up the workspace online to a new file (admins only, audited, mode 0600).")
        static let backupPath = Phrase("备份文件路径（不得已存在）；- 为标准输出。", "Backup file path (must not exist); - for standard output.")
    }

    /// Sources/gongkai/Commands/OfficerCommand.swift
    enum OfficerCommand {
        static let abstract = Phrase("工作人员登记（管理员）。", "The officers register.")
        static let addAbstract = Phrase("登记工作人员（仅管理员）。", "Register an officer (admins only).")
        static let addLogin = Phrase("服务器登录名", "OS login")
        static let addName = Phrase("姓名", "Name")
        static let addUnit = Phrase("单位代码或完整名称（见 gongkai unit list）", "Unit code or full name (gongkai unit list)")
        static let addRole = Phrase("角色 clerk|reviewer|admin 或 经办人|审核人|管理员", "Role clerk|reviewer|admin")
        static let listAbstract = Phrase("列出工作人员。", "List officers.")
    }

    /// Sources/gongkai/Commands/Reindex.swift
    enum Reindex {
        static let abstract = Phrase("重建文件全文索引（管理员；gongkai check 报告索引不一致时使用）。", "Rebuild the full-text index (admins; when gongkai check reports the index out of step).")
    }

    /// Sources/gongkai/Commands/Serve.swift
    enum Serve {
        static let abstract = Phrase("运行工作区服务（由拥有工作区的服务账户运行）。", "Run the workspace service.")
        static let discussion = Phrase("服务独自打开工作区，在 Unix 套接字上接受各工作人员的 gongkai 连接，按内核提供的对端 uid 识别身份。\n工作区文件及其目录必须只属于服务账户（0600/0700），否则拒绝启动；--check 列出全部问题。", "The service alone opens the workspace, accepts each officer's gongkai connection on a Unix socket and knows the officer by the kernel's peer uid.\nThe workspace file and its folder must belong to the service account only (0600/0700), or it refuses to start; --check lists every problem.")
        static let socket = Phrase("套接字路径。", "Socket path.")
        static let socketMode = Phrase("套接字文件权限（八进制，默认 0666；身份总由内核确定）。", "Socket file mode (octal, default 0666; identity always comes from the kernel).")
        static let check = Phrase("只检查工作区与套接字目录的权限，不启动。", "Check permissions only.")
        static let migrate = Phrase("把旧的共用组部署迁移为服务部署（root 运行，配合 --owner）。", "Migrate a group-writable setup (as root).")
        static let site = Phrase("集中发布的网站目录（属于服务账户、网页服务器可读）；经由服务的 publish 只写到这里。", "Site folder for central publishing (owned by the service account, readable by the web server); publish through the service writes only here.")
        static let owner = Phrase("迁移后工作区的属主（服务账户）。", "Owner after --migrate.")
    }

    /// Sources/gongkai/Commands/Unit.swift
    enum Unit {
        static let unitCommandAbstract = Phrase("单位（部门、乡镇）：新增、列表、复议机关和法院。", "Units (departments, townships): add, list, review body and court.")
        static let unitAddAbstract = Phrase("新增单位，并在“部门乡镇信息公开”下按模板建立其目录。", "Add a unit and create its catalog from the template.")
        static let unitAddName = Phrase("单位名称，如 县民政局、西岭镇。", "Unit name.")
        static let unitAddKind = Phrase("单位类别 department|township（或 部门|乡镇）。", "Unit kind department|township.")
        static let unitListAbstract = Phrase("列出全部单位。", "List units.")
        static let unitSetAbstract = Phrase("单位的复议机关和人民法院（文书救济途径，管理员）。", "A unit's reconsideration body and court (for letters' remedies; admins).")
        static let unitSetDiscussion = Phrase("默认：乡镇和县政府部门为县人民政府、县人民法院；县人民政府为市人民政府、市中级人民法院（C10）。\n写空字符串恢复默认。不带选项时显示当前设置。", "Default: townships and county departments go to the county government and the county court; the county government to the city government and the city intermediate court (C10).\nAn empty string restores the default. Without options the current settings are shown.")
        static let unitSetUnit = Phrase("单位代码或完整名称。", "Unit code or full name.")
        static let unitSetReviewBody = Phrase("复议机关名称，如“某某县人民政府”。", "Name of the reconsideration body.")
        static let unitSetCourt = Phrase("人民法院名称，如“某某县人民法院”。", "Name of the people's court.")
    }

    /// Sources/gongkai/Gongkai.swift
    enum Root {
        static let abstract = Phrase("政务公开工作台 Gongkai — 政府信息公开工作的全屏终端工作台。", "Gongkai — the full-screen terminal workstation for government information disclosure.")
        static let discussion = Phrase("不带子命令运行时打开全屏工作台（目录 / 文件 / 解读 / 申请 四个窗格）。\n工作区是一个 SQLite 文件，首次使用时自动创建。用哪一个，按以下顺序取第一个给出的：\n  1. --workspace PATH\n  2. 环境变量 GONGKAI_WORKSPACE\n  3. $XDG_DATA_HOME/gongkai/workspace.sqlite\n  4. ~/.local/share/gongkai/workspace.sqlite", "Run with no subcommand for the full-screen workstation (catalog / documents / interpretations / applications panes).\nThe workspace is one SQLite file, created on first use. The first of these that is given is used:\n  1. --workspace PATH\n  2. environment GONGKAI_WORKSPACE\n  3. $XDG_DATA_HOME/gongkai/workspace.sqlite\n  4. ~/.local/share/gongkai/workspace.sqlite")
        static let theme = Phrase("配色：default、basic、high-contrast、mono（也可在设置文件中写 theme = \"…\"）。", "Theme: default, basic, high-contrast, mono (or theme = \"…\" in config.toml).")
        static let globalOptionsWorkspace = Phrase("工作区文件路径（默认见上）。", "Workspace file path (default: see above).")
        static let globalOptionsActAs = Phrase("以另一名工作人员的身份操作（仅管理员，记入审计）。", "Act as another officer (admins only, audited).")
    }
}
