import PerfusioCore

/// Every diagnostic id PerfusioCaptures emits, with its severity and meaning.
///
/// Messages never quote a patient name or id from an analyser export.
public enum CaptureDiagnostics {
    public static let empty = DiagnosticCode("capture.empty", .error, "The capture file is empty.")
    public static let binary = DiagnosticCode("capture.binary", .error,
                                              "The capture is not text (binary data, or not in the mapping's encoding).")
    public static let formatUnknown = DiagnosticCode("capture.format.unknown", .error,
                                                     "No capture mapping recognises the file; name one with --mapping FILE.")
    public static let columns = DiagnosticCode("capture.columns", .error,
                                               "The capture lacks columns its mapping names: it is not the export the mapping describes.")
    public static let noSamples = DiagnosticCode("capture.no-samples", .error, "No sample line was found in the capture.")
    public static let lineUnrecognised = DiagnosticCode("capture.line.unrecognised", .warning,
                                                        "A line is neither a sample nor a header; it was skipped.")
    public static let fieldCount = DiagnosticCode("capture.fields.count", .warning,
                                                  "A sample line has a different number of fields than the format has.")
    public static let timeInvalid = DiagnosticCode("capture.time.invalid", .warning,
                                                   "A sample's time does not match the mapping's time format; the sample was skipped.")
    public static let valueUnreadable = DiagnosticCode("capture.value.unreadable", .warning,
                                                       "A cell holds neither a number nor a known token; kept as text, flagged `unreadable`.")
    public static let patientRequired = DiagnosticCode("capture.patient.required", .error,
                                                       "The export holds several patients' samples; choose one with --patient.")
    public static let patientNotFound = DiagnosticCode("capture.patient.not-found", .error,
                                                       "No sample in the export belongs to the requested patient.")
    public static let window = DiagnosticCode("capture.window", .note,
                                              "Samples outside the case's time window were left out (counted).")
    public static let clockOffset = DiagnosticCode("capture.clock.offset", .note,
                                                   "The device clock offset used to place captured samples, and how it was found.")
    public static let clockUnknown = DiagnosticCode("capture.clock.unknown", .warning,
                                                    "The device clock offset could not be estimated; 0 s was assumed (give --clock-offset).")
    public static let disagreement = DiagnosticCode("capture.disagreement", .warning,
                                                    "A typed and a captured value of the same parameter within a minute disagree widely.")
    public static let mappingKey = DiagnosticCode("capture.mapping.key", .error, "A capture mapping file has an unknown key.")
    public static let mappingValue = DiagnosticCode("capture.mapping.value", .error,
                                                    "A capture mapping file has a value Perfusio cannot use (unknown parameter, unit, encoding).")
    public static let artefactsValue = DiagnosticCode("capture.artefacts.value", .error,
                                                      "An artefact rules file has an unknown key, kind or parameter.")

    /// The catalogue, in documentation order.
    public static let all: [DiagnosticCode] = [
        empty, binary, formatUnknown, columns, noSamples, lineUnrecognised, fieldCount, timeInvalid, valueUnreadable,
        patientRequired, patientNotFound, window, clockOffset, clockUnknown, disagreement,
        mappingKey, mappingValue, artefactsValue,
    ]
}
