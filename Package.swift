// swift-tools-version:6.1
// Gongkai 政务公开工作台 — a full-screen terminal workstation for open-government-information work.
// Layering (see Docs/ARCHITECTURE.md): GongkaiCore ← GongkaiStore ← (GongkaiExchange, GongkaiLetters) ← GongkaiTUI ← gongkai (CLI).
// GongkaiServer (the `gongkai serve` service and its client, on SwiftNIO) ← GongkaiStore; only gongkai links it.
// GongkaiOffice (OOXML packaging) depends on nothing of ours.
import PackageDescription

let package = Package(
    name: "gongkai",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "gongkai", targets: ["gongkai"]),
        .executable(name: "gongkai-bench", targets: ["gongkai-bench"]),
    ],
    dependencies: [
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/LebJe/TOMLKit", from: "0.6.0"),
        .package(url: "https://github.com/HdrHistogram/hdrhistogram-swift", from: "0.2.0"),
        .package(url: "https://github.com/yaslab/CSV.swift", from: "2.5.2"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
        .package(url: "https://github.com/CoreOffice/XMLCoder", from: "0.18.2"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
        .package(url: "https://github.com/apple/swift-nio-extras", from: "1.35.2"),
    ],
    targets: [
        // System library shim over ncursesw (wide-character curses).
        .systemLibrary(
            name: "CNcurses",
            providers: [.apt(["libncursesw5-dev"])]
        ),
        // Domain rules: pure Swift + Foundation. Knows nothing of SQLite or curses.
        .target(name: "GongkaiCore"),
        // Persistence and the one service door (access, audit, validation) on GRDB.
        .target(
            name: "GongkaiStore",
            dependencies: [
                "GongkaiCore",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        // Office Open XML packages (XLSX workbooks, DOCX letters) written with ZIPFoundation + XMLCoder.
        .target(
            name: "GongkaiOffice",
            dependencies: [
                "GongkaiCore",
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
                .product(name: "XMLCoder", package: "XMLCoder"),
            ]
        ),
        // Exchange with the outside: CSV/XLSX import and export, the published portal site.
        .target(
            name: "GongkaiExchange",
            dependencies: [
                "GongkaiCore", "GongkaiStore", "GongkaiOffice",
                .product(name: "CSV", package: "CSV.swift"),
                .product(name: "Mustache", package: "swift-mustache"),
            ]
        ),
        // Formal letters to applicants and third parties, rendered from editable Mustache templates.
        .target(
            name: "GongkaiLetters",
            dependencies: [
                "GongkaiCore", "GongkaiStore", "GongkaiOffice",
                .product(name: "Mustache", package: "swift-mustache"),
            ]
        ),
        // Screen model (cell grid), panes, keymap, app loop and the thin ncurses backend.
        .target(
            name: "GongkaiTUI",
            dependencies: ["GongkaiCore", "GongkaiStore", "GongkaiLetters", "CNcurses",
                           .product(name: "TOMLKit", package: "TOMLKit")]
        ),
        // 工作区服务 — `gongkai serve`: the Unix-socket service (SwiftNIO), its sessions and the client.
        // Only this module imports NIO; Core, Store and TUI never do.
        .target(name: "CGongkaiSys"),
        .target(
            name: "GongkaiServer",
            dependencies: [
                "GongkaiCore", "GongkaiStore", "CGongkaiSys",
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOExtras", package: "swift-nio-extras"),
            ]
        ),
        // The executable: TUI by default, CLI verbs on swift-argument-parser.
        .executableTarget(
            name: "gongkai",
            dependencies: [
                "GongkaiCore", "GongkaiStore", "GongkaiTUI", "GongkaiExchange", "GongkaiLetters", "GongkaiServer",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "TOMLKit", package: "TOMLKit"),
            ]
        ),
        // 性能基准 — county-scale measurements against the targets (Docs/性能.md); not a test.
        .executableTarget(
            name: "gongkai-bench",
            dependencies: [
                "GongkaiCore", "GongkaiStore", "GongkaiTUI", "CGongkaiSys",
                .product(name: "Histogram", package: "hdrhistogram-swift"),
                .product(name: "GRDB", package: "GRDB.swift"),
            ]
        ),
        // What tests share: waiting on a condition with a deadline, reaping a child with one, seeded
        // workspaces copied per test (the seeded generator is GongkaiCore's SplitMix64).
        .target(name: "GongkaiTestSupport", dependencies: ["GongkaiCore", "GongkaiStore", .product(name: "GRDB", package: "GRDB.swift")],
                path: "Tests/GongkaiTestSupport"),
        .testTarget(name: "GongkaiCoreTests", dependencies: ["GongkaiCore"]),
        .testTarget(name: "GongkaiStoreTests", dependencies: ["GongkaiStore", "GongkaiCore", "GongkaiTestSupport"]),
        .testTarget(name: "GongkaiOfficeTests", dependencies: ["GongkaiOffice",
            .product(name: "ZIPFoundation", package: "ZIPFoundation")]),
        .testTarget(name: "GongkaiExchangeTests", dependencies: ["GongkaiExchange", "GongkaiTestSupport", "GongkaiStore", "GongkaiCore", "GongkaiOffice",
            .product(name: "ZIPFoundation", package: "ZIPFoundation"), .product(name: "XMLCoder", package: "XMLCoder")]),
        .testTarget(name: "GongkaiLettersTests", dependencies: ["GongkaiLetters", "GongkaiStore", "GongkaiCore", "GongkaiOffice",
            .product(name: "ZIPFoundation", package: "ZIPFoundation")]),
        .testTarget(name: "GongkaiTUITests", dependencies: ["GongkaiTUI", "GongkaiStore", "GongkaiCore", "GongkaiTestSupport"]),
        // The service as it runs on the county server: real `gongkai serve` processes, real accounts.
        .testTarget(name: "GongkaiServerTests", dependencies: [
            "gongkai", "GongkaiServer", "GongkaiCore", "GongkaiStore", "GongkaiTestSupport", .product(name: "GRDB", package: "GRDB.swift"),
        ]),
        // End-to-end: drives the real binary in tmux. Depends on the executable so it is built first.
        .testTarget(name: "GongkaiE2ETests", dependencies: [
            "gongkai", "GongkaiCore", "GongkaiStore", "GongkaiTestSupport", .product(name: "GRDB", package: "GRDB.swift"),
        ]),
    ]
)
