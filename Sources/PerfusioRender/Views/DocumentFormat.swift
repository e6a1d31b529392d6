/// The formats reports and handovers are written in. The raw value is the `--format` spelling and the
/// template's file name (`report/html.mustache`).
public enum DocumentFormat: String, Sendable, CaseIterable {
    case html, markdown

    /// The file extension of an output in this format.
    public var fileExtension: String {
        switch self {
        case .html: "html"
        case .markdown: "md"
        }
    }
}
