import Foundation
import PerfusioCore

/// The department's staff list: who the names in records are. Without one, people are told apart by their
/// names as written, and nobody is merged.
public struct StaffList: Hashable, Sendable {
    /// The site the list belongs to, shown in the logbook heading.
    public var site: String?
    public var members: [StaffMember]

    public init(site: String? = nil, members: [StaffMember] = []) {
        self.site = site
        self.members = members
    }

    /// The member with `id`, if any.
    public func member(_ id: String) -> StaffMember? { members.first { $0.id == id } }

    /// How a name written in a record resolves against this list.
    public func resolve(_ written: String) -> NameMatch {
        let key = PersonName.key(written)
        let ids = members.filter { $0.spellings.contains { PersonName.key($0) == key } }.map(\.id)
        switch ids.count {
        case 0: return .unknown
        case 1: return .member(ids[0])
        default: return .ambiguous(ids)
        }
    }
}

/// The outcome of matching a written name against the staff list.
public enum NameMatch: Hashable, Sendable {
    case member(String)
    case unknown
    case ambiguous([String])
}

/// Name comparison: case, dots and runs of spaces do not matter (`J. Marsh` = `j marsh`); nothing else is guessed.
public enum PersonName {
    /// The comparison key of a written name.
    public static func key(_ name: String) -> String {
        name.lowercased().replacingOccurrences(of: ".", with: " ")
            .split(whereSeparator: { $0 == " " || $0 == "\t" }).joined(separator: " ")
    }
}
