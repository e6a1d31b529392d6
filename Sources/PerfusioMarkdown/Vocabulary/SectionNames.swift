/// The sections of a pump log body, recognised by heading text (any heading level).
public enum LogSection: String, Sendable, CaseIterable {
    case events = "Events"
    case readings = "Readings"
    case capturedReadings = "Captured readings"
    case fluids = "Fluids"
    case bloodProducts = "Blood products"
    case checklist = "Checklist"
    case notes = "Notes"
    case handover = "Handover"

    /// Heading texts accepted for each section (normalised: lower case, `-`/`_` as spaces).
    public static let synonyms: [(heading: String, section: LogSection)] = [
        ("events", .events), ("timeline", .events), ("event log", .events), ("events log", .events),
        ("event list", .events), ("log", .events),
        ("readings", .readings), ("observations", .readings), ("pump readings", .readings),
        ("readings table", .readings), ("obs", .readings), ("monitoring", .readings),
        ("captured readings", .capturedReadings), ("device readings", .capturedReadings),
        ("fluids", .fluids), ("fluid balance", .fluids), ("fluids in and out", .fluids), ("balance", .fluids),
        ("blood products", .bloodProducts), ("transfusion", .bloodProducts), ("transfusions", .bloodProducts),
        ("checklist", .checklist), ("safety checklist", .checklist), ("checks", .checklist),
        ("notes", .notes), ("comments", .notes), ("remarks", .notes), ("note", .notes),
        ("handover", .handover), ("icu handover", .handover), ("handoff", .handover), ("hand over", .handover),
    ]

    private static let lookup: [String: LogSection] = Dictionary(synonyms.map { ($0.heading, $0.section) }) { a, _ in a }

    /// The section a heading names, or nil.
    public static func named(_ heading: String) -> LogSection? {
        lookup[Phrase.normalise(heading.filter { $0 != ":" })]
    }
}
