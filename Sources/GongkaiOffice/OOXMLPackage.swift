// Office Open XML packaging (ECMA-376 part 2): a .xlsx or .docx file is a zip archive of XML
// parts plus [Content_Types].xml. ZIPFoundation does the zip; this type only names the parts.
import Foundation
import GongkaiCore
import ZIPFoundation

/// One part of an OOXML package: its path inside the zip and its bytes.
public struct OOXMLPart: Sendable, Equatable {
    public var path: String
    public var data: Data
    public init(path: String, data: Data) {
        self.path = path
        self.data = data
    }
    public init(path: String, xml: String) {
        self.init(path: path, data: Data(xml.utf8))
    }
}

public enum OOXMLPackageError: Error, CustomStringConvertible {
    case cannotCreate(String)
    case missingPart(String)
    public var description: String {
        switch self {
        case .cannotCreate(let why): return "无法生成 Office 文件：\(why)"
        case .missingPart(let path): return "Office 文件缺少部件 \(path)"
        }
    }
}

public enum OOXMLPackage {
    /// The zip bytes of a package made of `parts` (deflated, in the given order).
    public static func archive(_ parts: [OOXMLPart]) throws -> Data {
        let archive: Archive
        do {
            archive = try Archive(data: Data(), accessMode: .create)
        } catch {
            throw OOXMLPackageError.cannotCreate("\(error)")
        }
        // A fixed date keeps the bytes of the same content identical (digests on the timeline).
        let fixed = Date(timeIntervalSince1970: 1_767_225_600)  // 2026-01-01
        for part in parts {
            let bytes = part.data
            try archive.addEntry(with: part.path, type: .file, uncompressedSize: Int64(bytes.count),
                                 modificationDate: fixed, compressionMethod: .deflate) { position, size in
                let start = Int(position)
                return bytes.subdata(in: start..<min(start + size, bytes.count))
            }
        }
        guard let data = archive.data else { throw OOXMLPackageError.cannotCreate("zip 数据为空") }
        return data
    }

    /// Reads the parts of a package back (used by tests and by import of .xlsx).
    public static func parts(of data: Data) throws -> [String: Data] {
        let archive = try Archive(data: data, accessMode: .read)
        var out: [String: Data] = [:]
        for entry in archive where entry.type == .file {
            var bytes = Data()
            _ = try archive.extract(entry, skipCRC32: false) { bytes.append($0) }
            out[entry.path] = bytes
        }
        return out
    }
}
