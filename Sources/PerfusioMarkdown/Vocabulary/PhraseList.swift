/// A vocabulary table kept with each phrase's UTF-8 bytes, for finding the first entry a text starts with.
///
/// `first(startingWith:)` finds what `items.first { Phrase.hasPrefix(text, phrase($0)) }` finds. When the text is
/// ASCII (each byte one `Character`, canonically equivalent only to itself; a letter or number is `[A-Za-z0-9]`)
/// ASCII phrases are compared on bytes; any other text or phrase goes through ``Phrase/hasPrefix(_:_:)``.
struct PhraseList<Item: Sendable>: Sendable {
    private let items: [Item]
    private let phrases: [String]
    /// Each phrase's bytes, or nil for a phrase that is not ASCII.
    private let bytes: [[UInt8]?]

    init(_ items: [Item], phrase: (Item) -> String) {
        self.items = items
        phrases = items.map(phrase)
        bytes = phrases.map { $0.utf8.allSatisfy { $0 < 0x80 } ? Array($0.utf8) : nil }
    }

    /// The first item whose phrase `text` (normalised) starts with, followed by a word boundary.
    func first(startingWith text: String) -> Item? {
        let text = Array(text.utf8)
        guard text.allSatisfy({ $0 < 0x80 }) else {
            let string = String(decoding: text, as: UTF8.self)
            return zip(items, phrases).first { Phrase.hasPrefix(string, $0.1) }?.0
        }
        for (index, phrase) in bytes.enumerated() {
            guard let phrase else {
                if Phrase.hasPrefix(String(decoding: text, as: UTF8.self), phrases[index]) { return items[index] }
                continue
            }
            guard phrase.count <= text.count, phrase.first == text.first, text.starts(with: phrase) else { continue }
            guard phrase.count < text.count else { return items[index] }
            let next = text[phrase.count]
            let isLetter = (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(next | 0x20)
            if !(isLetter || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(next)) { return items[index] }
        }
        return nil
    }
}
