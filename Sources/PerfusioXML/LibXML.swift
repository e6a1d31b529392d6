import CLibXML2

/// The process-wide libxml2 set-up and the conversions between Swift strings and `xmlChar` pointers.
enum LibXML {
    /// Runs `xmlInitParser()` exactly once (Swift initialises static lets once, thread-safely).
    static let initialised: Void = { xmlInitParser() }()

    /// Makes sure libxml2 is initialised before any other call.
    static func ensureInitialised() { _ = initialised }

    /// Calls `body` with `text` as a NUL-terminated `xmlChar` string.
    static func withXMLChars<T>(_ text: String, _ body: (UnsafePointer<xmlChar>) -> T) -> T {
        text.withCString { $0.withMemoryRebound(to: xmlChar.self, capacity: 1, body) }
    }

    /// A Swift string from an `xmlChar` string libxml2 allocated, which is then freed; nil stays nil.
    static func takeString(_ pointer: UnsafeMutablePointer<xmlChar>?) -> String? {
        guard let pointer else { return nil }
        defer { cxml_free(pointer) }
        return String(cString: pointer)
    }

    /// A Swift string from an `xmlChar` string libxml2 still owns.
    static func string(_ pointer: UnsafePointer<xmlChar>?) -> String? {
        pointer.map { String(cString: $0) }
    }
}
