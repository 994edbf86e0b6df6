import Testing
@testable import GongkaiTUI

/// Golden-text screen tests: the shell rendered to a cell grid at fixed sizes.
@Suite("屏幕 Screen goldens")
struct ScreenTests {
    /// wcwidth needs the UTF-8 locale before any width is measured (tests run in parallel).
    init() { requireUTF8Locale() }

    @Test func shellAt120x40() throws {
        let m = try demoModel(width: 120, height: 40)
        expectGolden(screen(m), "shell-120x40")
    }

    @Test func shellAt80x24ShowsOnePaneUnderTheTabBar() throws {
        let m = try demoModel(width: 80, height: 24)
        expectGolden(screen(m), "shell-80x24")
        m.handle(.char("4"))
        expectGolden(screen(m), "shell-80x24-applications")
    }

    @Test func helpOverlayAt80x24() throws {
        let m = try demoModel(width: 80, height: 24)
        m.handle(.char("?"))
        expectGolden(screen(m), "help-80x24")
    }

    @Test func emptyWorkspaceShowsHints() throws {
        let m = try demoModel(width: 120, height: 40, demo: false)
        let lines = screen(m)
        #expect(lines.contains { $0.contains("还没有文件。按 a 新建文件。") })
        #expect(lines[3].contains("政府信息公开指南"))
    }

    @Test func focusIsVisibleInTheTabBarAndPaneTitle() throws {
        let m = try demoModel(width: 120, height: 40)
        m.handle(.char("3"))
        let frame = AppView.render(m.state)
        let tabX = frame.grid.line(0).distance(to: "3 解读")
        #expect(tabX != nil)
        #expect(frame.grid.styles(0).contains(.tabActive))
        let interp = m.state.layout.panes[.interpretations]!
        #expect(frame.grid[interp.x, interp.y].style == .paneTitleFocused)
        let docs = m.state.layout.panes[.documents]!
        #expect(frame.grid[docs.x, docs.y].style == .paneTitle)
        #expect(frame.grid.line(interp.y).hasPrefix(">3 解读"))
    }

    @Test func hostileTextFromTheDatabaseNeverReachesTheGridRaw() throws {
        // OSC 2 (title), OSC 52 (clipboard), ESC c (reset), ESC [6n (cursor report), CSI colours,
        // an 8-bit CSI and a bidi override, in a title and an applicant's request.
        let hostile = "恶意\u{1B}]2;pwned\u{07}\u{1B}]52;c;ZXZpbA==\u{07}\u{1B}c\u{1B}[6n\u{1B}[31m红\u{9B}2J\u{202E}反"
        let m = try demoModel(width: 120, height: 40) { ws in
            try ws.writer.write { db in
                try db.execute(sql: """
                    INSERT INTO document (id, title, type, state, unitId, formed, body, createdAt, updatedAt)
                    VALUES ('D2026-9999', ?, 'general', 'draft', 'county-office', '2026-11-28', '', 'x', 'x')
                    """, arguments: [hostile])
                try db.execute(sql: """
                    INSERT INTO application (id, applicantType, applicantName, channel, received, content, unitId, createdAt)
                    VALUES ('A2026-9999', 'business', ?, 'online', '2026-01-05', ?, 'county-office', 'x')
                    """, arguments: [hostile, hostile])
            }
        }
        let lines = screen(m)
        #expect(lines.contains { $0.contains("恶意␛]2;pwned␇") })
        let grid = AppView.render(m.state).grid
        for cell in grid.cells {
            #expect(!cell.text.unicodeScalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) })
        }
    }
}

extension String {
    /// Cell column where `needle` starts on a rendered line, if present.
    func distance(to needle: String) -> Int? {
        guard let r = range(of: needle) else { return nil }
        return TextWidth.of(String(self[..<r.lowerBound]))
    }
}
