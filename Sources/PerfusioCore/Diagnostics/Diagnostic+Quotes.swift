extension Diagnostic {
    /// The most characters a message quotes between backticks; a longer quote is cut, ending in `…`.
    public static let maximumQuoteLength = 60

    /// This diagnostic with every backtick-quoted span of its message cut to ``maximumQuoteLength`` characters.
    ///
    /// Messages quote what they found (`` `sixty` is not a number ``); a 2 MB table cell must not become a 2 MB line
    /// on the terminal, in JSON or in SARIF. The location already points at the whole text.
    public func shorteningQuotes() -> Diagnostic {
        guard message.count > Self.maximumQuoteLength else { return self }
        let parts = message.split(separator: "`", omittingEmptySubsequences: false)
        guard parts.count >= 3 else { return self }
        var shortened = self
        shortened.message = parts.enumerated().map { index, part in
            index % 2 == 1 && index < parts.count - 1 && part.count > Self.maximumQuoteLength
                ? part.prefix(Self.maximumQuoteLength - 1) + "…" : part
        }.joined(separator: "`")
        return shortened
    }
}
