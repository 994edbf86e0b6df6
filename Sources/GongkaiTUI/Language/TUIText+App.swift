import GongkaiCore

extension TUIText {
    enum App {
        static let notInList = Phrase("{1} 不在「{2}」窗格当前的列表中（可能被筛选）", "{1} is not in the current list of the {2} pane (it may be filtered out)")
        static let workspaceReadFailed = Phrase("读取工作区失败：{1}", "Could not read the workspace: {1}")
        static let pasteIgnored = Phrase("已忽略粘贴的文本（粘贴只用于编辑器、表单和命令行）", "Pasted text ignored (paste works only in the editor, forms and the command line)")
        static let paneUsage = Phrase("用法：pane 1–4 或 目录/文件/解读/申请", "Usage: pane 1-4 or catalog/documents/interpretations/applications")
        static let refreshed = Phrase("已刷新", "Refreshed")
        static let unknownCommand = Phrase("未知命令：{1}（按 {2} 查看全部命令）", "Unknown command: {1} (press {2} for all commands)")
        static let quitCancelled = Phrase("已取消退出", "Quit cancelled")
        static let title = Phrase("政务公开工作台", "Gongkai Workstation")
        static let terminalTooSmall = Phrase("终端太小：至少需要 {1}×{2}，当前 {3}×{4}", "Terminal too small: needs at least {1}x{2}, now {3}x{4}")
        static let readFailed = Phrase("读取失败：", "Read failed: ")
        static let user = Phrase("用户 ", "user ")
        static let inbox = Phrase("待办 {1}", "inbox {1}")
        static let workspace = Phrase("工作区 ", "workspace ")
        static let hints = Phrase("{1} 帮助  {2} 命令  {3} 切换  {4} 退出 ", "{1} help  {2} command  {3} switch  {4} quit ")
        static let confirmQuit = Phrase("有 {1} 项未保存的修改，确定退出？(y 退出 / 其他键取消)", "{1} unsaved change(s). Quit anyway? (y quit / any other key cancels)")
        static let scrollFooter = Phrase("{5}/{6} 滚动  {1}  ({2}-{3}/{4})", "{5}/{6} scroll  {1}  ({2}-{3}/{4})")
        static let zoomNarrow = Phrase("屏幕不足 {1} 列，已是一次显示一个窗格，无需放大", "Narrower than {1} columns: one pane is shown at a time already, nothing to zoom")
        static let zoomedNote = Phrase("放大", "zoomed")
        static let languageUsage = Phrase("用法：language zh 或 language en", "Usage: language zh or language en")
        static let languageSet = Phrase("界面语言：中文", "Interface language: English")
    }
}
