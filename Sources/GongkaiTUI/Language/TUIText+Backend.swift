import GongkaiCore

extension TUIText {
    enum Backend {
        static let tempCreateFailed = Phrase("无法创建临时文件", "Could not create a temporary file")
        static let tempWriteFailed = Phrase("无法写入临时文件", "Could not write the temporary file")
        static let editorStartFailed = Phrase("无法启动 {1}：{2}", "Could not start {1}: {2}")
        static let editorExitStatus = Phrase("{1} 退出状态 {2}", "{1} exited with status {2}")
        static let notUTF8 = Phrase("读回的正文不是 UTF-8 文本", "The text read back is not UTF-8")
        static let termUnsupported = Phrase("终端类型 TERM={1} 不支持全屏界面；", "Terminal type TERM={1} does not support a full-screen interface; ")
        static let termAdvice = Phrase("请在支持光标定位的终端中运行（如 xterm-256color、screen、tmux、linux），命令行用法见 gongkai --help。\n", "run in a terminal with cursor addressing (e.g. xterm-256color, screen, tmux, linux); for command-line use see gongkai --help.\n")
        static let termUnknown = Phrase("无法识别终端类型 TERM={1}（terminfo 中没有）；请设置 TERM=xterm-256color 等常见类型后重试。\n", "Unknown terminal type TERM={1} (not in terminfo); set TERM=xterm-256color or another common type and try again.\n")
        static let termNoCursor = Phrase("终端类型 TERM={1} 不能定位光标，不支持全屏界面。", "Terminal type TERM={1} cannot address the cursor; no full-screen interface.")
        static let localeFallback = Phrase("区域设置 {1} 不是 UTF-8，已改用 {2}", "Locale {1} is not UTF-8; using {2} instead")
        static let localeSubstituted = Phrase("区域设置 {1} 在本机未生成，已改用 {2}；管理员可运行 {3} 生成", "Locale {1} is not generated on this system; using {2}. An administrator can generate it with {3}")
        static let localeMissing = Phrase("gongkai：区域设置 {1} 在本机未生成，无法按终端的编码显示中文。请管理员生成后重试：\n  {2}\n（Debian/Ubuntu 也可在 /etc/locale.gen 中启用该行后运行 locale-gen。）或把终端和 LANG 都改为 UTF-8（LANG=C.UTF-8）。", "gongkai: the locale {1} is not generated on this system, so Chinese cannot be drawn in the terminal's encoding. Ask an administrator to generate it:\n  {2}\n(on Debian/Ubuntu: enable it in /etc/locale.gen and run locale-gen), or set both the terminal and LANG to UTF-8 (LANG=C.UTF-8).")
        static let unset = Phrase("（未设置）", "(not set)")
        static let noUTF8 = Phrase("gongkai：当前区域设置（{1}）不是 UTF-8，且系统中找不到可用的 UTF-8 区域设置，无法正确显示中文。\n请设置 LANG=C.UTF-8（或 zh_CN.UTF-8）后重试；管理员可安装 locales 软件包。", "gongkai: the locale ({1}) is not UTF-8 and no UTF-8 locale is available; set LANG=C.UTF-8.")
    }
}
