import Foundation
import PerfusioLogbook

/// Reads the logbook's templates (`templates/logbook/*.mustache`) for a format.
enum LogbookTemplates {
    /// A renderer for `format`; HTML and Markdown need the templates folder, CSV and JSON none.
    static func renderer(for format: LogbookFormat, in folder: URL?) throws(LogbookSetupError) -> LogbookRenderer {
        var texts: [String: String] = [:]
        for name in format.templateNames {
            guard let folder else { throw LogbookSetupError("the \(format.rawValue) logbook needs the templates folder (--templates DIR)") }
            let url = folder.appendingPathComponent(name + ".mustache")
            guard let data = FileManager.default.contents(atPath: url.path) else {
                throw LogbookSetupError("cannot read the template \(url.path)")
            }
            texts[name] = String(decoding: data, as: UTF8.self)
        }
        do { return try LogbookRenderer(templates: texts) } catch { throw LogbookSetupError(error.description) }
    }
}
