import GongkaiCore

/// 服务层的文字目录 — the texts GongkaiStore writes for people (the 申请 detail and its due-date
/// derivation, inbox titles and reasons, refusals), in Chinese and English, kept like the TUI's `L`.
///
/// Each area has its own file `StoreText+Area.swift` with one `Phrase("中文", "English")` per line, used as
/// `StoreText.Area.x.text()` or `.text(["\(n)"])`. The language is `UILanguage.current` when the text is
/// made: the CLI (and so `--format json`) speaks Chinese, the TUI the officer's language. A test
/// checks every phrase has both texts.
enum StoreText {}
