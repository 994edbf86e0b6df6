import Foundation
import Testing

/// 分层 — the layering of Docs/ARCHITECTURE.md, checked on the sources: Core knows only
/// Foundation; Store knows nothing of curses, the TUI or the server; the TUI never reaches SQLite
/// itself; only the server module speaks NIO. A module whose folder is missing fails the test.
@Suite struct LayeringTests {
    static let sources = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Sources")

    /// The modules each module may import (anything else found fails), beyond the system modules.
    static let allowed: [String: Set<String>] = [
        "GongkaiCore": [],
        "GongkaiOffice": ["GongkaiCore", "ZIPFoundation"],
        "GongkaiStore": ["GongkaiCore", "GRDB"],
        "GongkaiExchange": ["GongkaiCore", "GongkaiStore", "GongkaiOffice", "CSV", "Mustache"],
        "GongkaiLetters": ["GongkaiCore", "GongkaiStore", "GongkaiOffice", "Mustache"],
        "GongkaiTUI": ["GongkaiCore", "GongkaiStore", "GongkaiLetters", "CNcurses", "TOMLKit"],
        "GongkaiServer": ["GongkaiCore", "GongkaiStore", "CGongkaiSys", "NIOCore", "NIOPosix", "NIOExtras"],
    ]
    static let system: Set<String> = ["Foundation", "FoundationXML", "CoreFoundation", "Glibc", "Synchronization"]

    static func imports(of module: String) throws -> [String: Set<String>] {
        let root = sources.appendingPathComponent(module)
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: root.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw LayeringError(description: "no source folder \(root.path)")
        }
        var found: [String: Set<String>] = [:]
        let enumerator = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil)
        while let url = enumerator?.nextObject() as? URL {
            guard url.pathExtension == "swift" else { continue }
            for line in try String(contentsOf: url, encoding: .utf8).components(separatedBy: "\n") {
                let words = line.split(separator: " ")
                guard let i = words.firstIndex(of: "import"), words[..<i].allSatisfy({ $0.hasPrefix("@") }),
                      i + 1 < words.count else { continue }
                found[String(words[i + 1]), default: []].insert(url.lastPathComponent)
            }
        }
        return found
    }

    @Test(arguments: Array(allowed.keys).sorted())
    func aModuleImportsOnlyTheLayersBelowIt(_ module: String) throws {
        let found = try Self.imports(of: module)
        #expect(!found.isEmpty, "\(module) has no imports at all: the scan read nothing")
        let extra = found.filter { !Self.system.contains($0.key) && !Self.allowed[module]!.contains($0.key) }
        #expect(extra.isEmpty, "\(module) imports \(extra.map { "\($0.key) (in \($0.value.sorted().joined(separator: ", ")))" }.sorted())")
    }

    @Test func theRulesOfTheArchitectureHold() {
        #expect(Self.allowed["GongkaiCore"]!.isEmpty)
        for banned in ["CNcurses", "GongkaiTUI", "GongkaiServer"] { #expect(!Self.allowed["GongkaiStore"]!.contains(banned)) }
        #expect(!Self.allowed["GongkaiTUI"]!.contains("GRDB"))
        #expect(Self.allowed.filter { $0.value.contains("NIOCore") }.map(\.key) == ["GongkaiServer"])
    }
}

struct LayeringError: Error, CustomStringConvertible {
    var description: String
}
