/// A fluid given or removed: `Urine on CPB: 380 mL`, `Cardioplegia total: 2300 mL (crystalloid fraction 460 mL)`.
public struct FluidEntry: Hashable, Sendable, Codable {
    public var kind: FluidKind
    public var volume: Quantity?
    /// For blood cardioplegia: its crystalloid part, which counts in the fluid balance.
    public var crystalloidPart: Quantity?
    /// When the entry belongs to a moment.
    public var time: CaseTime?
    /// The line as written.
    public var text: String
    public var origin: Origin?

    public init(kind: FluidKind, volume: Quantity?, crystalloidPart: Quantity? = nil, time: CaseTime? = nil,
                text: String, origin: Origin? = nil) {
        self.kind = kind
        self.volume = volume
        self.crystalloidPart = crystalloidPart
        self.time = time
        self.text = text
        self.origin = origin
    }
}

/// Kinds of fluid in and out, with their direction in the balance (DOMAIN.md §1.7).
public enum FluidKind: String, Sendable, Codable, CaseIterable {
    case crystalloid, colloid, cardioplegia, cellSaver = "cell-saver", pumpBloodReturned = "pump-blood-returned"
    case urine, ultrafiltration, modifiedUltrafiltration = "modified-ultrafiltration"
    case zeroBalanceUltrafiltration = "zero-balance-ultrafiltration", bloodLoss = "blood-loss", drainage, other

    /// +1 for fluid given to the patient, −1 for fluid removed, 0 for entries outside the balance.
    public var balanceSign: Int {
        switch self {
        case .crystalloid, .colloid, .cardioplegia, .cellSaver: 1
        case .urine, .ultrafiltration, .bloodLoss: -1
        // Zero-balance UF replaces what it removes; MUF and pump blood come after bypass; drains are post-op.
        case .zeroBalanceUltrafiltration, .modifiedUltrafiltration, .pumpBloodReturned, .drainage, .other: 0
        }
    }
}

/// A blood product given: `Packed red cells: 2 units (2026-05-04 03:00)`.
public struct BloodProduct: Hashable, Sendable, Codable {
    public var product: BloodProductKind
    /// Count of units (or pools); nil when only a volume was written.
    public var units: Int?
    public var volume: Quantity?
    public var time: CaseTime?
    /// True when it went into the prime.
    public var inPrime: Bool
    public var text: String
    public var origin: Origin?

    public init(product: BloodProductKind, units: Int? = nil, volume: Quantity? = nil, time: CaseTime? = nil,
                inPrime: Bool = false, text: String, origin: Origin? = nil) {
        self.product = product
        self.units = units
        self.volume = volume
        self.time = time
        self.inPrime = inPrime
        self.text = text
        self.origin = origin
    }
}

public enum BloodProductKind: String, Sendable, Codable, CaseIterable {
    case redCells = "red-cells", plasma, platelets, cryoprecipitate, wholeBlood = "whole-blood", albumin
    case fibrinogenConcentrate = "fibrinogen-concentrate", prothrombinComplex = "prothrombin-complex", other

    public var displayName: String {
        switch self {
        case .redCells: "Red cells"
        case .plasma: "Plasma"
        case .platelets: "Platelets"
        case .cryoprecipitate: "Cryoprecipitate"
        case .wholeBlood: "Whole blood"
        case .albumin: "Albumin"
        case .fibrinogenConcentrate: "Fibrinogen concentrate"
        case .prothrombinComplex: "Prothrombin complex"
        case .other: "Other"
        }
    }
}
