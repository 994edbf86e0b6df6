/// 文书模块的文字目录 — what GongkaiLetters says to officers (why no letter was made, template
/// checks), in Chinese and English, kept like the TUI's catalog `TUIText`: one
/// `Phrase("中文", "English")` per line in `LettersText+Area.swift`. The letters themselves (templates, the
/// values put into them, the Chinese labels of their variables) stay Chinese in both languages.
/// Texts are read in `UILanguage.current` when shown (`LetterError.description`).
enum LettersText {}
