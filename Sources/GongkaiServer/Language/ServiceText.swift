import GongkaiCore

/// 工作区服务的文字目录 — the texts `gongkai serve`, its sessions and its client say to people
/// (refusals, the permission check, reconnecting), in Chinese and English, kept like the CLI's `G`:
/// one `Phrase("中文", "English")` per line in `ServiceText+Area.swift`, used as `ServiceText.Area.x.text()`.
public enum ServiceText {}
