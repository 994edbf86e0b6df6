import GongkaiCore

extension CLIText {
    /// `gongkai import`, `gongkai export`, `gongkai publish` — the command line's own words; the
    /// column headers of the files are data formats (the import headers) and stay Chinese.
    enum Exchange {
        static let badEncoding = Phrase("--encoding 的值“{1}”无效，可用：{2}", "--encoding: \"{1}\" is not valid; use {2}")
        static let badDelimiter = Phrase("--delimiter 的值“{1}”无效，可用：,（逗号）、tab（制表符）、;（分号）", "--delimiter: \"{1}\" is not valid; use , (comma), tab or ; (semicolon)")
        static let progressChecking = Phrase("校验", "Checking")
        static let progressImporting = Phrase("导入", "Importing")
        static let cannotReadMap = Phrase("无法读取映射文件 {1}", "Cannot read the map file {1}")
        static let requests = Phrase("申请", "requests")
        static let documents = Phrase("文件", "documents")
        static let ids = Phrase("：{1}", ": {1}")
        static let dryRun = Phrase("校验通过（试运行，未写入）：将导入{1} {2} 件{3}", "Check passed (dry run, nothing written): would import {2} {1}{3}")
        static let imported = Phrase("已导入{1} {2} 件{3}", "Imported {2} {1}{3}")
        static let idRange = Phrase("{1} 至 {2} 等", "{1} to {2} and others")
        static let xlsxNeedsOutput = Phrase("xlsx 须用 -o 指定输出文件", "xlsx needs -o FILE")
        static let progressExporting = Phrase("导出", "Exporting")
        static let exported = Phrase("已导出{1} {2} 行到 {3}", "Exported {1}: {2} rows to {3}")
        static let progressPublishing = Phrase("发布", "Publishing")
        static let published = Phrase("已发布到 {1}：文件 {2} 件，规范性文件 {3} 件，年度报告 {4} 份，权责事项 {5} 项，公众参与 {6} 项，共 {7} 个文件", "Published to {1}: {2} documents, {3} normative documents, {4} annual reports, {5} duties, {6} consultations, {7} files in all")
        static let customTemplates = Phrase("（自定义模板：{1}）", " (own templates: {1})")
    }
}
