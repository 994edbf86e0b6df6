import Foundation
import GongkaiStore
import GongkaiTUI

/// 首帧 — in a fresh process (the way an officer starts the workstation): open the workspace,
/// resolve the officer and run the workstation's own start (`Workstation.start`: the app model,
/// the drafts and the first screen's guide, the first frame drawn) on the recording terminal
/// instead of ncurses. The child prints the elapsed nanoseconds and its peak RSS.
enum FirstFrameProbe {
    static let width = 120, height = 40

    /// Child side: `gongkai-bench probe-first-frame PATH`.
    static func runChild(path: String) throws {
        let start = Latency.now()
        let service = try BenchWorkspaces.service(path: path)
        let terminal = RecordingTerminal(width: width, height: height)
        _ = Workstation.start(terminal: terminal, files: nil, service: service)
        let elapsed = Latency.now() - start
        precondition(terminal.framesDrawn == 1 && terminal.screen?.width == width)
        print("\(elapsed) \(PeakMemory.kib())")
    }

    /// `latency`: inside the child, from opening the workspace to the frame; `whole`: from
    /// spawning the child to its exit right after the frame (the process's start included, as an
    /// officer waits for it and as `firstframe` measures it in tmux).
    struct Sample { var latency = Latency(); var whole = Latency(); var peakKiB: [Int] = [] }

    /// Parent side: runs the child `runs` times on `path`.
    static func measure(path: String, runs: Int) throws -> Sample {
        var sample = Sample()
        for _ in 0..<runs {
            let (status, output) = try child("probe-first-frame", path: path)
            let fields = output.split(separator: " ").map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
            guard status == 0, fields.count == 2, let ns = UInt64(fields[0]), let kib = Int(fields[1]) else {
                throw BenchError("首帧子进程失败（status \(status)）")
            }
            sample.latency.record(nanoseconds: ns)
            sample.peakKiB.append(kib)
            let (whole, wholeStatus) = try SearchBench.timedRun(selfPath(), ["probe-first-frame", path],
                                                                environment: ProcessInfo.processInfo.environment)
            guard wholeStatus == 0 else { throw BenchError("首帧子进程失败（status \(wholeStatus)）") }
            sample.whole.record(nanoseconds: whole)
        }
        return sample
    }

    /// Runs `gongkai-bench VERB PATH` (a probe's child side) to its end: its status and output.
    static func child(_ verb: String, path: String) throws -> (status: Int32, output: String) {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: selfPath())
        p.arguments = [verb, path]
        let out = Pipe()
        p.standardOutput = out
        try p.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return (p.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    static func selfPath() -> String {
        (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? Swift.CommandLine.arguments[0]
    }
}

struct BenchError: Error, CustomStringConvertible {
    var description: String
    init(_ d: String) { description = d }
}
