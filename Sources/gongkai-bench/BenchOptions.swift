import Foundation

/// 基准参数 — `gongkai-bench [--documents N] [--applications M] [--mid-documents N]
/// [--mid-applications M] [--seed S] [--data DIR] [--rounds R] [--runs K] [--report-year Y]
/// [--no-keycost] [--sessions N] [--writers W] [--burst-sessions N]
/// [--workspace PATH] [--mid-workspace PATH]
/// [--only first-frame|keys|inbox|burst|memory|import|service|search|report|stats|editor|keycost]`.
/// The sizes are those of Docs/性能.md: "big" 50,000 documents and 200,000 requests, "mid" 20,000 and 5,000.
struct BenchOptions {
    var documents = 50_000
    var applications = 200_000
    var midDocuments = 20_000
    var midApplications = 5_000
    /// Colleagues adding requests, and workstations open, while a keystroke is measured.
    var writers = 8
    var burstSessions = 20
    var seed: UInt64 = 10
    var dataDirectory = ".build/bench"
    var rounds = 5
    var runs = 10
    var reportYear = 2025
    var keycost = true
    /// Workstations connected to the service while the service's keystroke cost is measured.
    var sessions = 50
    /// Run one section only (profiling one measurement); nil runs them all.
    var only: String?
    /// An existing county-size and mid-size workspace to measure instead of generating them
    /// (copies: the bench writes to them).
    var workspace: String?
    var midWorkspace: String?

    func includes(_ section: String) -> Bool { only == nil || only == section }

    static func parse(_ args: [String]) throws -> BenchOptions {
        var o = BenchOptions()
        var i = 0
        func value() throws -> String {
            i += 1
            guard i < args.count else { throw BenchError("\(args[i - 1]) 缺少参数值") }
            return args[i]
        }
        while i < args.count {
            switch args[i] {
            case "--documents": o.documents = Int(try value()) ?? o.documents
            case "--applications": o.applications = Int(try value()) ?? o.applications
            case "--seed": o.seed = UInt64(try value()) ?? o.seed
            case "--data": o.dataDirectory = try value()
            case "--rounds": o.rounds = Int(try value()) ?? o.rounds
            case "--runs": o.runs = Int(try value()) ?? o.runs
            case "--report-year": o.reportYear = Int(try value()) ?? o.reportYear
            case "--no-keycost": o.keycost = false
            case "--sessions": o.sessions = Int(try value()) ?? o.sessions
            case "--mid-documents": o.midDocuments = Int(try value()) ?? o.midDocuments
            case "--mid-applications": o.midApplications = Int(try value()) ?? o.midApplications
            case "--writers": o.writers = Int(try value()) ?? o.writers
            case "--burst-sessions": o.burstSessions = Int(try value()) ?? o.burstSessions
            case "--only": o.only = try value()
            case "--workspace": o.workspace = try value()
            case "--mid-workspace": o.midWorkspace = try value()
            default: throw BenchError("未知参数 \(args[i])（见 Docs/性能.md）")
            }
            i += 1
        }
        return o
    }
}
