/// Who a logbook row belongs to: a staff id from the staff list, or a name as written that the list does not
/// resolve (unknown or ambiguous). Two unresolved spellings are two people: nothing is merged by guess.
public struct PersonKey: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// The staff id, or the comparison key of the written name.
    public var id: String
    /// True when `id` is a staff id.
    public var isListed: Bool

    public init(id: String, isListed: Bool) {
        self.id = id
        self.isListed = isListed
    }

    /// A staff member.
    public static func staff(_ id: String) -> PersonKey { PersonKey(id: id, isListed: true) }

    /// A name the staff list does not resolve.
    public static func unlisted(_ written: String) -> PersonKey { PersonKey(id: PersonName.key(written), isListed: false) }

    /// True when `text` names this person: their staff id, or (unlisted) their written name.
    public func matches(_ text: String) -> Bool { isListed ? text == id : PersonName.key(text) == id }

    /// The id as shown: staff ids as they are, unlisted names quoted (`"t ng"`).
    public var description: String { isListed ? id : "\"\(id)\"" }

    public static func < (a: PersonKey, b: PersonKey) -> Bool { (a.isListed ? 0 : 1, a.id) < (b.isListed ? 0 : 1, b.id) }
}
