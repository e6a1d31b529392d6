/// The formats a logbook is written in.
public enum LogbookFormat: String, Sendable, CaseIterable {
    case html, markdown, csv, json

    /// The file extension for this format.
    public var fileExtension: String { self == .markdown ? "md" : rawValue }

    /// The template names this format needs (CSV and JSON need none).
    public var templateNames: [String] {
        switch self {
        case .html: ["logbook/person.html", "logbook/department.html", "logbook/style.css"]
        case .markdown: ["logbook/person.md", "logbook/department.md"]
        case .csv, .json: []
        }
    }
}
