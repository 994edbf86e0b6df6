import Foundation
import GRDB

/// 恶意数据 — a workspace whose records carry terminal escapes, as an attacker with an older
/// workspace (before the input policy) or write access to the file would leave them: planted
/// with SQL, since the service door now refuses such text.
enum HostileWorkspace {
    /// OSC 52 (clipboard), OSC 0 (window title), CSI colours, 8-bit CSI/OSC/ST, bidi override and isolate.
    static let payload = "恶意\u{1B}]52;c;ZXZpbA==\u{07}\u{1B}]0;pwned\u{07}\u{1B}[31m红\u{1B}[0m\u{9B}2J\u{9D}0;t\u{9C}\u{202E}倒\u{2066}x\u{2069}结束"

    /// A demo workspace (`gongkai init --demo`) at `path`, then every text a list shows overwritten with `payload`.
    static func make(at path: String) async throws {
        try await copyDemoWorkspace(to: path)
        let db = try DatabaseQueue(path: path)
        try await db.write { db in
            let p = payload
            try db.execute(sql: "UPDATE unit SET name = ? || name", arguments: [p])
            try db.execute(sql: "UPDATE officer SET name = ? || name", arguments: [p])
            try db.execute(sql: """
                UPDATE application SET applicantType = 'business', applicantName = ? || applicantName,
                  content = ? || content, applicantContact = ?, formWanted = ?
                """, arguments: [p, p, p, p])
            try db.execute(sql: "UPDATE document SET title = ? || title, body = ? || body, attributeNote = ?", arguments: [p, p, p])
            try db.execute(sql: "UPDATE inspection SET inspector = ? || inspector, channel = ? || channel", arguments: [p, p])
            try db.execute(sql: "UPDATE consultation SET decision = ? || decision, scope = ?", arguments: [p, p])
            try db.execute(sql: "UPDATE dutyEntry SET name = ? || name, legalBasis = ?", arguments: [p, p])
            try db.execute(sql: """
                INSERT INTO auditLog (at, actor, action, item, after, origin) VALUES ('2026-11-27T08:00:00Z', ?, 'note', ?, ?, 'cli')
                """, arguments: [p, p, p])
        }
    }

    /// What must never reach a terminal: ESC, BEL, any C1 control (as UTF-8 or raw 8-bit), bidi controls.
    static func forbidden(in bytes: Data) -> [String] {
        var found: [String] = []
        let text = String(decoding: bytes, as: UTF8.self)
        for s in text.unicodeScalars {
            switch s.value {
            case 0x1B: found.append("ESC")
            case 0x07: found.append("BEL")
            case 0x80...0x9F: found.append("C1 U+\(String(s.value, radix: 16))")
            case 0x061C, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069: found.append("bidi U+\(String(s.value, radix: 16))")
            case 0xFFFD: found.append("invalid UTF-8")
            default: continue
            }
        }
        return Array(Set(found)).sorted()
    }
}

