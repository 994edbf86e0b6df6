// Formal letters (补正告知书, 征求意见函, 延期答复告知书, 答复书, 信息处理费) from editable templates.
// See Docs/告知书与答复书.md.
import GongkaiCore
import GongkaiStore

public enum GongkaiLetters {}
