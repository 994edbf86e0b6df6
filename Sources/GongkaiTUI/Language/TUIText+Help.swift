import GongkaiCore

extension TUIText {
    enum Help {
        static let commandLine = Phrase("命令行（按 : 打开）：Tab 补全，Up/Down 历史，Enter 执行，Esc 取消", "Command line (press :): Tab completes, Up/Down history, Enter runs, Esc cancels")
        static let argument = Phrase(" <参数>", " <argument>")
        static let title = Phrase(" 帮助：按键一览 ", " Help: keys ")
        static let footer = Phrase("Esc/q/? 关闭", "Esc/q/? close")
        static let editorTitle = Phrase("文件编辑器（文件窗格 Enter 或 :open 打开）：", "Document editor (Enter in the Documents pane or :open):")
        static let editorTab = Phrase("  Tab / S-Tab  在信息表单各栏和正文之间移动", "  Tab / S-Tab  move between the form fields and the text")
        static let editorChoice = Phrase("  Left/Right  选项栏中切换选项", "  Left/Right  change the option in a choice field")
        static let editorSave = Phrase("  C-s  保存（他人已修改时显示冲突，k 保留我的 / t 采用对方的）", "  C-s  save (if someone else changed it: k keep mine / t take theirs)")
        static let editorEsc = Phrase("  Esc  退出编辑（有未保存的修改时先问）", "  Esc  leave the editor (asks first if there are unsaved changes)")
    }
}
