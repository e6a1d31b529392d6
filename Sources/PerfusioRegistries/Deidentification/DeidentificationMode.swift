/// Whether a submission is de-identified (the default) or carries identifiers (`--identified`).
public enum DeidentificationMode: String, Sendable, Codable, CaseIterable {
    /// HIPAA Safe Harbor (45 CFR §164.514(b)(2); DOMAIN.md §4): identifiers removed, dates to the year,
    /// ages from 90 on as `90+`, free text and device serials dropped, a pseudonymous case id.
    case deidentified
    /// Identifiers kept, for registries that receive identified data under an agreement (STS, DOMAIN.md §3.1).
    case identified
}
