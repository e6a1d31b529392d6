import PerfusioCore
import PerfusioYAML

/// Loads a capture mapping file (`schemas/captures/<device>.yaml`), refusing a malformed one with file, line and
/// what is wrong: YAML syntax, unknown keys, unknown parameters, units, encodings or delimiters.
///
/// ```swift
/// switch CaptureMappingLoader.load(text, file: "radiometer-abl800.yaml") {
/// case .success(let mapping): read(with: mapping)
/// case .failure(let refusal): report(refusal.diagnostics)
/// }
/// ```
public enum CaptureMappingLoader {
    static let keys = ["device", "format", "delimiter", "decimal_mark", "encoding", "header_row", "header_quotes",
                       "samples", "time", "patient", "sample_type", "missing", "out_of_range", "error_codes", "columns"]

    /// The mapping in `text`, or every problem found in it.
    public static func load(_ text: String, file: String) -> Result<CaptureMapping, CaptureRefusal> {
        let root: YAMLValue
        switch YAMLFields.compose(text, file: file) {
        case .success(let v): root = v
        case .failure(let refusal): return .failure(refusal)
        }
        var problems: [Diagnostic] = []
        guard let fields = YAMLFields(root, name: "the mapping", allowed: keys, code: CaptureDiagnostics.mappingValue,
                                      keyCode: CaptureDiagnostics.mappingKey, into: &problems) else {
            return .failure(CaptureRefusal(problems))
        }
        let mapping = MappingBuilder(fields: fields).build(into: &problems)
        if let mapping, problems.isEmpty { return .success(mapping) }
        return .failure(CaptureRefusal(problems))
    }
}
