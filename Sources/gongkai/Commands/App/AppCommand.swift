import ArgumentParser

/// `gongkai app` — 依申请公开 application tracking from the command line (条例第二十九条至第三十六条).
struct AppCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "app",
        abstract: "政府信息公开申请：登记、办理环节、查看、列表。Information requests.",
        discussion: """
            答复期限按 CONVENTIONS C1–C4 从办理记录实时计算（条例第三十条至第三十三条），从不单独保存；
            节假日安排更新后，未办结申请的期限自动重新计算。
            """,
        subcommands: [AppAdd.self, AppEvent.self, AppShow.self, AppList.self, AppSettings.self])
}
