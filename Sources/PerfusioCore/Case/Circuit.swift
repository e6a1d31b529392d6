/// The extracorporeal circuit: its components, cannulae and prime.
public struct Circuit: Hashable, Sendable, Codable {
    /// Components as written, in order (`oxygenator: Capiox FX25`, `arterial_pump: roller`, `system: …`).
    public var components: [LabeledText]
    public var cannulae: [Cannula]
    public var prime: [PrimeItem]
    /// Retrograde or venous antegrade autologous priming: volume removed from the prime.
    public var autologousPrimeRemoved: Quantity?
    public var origin: Origin?

    public init(components: [LabeledText] = [], cannulae: [Cannula] = [], prime: [PrimeItem] = [],
                autologousPrimeRemoved: Quantity? = nil, origin: Origin? = nil) {
        self.components = components
        self.cannulae = cannulae
        self.prime = prime
        self.autologousPrimeRemoved = autologousPrimeRemoved
        self.origin = origin
    }

    /// The component written under `label` (e.g. `oxygenator`).
    public func component(_ label: String) -> String? { components.first { $0.label == label }?.text }

    /// Total prime volume in mL (items given as a volume).
    public var primeVolumeMillilitres: Double {
        prime.compactMap { $0.amount?.value(in: .millilitres) }.reduce(0, +)
    }
}

/// A cannula: its role, size and site.
public struct Cannula: Hashable, Sendable, Codable {
    public enum Role: String, Sendable, Codable, CaseIterable { case arterial, venous, distalPerfusion = "distal-perfusion", other }
    public var role: Role
    /// Size in French, when written (`22 Fr`; for two-stage `36/46 Fr` the larger).
    public var size: Quantity?
    /// Site as written (`ascending aorta`, `right femoral vein`).
    public var site: String?
    /// The whole text as written.
    public var text: String
    public var origin: Origin?
    public init(role: Role, size: Quantity? = nil, site: String? = nil, text: String, origin: Origin? = nil) {
        self.role = role
        self.size = size
        self.site = site
        self.text = text
        self.origin = origin
    }
}

/// One item of the prime: a fluid with a volume or a drug with a dose.
public struct PrimeItem: Hashable, Sendable, Codable {
    public var name: String
    /// Volume (mL) or dose (IU, mg); nil when the amount is not a number with a unit.
    public var amount: Quantity?
    /// The amount as written.
    public var text: String
    public var origin: Origin?
    public init(name: String, amount: Quantity?, text: String, origin: Origin? = nil) {
        self.name = name
        self.amount = amount
        self.text = text
        self.origin = origin
    }

    /// True for red cells or whole blood in the prime.
    public var isBlood: Bool {
        let n = name.lowercased()
        return n.contains("red cell") || n.contains("rbc") || n.contains("whole blood") || n.contains("prbc")
    }
}
