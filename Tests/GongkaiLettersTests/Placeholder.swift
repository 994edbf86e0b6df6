import Testing
@testable import GongkaiLetters
