import Foundation

/// The JSON form of a logbook: the view itself, keys sorted, with a format name and version so readers can
/// tell what they hold.
enum LogbookJSON {
    /// Version 1 of the `perfusio-logbook` JSON.
    struct Envelope<Body: Encodable>: Encodable {
        let format = "perfusio-logbook"
        let version = 1
        let logbook: Body
    }

    static func encode<Body: Encodable>(_ body: Body) throws(LogbookRenderError) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        do {
            return String(decoding: try encoder.encode(Envelope(logbook: body)), as: UTF8.self) + "\n"
        } catch {
            throw LogbookRenderError(message: "the logbook could not be written as JSON: \(error)")
        }
    }
}
