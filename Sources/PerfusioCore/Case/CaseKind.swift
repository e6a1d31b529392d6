/// The kind of perfusion activity a record documents.
public enum CaseKind: String, Sendable, Codable, CaseIterable {
    case cpb, ecmo, vad, iabp
    case venovenousBypass = "vv-bypass"
    case cellSalvage = "cell-salvage"
    case isolatedLimbPerfusion = "limb-perfusion"
    case hipec
    case organPerfusion = "organ-perfusion"
    case standby

    /// True for kinds with cardiopulmonary bypass runs (CPB time, cross-clamp).
    public var isBypass: Bool { self == .cpb }

    /// The name people read.
    public var displayName: String {
        switch self {
        case .cpb: "Cardiopulmonary bypass"
        case .ecmo: "ECMO"
        case .vad: "Ventricular assist device"
        case .iabp: "Intra-aortic balloon pump"
        case .venovenousBypass: "Veno-venous bypass"
        case .cellSalvage: "Cell salvage"
        case .isolatedLimbPerfusion: "Isolated limb perfusion"
        case .hipec: "HIPEC"
        case .organPerfusion: "Organ perfusion"
        case .standby: "Pump standby"
        }
    }
}

/// How urgent the procedure was (STS coding).
public enum Urgency: String, Sendable, Codable, CaseIterable { case elective, urgent, emergent, salvage }
