import Testing
@testable import PerfusioRender

/// ``ByteBuffer`` keeps every byte in order as it grows past its capacity, and starts again when emptied.
@Suite struct ByteBufferTests {
    @Test func growsKeepingTheBytesInOrder() {
        var buffer = ByteBuffer(capacity: 0)
        var expected = ""
        for i in 0..<200 {
            buffer.append(UInt8(ascii: "a") + UInt8(i % 26))
            buffer.append("<g/>")
            var piece = "naïve \(i)"
            piece.withUTF8 { buffer.append($0) }
            expected += String(UnicodeScalar(UInt8(ascii: "a") + UInt8(i % 26))) + "<g/>" + piece
        }
        buffer.append(UnsafeBufferPointer(start: nil, count: 0))
        #expect(buffer.string == expected)
        #expect(buffer.count == expected.utf8.count)
        buffer.removeAll()
        buffer.append("x")
        #expect(buffer.string == "x")
    }
}
