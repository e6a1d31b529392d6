import Foundation
import PerfusioCore
import PerfusioTestSupport
import Testing
@testable import PerfusioMarkdown

@Suite struct SectionStructureTests {
    @Test func subHeadingsStayInTheirSection() throws {
        let text = minimalHeader + "## Notes\n\n### Drainage\n\nPoor at first.\n\n## Handover\n\n### Drugs\n\nNoradrenaline.\n"
        let result = readLog(text)
        #expect(result.diagnostics.map(Found.init) == [])
        let record = try #require(result.record)
        #expect(record.notes.map(\.text) == ["### Drainage", "Poor at first."])
        #expect(record.handover == "### Drugs\n\nNoradrenaline.")
        let again = try #require(readLog(LogWriter().write(record)).record)
        #expect(withoutLocations(again) == withoutLocations(record))
    }

    @Test func wrappedEventLinesKeepTheirDetails() throws {
        let text = minimalHeader + "## Events\n\n- 09:02 Cardioplegia #1 antegrade,\n  1000 mL at 8 °C\n"
        let event = try #require(readLog(text).record?.events.first)
        #expect(event.text == "Cardioplegia #1 antegrade,\n1000 mL at 8 °C")
        #expect(event.details.volume == Quantity(1000, .millilitres))
        #expect(event.details.temperature == Quantity(8, .celsius))
    }

    @Test func windowsLineEndingsAndAByteOrderMarkReadTheSame() throws {
        let text = try String(contentsOf: Fixtures.example("adult-cabg.md"), encoding: .utf8)
        let plain = try #require(readLog(text).record)
        let windows = readLog("\u{FEFF}" + text.replacingOccurrences(of: "\n", with: "\r\n"))
        #expect(windows.diagnostics.map(Found.init) == [])
        #expect(withoutLocations(try #require(windows.record)) == withoutLocations(plain))
    }
}
