import GongkaiCore

/// 界面文字目录 — every word the TUI shows comes from here, in Chinese and English.
///
/// Each area has its own file `TUIText+Area.swift` with a nested namespace of `Phrase` constants:
///
/// ```swift
/// extension TUIText {
///     enum Catalog {
///         static let title = Phrase("目录", "Catalog")
///         static let count = Phrase("{1} 件", "{1} items")   // placeholders {1}, {2}…
///     }
/// }
/// ```
///
/// and call sites write `TUIText.Catalog.title.text()` or `TUIText.Catalog.count.text([String(n)])`; the
/// language is `UILanguage.current`. Code outside `Language/` holds no Chinese or English UI
/// literal of its own (a test scans the sources for that and checks every phrase has both texts).
public enum TUIText {}
