import PerfusioCore

/// Every diagnostic id the registries module emits, with its message summary (`docs/diagnostics.md`).
public enum RegistriesDiagnostics {
    // Profiles (schemas/registries/*.yaml).
    public static let profileKeyUnknown = DiagnosticCode("registry.profile.key.unknown", .error, "a profile key Perfusio does not know")
    public static let profileKeyMissing = DiagnosticCode("registry.profile.key.missing", .error, "a required profile key is missing")
    public static let profileValueInvalid = DiagnosticCode("registry.profile.value.invalid", .error,
                                                    "a profile value has the wrong form (a list where text belongs, an unknown type)")
    public static let profileSourceUnknown = DiagnosticCode("registry.profile.source.unknown", .error,
                                                     "a field's source is not in the path vocabulary (docs/registries.md)")
    public static let profileColumnDuplicate = DiagnosticCode("registry.profile.column.duplicate", .error, "two fields share a column name")
    public static let profileReferenceUnknown = DiagnosticCode("registry.profile.reference.unknown", .error,
                                                        "a parent condition or check names a column the profile lacks")
    public static let profileCodesMissing = DiagnosticCode("registry.profile.codes.missing", .error, "a code field lists no codes")
    public static let profileNotFound = DiagnosticCode("registry.profile.not-found", .error, "no profile file has the registry's name")

    // Cases in a batch.
    public static let fieldMissing = DiagnosticCode("registry.field.missing", .warning, "a required field has no value in the record")
    public static let fieldOutOfRange = DiagnosticCode("registry.field.out-of-range", .error,
                                                "a value is outside the registry's hard limits; the case is held out")
    public static let fieldUnusual = DiagnosticCode("registry.field.unusual", .warning, "a value is outside the registry's usual range")
    public static let fieldUncoded = DiagnosticCode("registry.field.uncoded", .error,
                                             "a value matches none of the field's codes; the case is held out")
    public static let fieldInconsistent = DiagnosticCode("registry.field.inconsistent", .error,
                                                  "two fields contradict each other (XClampTm > PerfusTm); the case is held out")
    public static let caseUnreadable = DiagnosticCode("registry.case.unreadable", .error,
                                               "the record has reading errors; the case is held out")
    public static let caseDuplicate = DiagnosticCode("registry.case.duplicate", .error,
                                              "two records carry the same institution and case id; only the first is sent")

    /// Every code, for `docs/diagnostics.md`.
    public static let all: [DiagnosticCode] = [
        profileKeyUnknown, profileKeyMissing, profileValueInvalid, profileSourceUnknown, profileColumnDuplicate,
        profileReferenceUnknown, profileCodesMissing, profileNotFound,
        fieldMissing, fieldOutOfRange, fieldUnusual, fieldUncoded, fieldInconsistent, caseUnreadable, caseDuplicate,
    ]
}
