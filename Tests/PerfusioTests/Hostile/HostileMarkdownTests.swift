import Foundation
import PerfusioCore
import PerfusioTestSupport
import Testing
@testable import Perfusio

/// Markdown built to make cmark-gfm recurse or crawl, and inputs over the size caps.
@Suite struct HostileMarkdownTests {
    static let header = "---\ncase_id: DEEP-1\nkind: cpb\ndate: 2026-03-14\n---\n\n"

    @Test func blockquotesNestedFiveThousandDeepAreKeptAsANote() throws {
        let log = Self.header + "## Notes\n\n" + String(repeating: ">", count: 5_000) + " deep\n"
        let load = try HostileLoad.text(log, named: "quotes.md")
        #expect(load.lines == [])
        #expect(load.record?.notes.count == 1)
    }

    /// A thousand levels, each indented two spaces more: 1 MB, as deep as a file under the cap can nest lines.
    @Test func listsNestedAThousandDeepAreKeptAsANote() throws {
        let nested = (0..<1_000).map { String(repeating: "  ", count: $0) + "- level \($0)" }.joined(separator: "\n")
        let load = try HostileLoad.text(Self.header + "## Events\n\n" + nested + "\n", named: "lists.md")
        #expect(load.record?.header.caseID == "DEEP-1")
        #expect(load.lines == [
            "lists.md:9:3: warning: an event line starts with a time (`08:52 CPB on`); this is kept as a note [read.unparsed]",
            "lists.md:10:1: warning: text nested under an item is kept as a note [read.unparsed]",
        ])
    }

    @Test func listMarkersNestedOnOneLineAreKeptAsANote() throws {
        let load = try HostileLoad.text(Self.header + "## Events\n\n" + String(repeating: "- ", count: 5_000) + "x\n", named: "markers.md")
        #expect(load.record?.header.caseID == "DEEP-1")
        #expect(load.lines == ["markers.md:9:1: warning: Perfusio did not understand this line in Events; it is kept as a note [read.unparsed]"])
    }

    @Test func emphasisNestedTenThousandDeepIsReadAsText() throws {
        let run = String(repeating: "*", count: 10_000)
        let load = try HostileLoad.text(Self.header + "## Notes\n\n" + run + "x" + run + "\n", named: "emphasis.md")
        #expect(load.record?.notes.count == 1)
        #expect(load.lines == [])
    }

    @Test func readingsTableWithTenThousandColumnsIsRefusedUnparsed() throws {
        let columns = 10_000
        let log = Self.header + "## Readings\n\n| Time |" + String(repeating: " MAP mmHg |", count: columns - 1) + "\n"
            + "|" + String(repeating: "---|", count: columns) + "\n| 08:00 |" + String(repeating: " 60 |", count: columns - 1) + "\n"
        for (lineEnd, name) in [("\n", "wide.md"), ("\r\n", "wide-crlf.md"), ("\r", "wide-cr.md")] {
            let load = try HostileLoad.text(log.replacingOccurrences(of: "\n", with: lineEnd), named: name)
            #expect(load.record == nil)
            #expect(load.lines == ["\(name):10:1: error: this table has 10000 columns; the limit is 200 [read.table.width]"])
        }
    }

    @Test func aTwoMegabyteCellIsQuotedShort() throws {
        let log = Self.header + "## Readings\n\n| Time | MAP mmHg |\n|---|---|\n| 08:00 | " + String(repeating: "6x", count: 1_000_000) + " |\n"
        let load = try HostileLoad.text(log, named: "cell.md")
        #expect(load.lines == ["cell.md:11:11: error: `" + String(repeating: "6x", count: 29) + "6…` is not a number (MAP) [read.value.invalid]"])
    }

    @Test func bracketRunsAreRefusedUnparsed() throws {
        let log = Self.header + "## Notes\n\n" + String(repeating: "![[]()", count: 40_000) + "\n"
        let load = try HostileLoad.text(log, named: "brackets.md")
        #expect(load.record == nil)
        #expect(load.lines == ["brackets.md:9:1: error: this block holds more than 1000 `[`; it is refused unread [read.markdown.brackets]"])
    }

    @Test(arguments: [("examples/adult-cabg.md", "md"), ("../../samples/xml/vv-ecmo-ards.xml", "xml")])
    func fileOverTheConfiguredCapIsRefusedBeforeReading(fixture: String, ext: String) throws {
        let url = Fixtures.root.appendingPathComponent(fixture).standardizedFileURL
        let size = try #require(try FileManager.default.attributesOfItem(atPath: url.path)[.size] as? Int)
        let load = HostileLoad.load(url, as: "big.\(ext)", maximumBytes: 1_000)
        #expect(load.record == nil)
        #expect(load.lines == ["big.\(ext): error: the file is \(size) bytes; the cap is 1000 bytes (--max-size) [input.too-large]"])
    }
}
