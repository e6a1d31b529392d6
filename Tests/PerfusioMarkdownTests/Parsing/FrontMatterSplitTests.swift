import Testing
@testable import PerfusioMarkdown

/// The byte split finds the same front matter, body and line offset as the `Character` line split.
@Suite struct FrontMatterSplitTests {
    @Test(arguments: [
        "---\ncase_id: A\n---\n# Events\n", "\u{FEFF}---\ncase_id: A\n---\nbody", "---  \t\nk: v\n...\nbody\n",
        "---\n---\nbody", "---\n---", "---", "---\n", "---\nk: v\n", "no front matter\n---\n", "\u{FEFF}no front matter",
        "", "----\nk: v\n---\n", "---\nk: é\n--- \n\n## Readings\n| Time |\n", "---\u{301}\nk: v\n---\n",
        "---\nk: v\n---\u{301}\n...\nx",
    ])
    func bytesSplitAsLinesDo(text: String) {
        #expect(FrontMatterSplit.splittingBytes(text) == FrontMatterSplit.splittingLines(text))
    }

    @Test func textWithCRIsLeftToTheLineSplit() {
        let text = "\u{FEFF}---\r\ncase_id: A\r\n---\r\nbody"
        #expect(FrontMatterSplit.splittingBytes(text) == nil)
        #expect(FrontMatterSplit(text) == FrontMatterSplit.splittingLines(text))
    }

    @Test func frontMatterAndBodyWithTheirOffset() {
        let split = FrontMatterSplit("\u{FEFF}---\ncase_id: A\nkind: cpb\n---\n# Events\n")
        #expect(split == FrontMatterSplit(yaml: "case_id: A\nkind: cpb\n", body: "# Events\n", bodyLineOffset: 4))
    }
}
