import GongkaiTUI

/// 打开 1 MB 文件 — the body editor (TextEditor) opening a 1 MB body and drawing its first screen.
enum EditorBench {
    /// About 1 MB of document text (UTF-8 bytes), built from generated bodies.
    static func body(from pieces: [String], bytes: Int = 1_000_000) -> String {
        var text = ""
        var i = 0
        while text.utf8.count < bytes, !pieces.isEmpty {
            text += pieces[i % pieces.count] + "\n"
            i += 1
        }
        return text
    }

    static func measure(text: String, runs: Int) -> Latency {
        var latency = Latency()
        for _ in 0..<runs {
            latency.time {
                var editor = TextEditor(text: text, width: 100, height: 30)
                editor.resize(width: 100, height: 30)
                var grid = CellGrid(width: 100, height: 30)
                _ = editor.render(into: &grid, x: 0, y: 0, width: 100, height: 30)
                return grid
            }
        }
        return latency
    }
}
