import Testing
@testable import GongkaiExchange
