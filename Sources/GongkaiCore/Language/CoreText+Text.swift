extension CoreText {
    /// 文本文件编码: why a file's bytes were refused.
    enum Text {
        static let notUTF8 = Phrase("文件不是有效的 UTF-8 文本（第 {1} 行，第 {2} 个字节起）；如果是 GB18030/GBK 编码，请先另存为 UTF-8", "The file is not valid UTF-8 text (line {1}, from byte {2}); if it is in GB18030/GBK, save it as UTF-8 first")
    }
}
