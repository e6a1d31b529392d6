// PerfusioCore owns the case model, units, case time, diagnostics and the clinical maths.
// It imports Foundation only: no C library, no YAML, no templates.

/// The version of the record format this library reads and writes.
public enum PerfusioFormat {
    /// The XML namespace of a structured record.
    public static let namespace = "https://perfusio.org/ns/perfusion-case/1"
    /// The record format version written into every record.
    public static let version = "1.0"
}
