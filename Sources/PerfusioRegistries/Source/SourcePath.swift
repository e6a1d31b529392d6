import PerfusioCore

/// Where a registry field's value comes from: one of a small, documented vocabulary of paths into the model
/// and the derived figures, written in profiles as text (`figures.cpb_minutes`, `record.header.urgency`,
/// `bloodProducts.redCells.units`). `docs/registries.md` lists every path.
///
/// A new registry is a new profile: its fields name paths from this vocabulary. A new kind of path is Swift code.
public enum SourcePath: Hashable, Sendable {
    /// `case.id`: the case's identifier in the submission: the pseudonymous id when de-identified, the site's
    /// case id when identified.
    case caseIdentifier
    /// `record.header.<field>`: caseID, kind, mode, date, year, institution, location, procedure, urgency, indication.
    case header(HeaderField)
    /// `record.header.field.<label>`: a front-matter field Perfusio has no slot for, as written.
    case headerField(String)
    /// `record.patient.<field>`: name, familyName, givenName, recordNumber, dateOfBirth, sex, age, weight (kg),
    /// height (cm), bloodGroup. The family name is the part before a comma (`Example, Harold`) or the last word.
    case patient(PatientField)
    /// `record.patient.preop.<name>`: a pre-operative value (`hb`, `hct`, `creatinine`, `lvef`) in the unit written.
    case preoperative(String)
    /// `record.notes`, `record.handover`: free text (always dropped when de-identified).
    case notes, handover
    /// `figures.<name>`: a derived figure (``RegistryFigures/names``).
    case figure(String)
    /// `bloodProducts.<kind>.units`: units of that product given (summed), 0 when the log says none.
    case bloodProductUnits(BloodProductKind)
    /// `bloodProducts.given`: yes when any product was given, no when none, absent when the log says nothing.
    case bloodProductsGiven
    /// `readings.<parameter>.<min|max|first|last>`: over every valid reading, in the parameter's canonical unit.
    case readings(Parameter, ReadingAggregate)
    /// `events.<kind>.count`: how many events of that kind.
    case eventCount(EventKind)
    /// `events.<kind>.first`: the date and time of the first event of that kind.
    case eventTime(EventKind)
    /// `fluids.<kind>.volume`: mL of that fluid kind, summed.
    case fluidVolume(FluidKind)
    /// `circuit.cannulae.<role>.sites`: the sites written for cannulae of that role, joined by `; `.
    case cannulaSites(Cannula.Role)
    /// `circuit.component.<label>`: a circuit component as written (`oxygenator`, `arterial_pump`).
    case component(String)
    /// `circuit.autologousPrimeRemoved`: mL removed by retrograde or venous antegrade autologous priming.
    case autologousPrimeRemoved
    /// `checklist.completed`: yes when every item is ticked, no when one is not, absent when there is no checklist.
    case checklistCompleted

    public enum HeaderField: String, Sendable, CaseIterable {
        case caseID, kind, mode, date, year, institution, location, procedure, urgency, indication
    }

    public enum PatientField: String, Sendable, CaseIterable {
        case name, familyName, givenName, recordNumber, dateOfBirth, sex, age, weight, height, bloodGroup
    }

    public enum ReadingAggregate: String, Sendable, CaseIterable { case min, max, first, last }
}
