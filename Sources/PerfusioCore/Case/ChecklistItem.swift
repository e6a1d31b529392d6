/// A checklist line: `- [x] Pre-bypass safety checklist completed`.
public struct ChecklistItem: Hashable, Sendable, Codable {
    public var text: String
    public var isChecked: Bool
    public var origin: Origin?
    public init(text: String, isChecked: Bool, origin: Origin? = nil) {
        self.text = text
        self.isChecked = isChecked
        self.origin = origin
    }
}

/// Free text the person wrote, or a line the reader did not understand (kept, never dropped).
public struct Note: Hashable, Sendable, Codable {
    /// The text as written (Markdown allowed).
    public var text: String
    /// The section it stood in (`Notes`, `Events`), when it was not a plain note.
    public var section: String?
    /// True when the reader kept this text because it did not understand it.
    public var isUnparsed: Bool
    public var origin: Origin?
    public init(text: String, section: String? = nil, isUnparsed: Bool = false, origin: Origin? = nil) {
        self.text = text
        self.section = section
        self.isUnparsed = isUnparsed
        self.origin = origin
    }
}
