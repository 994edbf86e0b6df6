/// 导入导出的文字目录 — the texts GongkaiExchange shows people (the import file's problems,
/// `file:line:column: reason`, and why a site was not published), in Chinese and English, kept
/// like the TUI's catalog `TUIText`: one `Phrase("中文", "English")` per line in `ExchangeText+Area.swift`.
///
/// A text is taken in `UILanguage.current` when it is made (the CLI runs every verb inside the
/// user's language). Not phrases: the data-file headers (`LedgerField`), the exported tables and
/// the published site, which stay Chinese in both languages; the words the importer accepts are
/// in `InputWords.swift`. A test checks every phrase has both texts.
enum ExchangeText {}
