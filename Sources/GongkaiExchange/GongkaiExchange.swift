// Exchange with the outside: import of ledgers (CSV), export of lists (CSV/XLSX/JSON/Markdown)
// and the published portal site. See Docs/导入导出与发布.md.
import GongkaiCore
import GongkaiStore

public enum GongkaiExchange {}
