import GongkaiCore

extension StoreText {
    /// 经办人一侧的文件 — why a letter, export, backup or draft could not be written or read.
    enum Files {
        static let notOwnDirectory = Phrase("草稿目录不是本人所有的普通目录（不是符号链接），不使用", "the draft directory is not a plain directory of your own (or is a symbolic link); it is not used")
        static let badDraftName = Phrase("草稿名称不合规定", "not a valid draft name")
        static let notRegularFile = Phrase("不是普通文件（可能是符号链接），不读取", "not a regular file (perhaps a symbolic link); it is not read")
        static let parentMissing = Phrase("所在目录不存在", "its directory does not exist")
        static let notAWorkspace = Phrase("{1} 不是 Gongkai 工作区（不是 SQLite 文件），不打开、不改写", "{1} is not a Gongkai workspace (not an SQLite file); it is neither opened nor changed")
        static let emptyFile = Phrase("{1} 是一个已有的空文件，不是工作区；不会把它变成工作区。请换一个路径，或确认后删除该文件", "{1} is an existing empty file, not a workspace; it is not turned into one. Choose another path, or remove the file once you are sure")
        static let readOnlyNeedsUpgrade = Phrase("{1} 只能读取，且需要先升级；请由可以写入它的人先打开一次", "{1} can only be read and needs an upgrade first; someone who may write it must open it once")
        static let templateRefused = Phrase("不使用模板 {1}：{2}", "Template {1} is not used: {2}")
        static let templateLink = Phrase("是符号链接", "it is a symbolic link")
        static let templateNotRegular = Phrase("不是普通文件", "it is not a regular file")
        static let templateForeignOwner = Phrase("不属于工作区文件的所有者（模板只由管理员通过 gongkai letter template set 修改）", "it does not belong to the workspace file's owner (only an admin changes templates, with gongkai letter template set)")
        static let templateWritableByOthers = Phrase("同组或其他用户可以写入（请 chmod go-w）", "group or others can write it (chmod go-w)")
        static let templateTooLarge = Phrase("超过 1 MB", "it is larger than 1 MB")
        static let templateNotUTF8 = Phrase("不是 UTF-8 文本", "it is not UTF-8 text")
        static let badTemplateName = Phrase("模板名称“{1}”不合规定（字母、数字、-、_、.）", "Template name “{1}” is not valid (letters, digits, -, _, .)")
        static let noTemplateFolder = Phrase("内存中的工作区没有模板目录", "An in-memory workspace has no template folder")
        static let templateNotOwner = Phrase("模板只能由工作区文件 {1} 的所有者账户写入（部署了 gongkai serve 时由服务写入）；本账户写入的模板不会被使用，所以没有写入", "Templates can only be written by the account that owns the workspace file {1} (by the service under gongkai serve); a template written by this account would never be used, so nothing was written")
        static let readOnlyWorkspace = Phrase("工作区 {1} 只能读取（文件或所在目录不可写），不能修改", "The workspace {1} can only be read (the file or its folder is not writable); nothing can be changed")
    }
}
