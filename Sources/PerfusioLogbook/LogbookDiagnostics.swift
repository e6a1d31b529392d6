import PerfusioCore

/// Every diagnostic id PerfusioLogbook emits, with its severity and meaning.
public enum LogbookDiagnostics {
    /// A name in a record is not on the staff list; the row stays under the name as written.
    public static let unknownName = DiagnosticCode("logbook.name.unknown", .warning,
        "A name in a record is not on the staff list; its rows are kept under the name as written, merged with nobody.")
    /// A name in a record matches more than one person on the staff list.
    public static let ambiguousName = DiagnosticCode("logbook.name.ambiguous", .warning,
        "A name in a record matches more than one person on the staff list; its rows are kept under the name as written.")
    /// The same case (case id and date) was read more than once, e.g. as Markdown and as XML.
    public static let duplicateCase = DiagnosticCode("logbook.case.duplicate", .warning,
        "The same case (case id and date) was read more than once; it is counted once.")
    /// Two team members are both written as the primary perfusionist.
    public static let twoPrimaries = DiagnosticCode("logbook.case.two-primaries", .warning,
        "Two primary perfusionists on one case; neither is credited as primary until the record is corrected.")
    /// The declared primary was in charge for less of the case than the profile requires.
    public static let primaryUnderShare = DiagnosticCode("logbook.case.primary-under-share", .warning,
        "The declared primary perfusionist was in charge for less of the case than the profile requires.")
    /// No site key was given, so no case references are shown.
    public static let noSiteKey = DiagnosticCode("logbook.site-key.missing", .warning,
        "No site key was given (--site-key or PERFUSIO_SITE_KEY); case references are left out.")
    /// A credential profile is malformed: a missing or unknown key, a bad value, a reference to nothing.
    public static let invalidProfile = DiagnosticCode("logbook.profile.invalid", .error,
        "A credential profile is malformed: a missing or unknown key, a value of the wrong kind, or a reference to nothing.")
    /// A staff list is malformed.
    public static let invalidStaff = DiagnosticCode("logbook.staff.invalid", .error,
        "A staff list is malformed: a missing or unknown key, a bad date, or an id used twice.")
    /// `--person` names nobody found in the records read.
    public static let unknownPerson = DiagnosticCode("logbook.person.unknown", .error,
        "The person asked for appears in none of the records read.")

    /// The catalogue, in documentation order.
    public static let all: [DiagnosticCode] = [
        unknownName, ambiguousName, duplicateCase, twoPrimaries, primaryUnderShare, noSiteKey,
        invalidProfile, invalidStaff, unknownPerson,
    ]
}
