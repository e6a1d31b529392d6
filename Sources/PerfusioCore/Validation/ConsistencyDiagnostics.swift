/// Every diagnostic id ``RecordConsistency`` emits, with its severity and meaning.
public enum ConsistencyDiagnostics {
    /// An event's time is earlier than the event written on the line above it.
    public static let order = DiagnosticCode("timeline.order", .warning,
        "An event is written after a later event: the times are out of order.")
    /// `CPB off` (or cross-clamp off, arrest end, ECMO off) with nothing open.
    public static let closeWithoutOpen = DiagnosticCode("timeline.unopened", .error,
        "An ending event (CPB off, cross-clamp off, arrest end, ECMO off) has no matching start before it.")
    /// A second `CPB on` (or cross-clamp on, …) while the first is still open.
    public static let openTwice = DiagnosticCode("timeline.reopened", .error,
        "A starting event (CPB on, cross-clamp on, arrest start, ECMO on) repeats while the first is still open.")
    /// A start with no end in the record.
    public static let unclosed = DiagnosticCode("timeline.unclosed", .warning,
        "A starting event (CPB on, cross-clamp on, arrest start, ECMO on) has no matching end: its duration is unknown.")
    /// The aortic cross-clamp is on while the patient is not on bypass.
    public static let crossClampOutsideBypass = DiagnosticCode("timeline.cross-clamp.outside-bypass", .error,
        "The cross-clamp goes on before CPB on, or comes off after CPB off.")
    /// Circulatory arrest starts or ends while the patient is not on bypass.
    public static let arrestOutsideBypass = DiagnosticCode("timeline.arrest.outside-bypass", .error,
        "Circulatory arrest starts before CPB on or ends after CPB off.")
    /// Weaning starts while the patient is not on bypass.
    public static let weaningOutsideBypass = DiagnosticCode("timeline.weaning.outside-bypass", .warning,
        "Weaning is written while the patient is not on bypass.")
    /// A bypass case has no ACT (event or reading) before the first `CPB on`.
    public static let actMissing = DiagnosticCode("timeline.act.missing", .error,
        "No ACT is recorded before CPB on: anticoagulation must be confirmed before bypass.")
    /// A cardioplegia dose is given while the cross-clamp is off.
    public static let cardioplegiaOutsideClamp = DiagnosticCode("timeline.cardioplegia.outside-clamp", .warning,
        "A cardioplegia dose is written while the cross-clamp is off.")

    /// The catalogue, in documentation order.
    public static let all: [DiagnosticCode] = [
        order, closeWithoutOpen, openTwice, unclosed, crossClampOutsideBypass, arrestOutsideBypass,
        weaningOutsideBypass, actMissing, cardioplegiaOutsideClamp,
    ]
}
