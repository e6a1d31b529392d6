/// A phase of a case, derived once from its events (``CasePhases``) and shared by figures and rules.
///
/// Raw values are the names rule packs use in `applies.phase`.
public enum CasePhase: String, Hashable, Sendable, Codable, CaseIterable {
    /// Before the first `CPB on`.
    case preBypass = "pre-bypass"
    /// On cardiopulmonary bypass (any run, weaning and arrest included).
    case bypass
    /// Full-flow bypass: from `CPB on` to the first of weaning started / `CPB off`, never during circulatory
    /// arrest (DOMAIN.md §0). Flow, DO2i and their nadirs count only here.
    case fullFlow = "full-flow"
    /// From weaning started to `CPB off`.
    case weaning
    /// Aortic cross-clamp on.
    case crossClamp = "cross-clamp"
    /// Circulatory arrest, with or without cerebral perfusion.
    case circulatoryArrest = "circulatory-arrest"
    /// Selective cerebral perfusion.
    case cerebralPerfusion = "cerebral-perfusion"
    /// From cooling start to rewarming start or the end of the run.
    case cooling
    /// From rewarming start to the end of the run.
    case rewarming
    /// Off bypass after a run (between runs and after the last).
    case postBypass = "post-bypass"
    /// On ECMO (from `ECMO on` to `ECMO off`).
    case ecmo
}
