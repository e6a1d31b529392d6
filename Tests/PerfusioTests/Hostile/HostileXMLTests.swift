import Foundation
import PerfusioTestSupport
import Testing

/// XML built to make a parser read local files, fetch from the network, expand without end or recurse: each is
/// refused with its file and line, nothing outside the input is read, and nothing of it reaches the output.
@Suite struct HostileXMLTests {
    static let doctypeRefused = "error: the document has a DOCTYPE; records need none, so it is refused without reading it [xml.doctype]"

    /// The text of a local file an external entity names, which must never appear in anything shown.
    static func localText(_ path: String) -> String? {
        (try? String(contentsOfFile: path, encoding: .utf8))?.split(separator: "\n").first.map(String.init)
    }

    @Test func externalFileEntityIsNeverRead() throws {
        let load = HostileLoad.fixture("xml-external-file-entity.xml")
        #expect(load.record == nil)
        #expect(load.lines == ["hostile/xml-external-file-entity.xml:2: \(Self.doctypeRefused)"])
        for path in ["/etc/passwd", "/etc/hostname"] {
            let secret = try #require(Self.localText(path))
            #expect(!load.everythingShown.contains(secret))
        }
    }

    /// The fixture with `PORT` replaced by a fresh listener's port, loaded; the listener says whether anything
    /// connected.
    static func withListener(_ name: String) throws -> (HostileLoad, LocalListener) {
        let listener = try #require(LocalListener())
        let text = try String(contentsOf: Fixtures.root.appendingPathComponent("hostile/\(name)"), encoding: .utf8)
        let load = try HostileLoad.text(text.replacingOccurrences(of: "PORT", with: "\(listener.port)"), named: name)
        return (load, listener)
    }

    @Test func externalNetworkEntityIsNeverFetched() throws {
        let (load, listener) = try Self.withListener("xml-external-network-entity.xml")
        #expect(load.record == nil)
        #expect(load.lines == ["xml-external-network-entity.xml:2: \(Self.doctypeRefused)"])
        #expect(!listener.hadConnection)
    }

    @Test func remoteDTDIsNeverFetched() throws {
        let (load, listener) = try Self.withListener("xml-remote-dtd.xml")
        #expect(load.record == nil)
        #expect(load.lines == ["xml-remote-dtd.xml:2: \(Self.doctypeRefused)"])
        #expect(!listener.hadConnection)
    }

    @Test func entityExpansionBombIsRefusedUnexpanded() {
        let load = HostileLoad.fixture("xml-entity-bomb.xml")
        #expect(load.record == nil)
        #expect(load.lines == ["hostile/xml-entity-bomb.xml:2: \(Self.doctypeRefused)"])
        #expect(!load.everythingShown.contains("lollol"))
    }

    @Test func elementsNestedTenThousandDeepAreRefused() throws {
        let depth = 10_000
        let xml = "<?xml version=\"1.0\"?>\n<case version=\"1.0\" xmlns=\"https://perfusio.org/ns/perfusion-case/1\">\n"
            + String(repeating: "<notes>", count: depth) + String(repeating: "</notes>", count: depth) + "\n</case>\n"
        let load = try HostileLoad.text(xml, named: "deep.xml")
        #expect(load.record == nil)
        #expect(load.lines == [
            "deep.xml:3:1793: error: elements are nested more than 256 deep; a record never needs more than 6 levels [xml.syntax]",
        ])
    }
}
