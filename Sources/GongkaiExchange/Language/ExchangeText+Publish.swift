import GongkaiCore

extension ExchangeText {
    /// 发布网站: why the site was not written (the site itself is Chinese in both languages).
    enum Publish {
        static let notADirectory = Phrase("{1} 已存在且不是目录", "{1} exists and is not a folder")
        static let notASite = Phrase("{1} 不是空目录，也不是以前发布的网站（没有 {2}），为免覆盖其他文件，请换一个目录", "{1} is neither empty nor a site published before (no {2}); choose another folder so that no other files are overwritten")
        static let failed = Phrase("网站未发布，原有内容未改动：{1}", "The site was not published; nothing was changed: {1}")
        static let templateNotUTF8 = Phrase("模板 {1} 不是 UTF-8 文本", "The template {1} is not UTF-8 text")
        static let unknownTemplate = Phrase("没有名为 {1} 的网站模板（可用：{2}）", "There is no site template named {1} (available: {2})")
        static let templateSyntax = Phrase("模板 {1}.mustache 有语法错误：{2}", "The template {1}.mustache has a syntax error: {2}")
    }
}
