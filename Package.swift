// swift-tools-version:6.1
// Gongkai 政务公开工作台 — a full-screen terminal workstation for open-government-information work.
// Layering (see Docs/ARCHITECTURE.md): GongkaiCore ← GongkaiStore ← GongkaiTUI ← gongkai (CLI).
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
        // Screen model (cell grid), panes, keymap, app loop and the thin ncurses backend.
        .target(
            name: "GongkaiTUI",
            dependencies: ["GongkaiCore", "GongkaiStore", "CNcurses",
                           .product(name: "TOMLKit", package: "TOMLKit")]
        ),
        // The executable: TUI by default, CLI verbs on swift-argument-parser.
        .executableTarget(
            name: "gongkai",
            dependencies: [
                "GongkaiCore", "GongkaiStore", "GongkaiTUI",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "TOMLKit", package: "TOMLKit"),
            ]
        ),
        // 性能基准 — county-scale measurements against the targets (Docs/性能.md); not a test.
        .executableTarget(
            name: "gongkai-bench",
            dependencies: [
                "GongkaiCore", "GongkaiStore", "GongkaiTUI",
                .product(name: "Histogram", package: "hdrhistogram-swift"),
                .product(name: "GRDB", package: "GRDB.swift"),
            ]
        ),
        .testTarget(name: "GongkaiCoreTests", dependencies: ["GongkaiCore"]),
        .testTarget(name: "GongkaiStoreTests", dependencies: ["GongkaiStore", "GongkaiCore"]),
        .testTarget(name: "GongkaiTUITests", dependencies: ["GongkaiTUI", "GongkaiStore", "GongkaiCore"]),
        // End-to-end: drives the real binary in tmux. Depends on the executable so it is built first.
        .testTarget(name: "GongkaiE2ETests", dependencies: [
            "gongkai", "GongkaiStore", .product(name: "GRDB", package: "GRDB.swift"),
        ]),
    ]
)
