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
        "gongkai": ["GongkaiCore", "GongkaiStore", "GongkaiTUI", "GongkaiExchange", "GongkaiLetters", "GongkaiServer",
                    "ArgumentParser", "TOMLKit"],
        "gongkai-bench": ["GongkaiCore", "GongkaiStore", "GongkaiTUI", "CGongkaiSys", "Histogram"],
    ]
    static let system: Set<String> = ["Foundation", "FoundationXML", "CoreFoundation", "Glibc", "Synchronization", "Dispatch"]
    /// The C shims: system libraries, no Swift of their own.
    static let shims: Set<String> = ["CNcurses", "CGongkaiSys"]

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

    /// Docs/ARCHITECTURE.md shows every module and its arrows as they are: its table row of each
    /// module names exactly the modules the sources import (an import no longer made is a stale
    /// arrow too), its diagram's arrow names exactly the project's own modules among them, and every
    /// folder under Sources/ is in the table.
    @Test func theArchitectureShowsEveryModuleAndItsImportsAsTheyAre() throws {
        let doc = try String(contentsOf: Self.sources.deletingLastPathComponent().appendingPathComponent("Docs/ARCHITECTURE.md"),
                             encoding: .utf8)
        func names(_ cell: Substring) -> Set<String> {
            let plain = cell.replacingOccurrences(of: #"\([^)]*\)"#, with: "", options: .regularExpression)
            return Set(plain.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty && $0 != "—" })
        }
        var table: [String: Set<String>] = [:]
        var arrows: [String: Set<String>] = [:]
        for line in doc.components(separatedBy: "\n") {
            let cells = line.split(separator: "|", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
            if cells.count == 4, Self.allowed[cells[1]] != nil { table[cells[1]] = names(Substring(cells[2])) }
            if let arrow = line.range(of: #"\S+ ─+► "#, options: .regularExpression) {
                let module = String(line[arrow].split(separator: " ")[0])
                // What follows the names in brackets may run on to the next line: only the names count.
                arrows[module] = names(line[arrow.upperBound...].prefix { $0 != "(" })
            }
        }
        let folders = try FileManager.default.contentsOfDirectory(atPath: Self.sources.path).filter { !$0.hasPrefix(".") }
        #expect(Set(folders).subtracting(Self.shims) == Set(Self.allowed.keys), "every module folder is in the table of allowed imports")
        let project = Set(folders)
        for (module, allowed) in Self.allowed {
            let found = Set(try Self.imports(of: module).keys).subtracting(Self.system)
            #expect(found == allowed, "\(module) imports \(found.sorted()), the table of the test says \(allowed.sorted())")
            #expect(table[module] == allowed, "ARCHITECTURE.md's table row of \(module): \(table[module]?.sorted() ?? [])")
            #expect((arrows[module] ?? []) == allowed.intersection(project),
                    "ARCHITECTURE.md's arrow of \(module): \(arrows[module]?.sorted() ?? [])")
        }
        #expect(arrows.count >= 8 && table.count == Self.allowed.count, "the diagram and the table were read")
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
