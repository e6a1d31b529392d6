import Testing

/// The checks behind `DocumentSafetyTests` find what they look for.
@Suite struct InertMarkupTests {
    @Test func findsScriptHandlersAndScriptLinks() {
        let markup = "<p class=\"a\">x</p><script>alert(1)</script><img src=x onerror=alert(1)>"
            + "<a href=\" javascript:alert(1)\">a</a><svg><a xlink:href='data:text/html,x'>b</a></svg><iframe src=x>"
        #expect(InertMarkup.problems(in: markup) == ["<script>", "<img src=x onerror=alert(1)>", "<a href=\" javascript:alert(1)\">",
                                                      "<a xlink:href='data:text/html,x'>", "<iframe src=x>"])
    }

    @Test func escapedTextAndSafeLinksPass() {
        let markup = "<p>&lt;script&gt;alert(1)&lt;/script&gt; onerror=x javascript:x</p><a href=\"https://example.org\">ok</a>"
        #expect(InertMarkup.problems(in: markup) == [])
    }

    @Test(.enabled(if: MarkdownProbe.tool != nil, "cmark-gfm is not installed"))
    func theMarkdownProbeLetsRawHTMLThrough() {
        #expect(InertMarkup.problems(in: MarkdownProbe.unsafeHTML("a <script>x</script>\n\n[l](javascript:x)\n") ?? "")
            == ["<script>", "<a href=\"javascript:x\">"])
    }
}
