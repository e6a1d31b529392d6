import PerfusioCore

/// Reads one capture file as its mapping describes it, never throwing for bad input.
///
/// ```swift
/// let mapping = try CaptureMappingLoader.load(yaml, file: "terumo-cdi500.yaml").get()
/// let capture = CaptureReader(mapping: mapping).read(bytes, from: "cdi.log")
/// print(capture.samples.count, capture.diagnostics)
/// ```
public struct CaptureReader: Sendable {
    public var mapping: CaptureMapping

    public init(mapping: CaptureMapping) { self.mapping = mapping }

    /// Reads `bytes`; `file` names the file in diagnostics and origins; `selection` keeps one patient's samples.
    public func read(_ bytes: [UInt8], from file: String, selection: CaptureSelection = CaptureSelection()) -> Capture {
        let text: String
        switch CaptureText.decode(bytes, as: mapping.encoding, file: file) {
        case .success(let t): text = t
        case .failure(let refusal): return Capture(device: mapping.device, file: file, diagnostics: refusal.diagnostics)
        }
        switch mapping.format {
        case .delimited: return DelimitedCaptureReader(mapping: mapping).read(text, from: file, selection: selection)
        case .terumoCDILine: return CDILineReader(mapping: mapping).read(text, from: file)
        }
    }
}
