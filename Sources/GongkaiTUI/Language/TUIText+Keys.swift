import GongkaiCore

extension TUIText {
    enum Keys {
        static let unrecognized = Phrase("已忽略终端发来的未知按键序列 {1}（终端设置见《终端与SSH客户端》）", "Ignored an unknown key sequence {1} from the terminal (see the terminal and SSH client guide)")
    }
}
