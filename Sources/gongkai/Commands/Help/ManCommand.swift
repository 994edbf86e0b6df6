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

    func run() throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/proc/self/exe")
        process.arguments = ["--experimental-dump-help"]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { throw CLIError("无法读取命令定义（--experimental-dump-help 失败）") }
        let tool = try JSONDecoder().decode(ManPage.ToolInfo.self, from: data)
        let page = ManPage.render(tool, version: Gongkai.version, keys: KeyReference.lines(keymap: .standard))
        FileHandle.standardOutput.write(Data(page.utf8))
    }
}
