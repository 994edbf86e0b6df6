import Foundation
import Testing
@testable import GongkaiCore
@testable import GongkaiStore

/// 模板文件 — templates are read only from the workspace owner's own files and changed only by an
/// admin through the door (issue 18).
@Suite("模板文件 Template files")
struct TemplateFileTests {
    @Test func aLinkAGroupWritableFileOrSomeoneElsesFileIsRefusedByName() throws {
        let dir = try temporaryDirectory()
        let me = geteuid()
        #expect(try TemplateFile.read(dir + "/none.mustache", owner: me) == nil)
        try "正文 {{letterNumber}}".write(toFile: dir + "/ok.mustache", atomically: true, encoding: .utf8)
        chmod(dir + "/ok.mustache", 0o644)
        #expect(try TemplateFile.read(dir + "/ok.mustache", owner: me) == "正文 {{letterNumber}}")
        try "PRIVATE".write(toFile: dir + "/id_ed25519", atomically: true, encoding: .utf8)
        #expect(symlink(dir + "/id_ed25519", dir + "/reply.mustache") == 0)
        #expect(throws: TemplateFileRefused(path: dir + "/reply.mustache", reason: .link)) {
            try TemplateFile.read(dir + "/reply.mustache", owner: me)
        }
        chmod(dir + "/ok.mustache", 0o664)
        #expect(throws: TemplateFileRefused(path: dir + "/ok.mustache", reason: .writableByOthers)) {
            try TemplateFile.read(dir + "/ok.mustache", owner: me)
        }
        chmod(dir + "/ok.mustache", 0o644)
        #expect(throws: TemplateFileRefused(path: dir + "/ok.mustache", reason: .foreignOwner)) {
            try TemplateFile.read(dir + "/ok.mustache", owner: me &+ 1)
        }
        try FileManager.default.createDirectory(atPath: dir + "/folder.mustache", withIntermediateDirectories: false)
        #expect(throws: TemplateFileRefused(path: dir + "/folder.mustache", reason: .notRegularFile)) {
            try TemplateFile.read(dir + "/folder.mustache", owner: me)
        }
        let refused = TemplateFileRefused(path: dir + "/reply.mustache", reason: .link)
        #expect(refused.description.contains(dir + "/reply.mustache") && refused.description.contains("符号链接"))
    }

    @Test func onlyAnAdminSetsOrResetsATemplateAndEachChangeIsAudited() throws {
        let dir = try temporaryDirectory()
        let (ws, _) = try Workspace.open(at: dir + "/w.sqlite")
        let admin = GongkaiService(workspace: ws, actor: Actor(login: "admin", origin: "t"), today: { pinnedToday })
        _ = try admin.initialize(demo: true, created: true)
        let clerk = GongkaiService(workspace: ws, actor: Actor(login: "wang.cg", origin: "t"), today: { pinnedToday })
        #expect(throws: AccessDenied(rule: .adminOnly, officer: "wang.cg")) {
            try clerk.setTemplate(.letters, name: "reply", text: "改过的答复书")
        }
        let path = dir + "/templates/letters/reply.mustache"
        #expect(!FileManager.default.fileExists(atPath: path))
        // A link planted where the template goes is replaced, not followed.
        try FileManager.default.createDirectory(atPath: dir + "/templates/letters", withIntermediateDirectories: true)
        try "PRIVATE".write(toFile: dir + "/id_ed25519", atomically: true, encoding: .utf8)
        #expect(symlink(dir + "/id_ed25519", path) == 0)
        let set = try admin.setTemplate(.letters, name: "reply", text: "改过的答复书")
        #expect(set.sha256 == SHA256.hex(Data("改过的答复书".utf8)))
        #expect(try String(contentsOfFile: dir + "/id_ed25519", encoding: .utf8) == "PRIVATE")
        #expect(try TemplateFile.read(path, owner: TemplateFile.owner(ofWorkspace: ws.path)) == "改过的答复书")
        var st = stat()
        #expect(lstat(path, &st) == 0 && st.st_mode & 0o777 == 0o644)
        try admin.setTemplate(.letters, name: "reply", text: nil)
        #expect(!TemplateFile.isPresent(path))
        let actions = try admin.auditEntries(AuditQuery()).map(\.action)
        #expect(actions.contains("template.set") && actions.contains("template.reset"))
        expectRefused(.invalidValue) { try admin.setTemplate(.letters, name: "../evil", text: "x") }
        if geteuid() == 0 {
            // A workspace owned by another account (the service's): this process's template would
            // never be read, so it is not written.
            #expect(chown(ws.path, 65534, 65534) == 0)
            expectRefused(.invalid) { try admin.setTemplate(.letters, name: "reply", text: "改过的答复书") }
            #expect(!TemplateFile.isPresent(path))
        }
    }
}
