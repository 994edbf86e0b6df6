import Foundation
import Testing
@testable import GongkaiTUI

/// The pure parts of the locale decision (setlocale itself is process-wide: the E2E tests run
/// the binary under LANG=zh_CN.GB18030 and a missing zh_CN.GBK).
@Suite("区域设置 Locale names and advice")
struct TerminalLocaleTests {
    @Test func theCommandToGenerateAMissingLocaleIsNamed() {
        #expect(TerminalLocale.generateCommand(for: "zh_CN.GB18030") == "localedef -i zh_CN -f GB18030 zh_CN.GB18030")
        #expect(TerminalLocale.generateCommand(for: "zh_CN.gbk") == "localedef -i zh_CN -f GBK zh_CN.gbk")
        #expect(TerminalLocale.generateCommand(for: "zh_CN.utf8") == "localedef -i zh_CN -f UTF-8 zh_CN.utf8")
        #expect(TerminalLocale.generateCommand(for: "zh_TW.UTF-8@radical") == "localedef -i zh_TW -f UTF-8 zh_TW.UTF-8@radical")
        #expect(TerminalLocale.charset(of: "zh_CN") == nil && TerminalLocale.charset(of: "zh_CN.GB18030@x") == "GB18030")
        #expect(TerminalLocale.requestedName(["LANG": "zh_CN.GB18030", "LC_ALL": ""]) == "zh_CN.GB18030")
        #expect(TerminalLocale.requestedName(["LANG": "C.UTF-8", "LC_CTYPE": "zh_CN.GBK"]) == "zh_CN.GBK")
    }

    @Test func aMissingGB18030LocaleIsRefusedInTheTerminalsOwnEncoding() throws {
        let outcome = TerminalLocale.Outcome.missing("zh_CN.GB18030")
        let text = try #require(TerminalLocale.refusal(for: outcome))
        #expect(text.contains("localedef -i zh_CN -f GB18030 zh_CN.GB18030") && text.contains("未生成") && text.contains("not generated"))
        let bytes = try #require(TerminalLocale.refusalBytes(for: outcome))
        #expect(String(data: bytes, encoding: TerminalLocale.gb18030)?.contains("未生成") == true)
        #expect(bytes.range(of: Data("未生成".utf8)) == nil)
        #expect(TerminalLocale.refusal(for: .native("zh_CN.GB18030")) == nil)
        #expect(TerminalLocale.notice(for: .substituted(missing: "zh_CN.UTF-8", by: "C.UTF-8"))?.contains("localedef -i zh_CN -f UTF-8 zh_CN.UTF-8") == true)
    }
}

@Suite("终端断开 Terminal link")
struct TerminalLinkTests {
    @Test func aHungUpDescriptorOrOneThatIsNoTerminalIsLost() {
        var fds: [Int32] = [0, 0]
        #expect(pipe(&fds) == 0)
        #expect(TerminalLink.isLost(fd: fds[0]))        // not a terminal (ENOTTY)
        close(fds[1])                                   // the writer is gone: POLLHUP
        #expect(TerminalLink.isLost(fd: fds[0]))
        close(fds[0])
    }

    @Test func aLiveTerminalIsNotLost() throws {
        // A pty of our own, master kept open: alive; master closed: the slave has hung up.
        let master = open("/dev/ptmx", O_RDWR | O_NOCTTY | O_CLOEXEC)
        #expect(master >= 0)
        var unlock: Int32 = 0, number: UInt32 = 0
        #expect(ioctl(master, UInt(0x4004_5431), &unlock) == 0 && ioctl(master, UInt(0x8004_5430), &number) == 0)
        let slave = open("/dev/pts/\(number)", O_RDWR | O_NOCTTY | O_CLOEXEC)
        #expect(slave >= 0)
        #expect(!TerminalLink.isLost(fd: slave))
        close(master)
        #expect(TerminalLink.isLost(fd: slave))
        close(slave)
    }
}
