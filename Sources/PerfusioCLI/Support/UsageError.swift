/// A usage problem found while a command runs (after parsing), such as several inputs without `-o DIR` once a
/// folder has been expanded. Printed as `error: …` without the usage text; exit status 2.
struct UsageError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
