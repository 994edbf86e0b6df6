import ArgumentParser
import Foundation
import GongkaiTUI

/// `gongkai man` — writes the manual page gongkai(1) in roff, generated from the command
/// definitions (ArgumentParser's `--experimental-dump-help` tree of this very binary) and the
/// default keymap. Regenerate the committed page with `gongkai man > Docs/gongkai.1`.
struct ManCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "man",
        abstract: "输出手册页 gongkai(1)（roff 格式，由命令定义生成）。Write the man page.",
        discussion: """
            更新仓库中的手册页：gongkai man > Docs/gongkai.1
            查看：gongkai man | man -l -
            """)

    /// The sections not generated from the command tree.
    static let prose = ManPage.Prose(
        title: "政务公开工作台",
        optionsIntro: "These options are taken by the workstation and by every command.",
        keysIntro: "The full-screen workstation's default keys (the same list as ? in the program and "
            + "gongkai keys, which also shows the bindings of your config.toml):",
        files: [
            ("~/.local/share/gongkai/workspace.sqlite",
             "The workspace (one SQLite file, mode 0600): the default when neither --workspace nor GONGKAI_WORKSPACE is given."),
            ("~/.config/gongkai/config.toml", "Settings: theme, [keys] bindings, mouse, bars, language (Docs/设置与配色.md)."),
            ("~/.config/gongkai/themes/*.toml", "Colour themes of your own."),
        ],
        environment: [
            ("GONGKAI_WORKSPACE", "The workspace file when --workspace is not given."),
            ("XDG_DATA_HOME", "Where the default workspace lives ($XDG_DATA_HOME/gongkai/workspace.sqlite)."),
            ("XDG_CONFIG_HOME", "Where config.toml and themes/ are looked for."),
            ("NO_COLOR", "When set and not empty, no colours (the mono theme)."),
            ("LANG, LC_ALL", "A UTF-8 locale is needed; C.UTF-8 is tried when the locale is not UTF-8."),
            ("VISUAL, EDITOR", "The external editor for document bodies."),
            ("TERM", "The terminal type; dumb or unset refuses the full-screen workstation."),
        ],
        seeAlso: "Docs/用户手册.md (中文用户手册), Docs/按键卡.md (key card), Docs/en/UserGuide.md (English user guide), "
            + "Docs/管理员指南.md (administration, shell completions: gongkai --generate-completion-script bash|zsh|fish).")

    func run() throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/proc/self/exe")
        process.arguments = ["--experimental-dump-help"]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { throw CLIError(CLIText.Workspace.cannotDumpHelp.text()) }
        let tool = try JSONDecoder().decode(ManPage.ToolInfo.self, from: data)
        let page = ManPage.render(tool, version: Gongkai.version, keys: KeyReference.lines(keymap: .standard),
                                  prose: Self.prose)
        FileHandle.standardOutput.write(Data(page.utf8))
    }
}
