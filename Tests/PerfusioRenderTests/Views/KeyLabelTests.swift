import Foundation
import Testing
@testable import PerfusioRender

/// Keys read as labels: the byte rewrite for ASCII keys gives what Foundation's replacement gives.
@Suite struct KeyLabelTests {
    static func foundation(_ key: String, _ separator: String) -> String {
        let words = key.replacingOccurrences(of: separator, with: " ")
        return words.prefix(1).uppercased() + words.dropFirst()
    }

    @Test(arguments: ["arterial_pump", "cell-saver", "", "_", "__double__", "x", "already Spaced", "émigré_ok", "a_\u{301}b", "ß_x", "9_volt"])
    func labelsAsFoundationReplacementGives(_ key: String) {
        #expect(ViewSource.label(key, separator: "_") == Self.foundation(key, "_"))
        #expect(ViewSource.label(key, separator: "-") == Self.foundation(key, "-"))
    }

    @Test func aComponentKeyReadsAsWords() {
        #expect(ViewSource.label("arterial_pump", separator: "_") == "Arterial pump")
        #expect(ViewSource.label("cell-saver", separator: "-") == "Cell saver")
    }
}
