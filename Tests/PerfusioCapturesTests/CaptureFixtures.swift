import Foundation
import PerfusioCaptures
import PerfusioCore
import PerfusioTestSupport

/// Mappings from `schemas/captures/` and the shared capture files, for the capture tests.
enum CaptureFixtures {
    static let cdiFile = "terumo-cdi500-porcine-2026027.log"
    static let ablFile = "radiometer-abl800-patlog.csv"

    /// The mapping file `name` from `schemas/captures/`, loaded (a test fails if it is refused).
    static func mapping(_ name: String) throws -> CaptureMapping {
        let url = Fixtures.packageRoot.appendingPathComponent("schemas/captures/\(name)")
        return try CaptureMappingLoader.load(String(contentsOf: url, encoding: .utf8), file: name).get()
    }

    /// The artefact rules shipped in `schemas/captures/artefacts.yaml`.
    static func artefactRules() throws -> ArtefactRules {
        let url = Fixtures.packageRoot.appendingPathComponent("schemas/captures/artefacts.yaml")
        return try ArtefactRulesLoader.load(String(contentsOf: url, encoding: .utf8), file: "artefacts.yaml").get()
    }

    /// The shared CDI capture, read once per test run.
    static func cdi() throws -> Capture { try cdiCapture.get() }

    /// Patient 2026027's samples from the shared ABL export, read once per test run; other selections read afresh.
    static func abl(patient: String? = "2026027") throws -> Capture {
        if patient == "2026027" { return try ablCapture.get() }
        return try readABL(patient: patient)
    }

    private static let cdiCapture = Result {
        try CaptureReader(mapping: mapping("terumo-cdi500.yaml")).read(Fixtures.bytes(Fixtures.capture(cdiFile)), from: cdiFile)
    }
    private static let ablCapture = Result { try readABL(patient: "2026027") }

    private static func readABL(patient: String?) throws -> Capture {
        try CaptureReader(mapping: mapping("radiometer-abl800.yaml"))
            .read(Fixtures.bytes(Fixtures.capture(ablFile)), from: ablFile, selection: CaptureSelection(patientID: patient))
    }

    /// The raw lines of a capture, split on CRLF, for independent recounts.
    static func rawLines(_ name: String, encoding: String.Encoding = .ascii) throws -> [String] {
        let text = try String(contentsOf: Fixtures.capture(name), encoding: encoding)
        return text.components(separatedBy: "\r\n")
    }

    /// Minimum and maximum of the values of `parameter` in `samples` (as captured, in the capture's unit).
    static func range(_ parameter: Parameter, in samples: [CapturedSample]) -> ClosedRange<Double>? {
        let values = samples.compactMap { $0.values[parameter]?.quantity?.value }
        guard let lo = values.min(), let hi = values.max() else { return nil }
        return lo...hi
    }
}
