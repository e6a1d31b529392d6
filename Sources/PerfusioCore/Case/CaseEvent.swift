/// A timed event in the log: `08:52 CPB on`, `09:02 Cardioplegia #1 antegrade, 4:1 blood, 1000 mL at 8 °C`.
public struct CaseEvent: Hashable, Sendable, Codable {
    public var time: CaseTime
    public var kind: EventKind
    /// The text after the time, exactly as written: nothing a person wrote is lost.
    public var text: String
    /// The typed details Perfusio understood in the text.
    public var details: EventDetails
    public var origin: Origin?

    public init(time: CaseTime, kind: EventKind, text: String, details: EventDetails = EventDetails(), origin: Origin? = nil) {
        self.time = time
        self.kind = kind
        self.text = text
        self.details = details
        self.origin = origin
    }
}

/// Details of an event. Only the fields its kind uses are set.
public struct EventDetails: Hashable, Sendable, Codable {
    /// Drug or agent (`Phenylephrine`, `Heparin`, `Protamine`).
    public var agent: String?
    /// A dose (`100 mcg`, `25000 IU`, `2 g`) or rate (`12 IU/kg/h`).
    public var dose: Quantity?
    /// A measured value carried by the event: an ACT (s), a flow (L/min), an energy (J).
    public var value: Quantity?
    /// Cardioplegia dose number as written (`#3`).
    public var doseNumber: Int?
    /// Cardioplegia solution.
    public var solution: CardioplegiaSolution?
    /// Routes of delivery (antegrade, retrograde, ostial, graft).
    public var routes: [CardioplegiaRoute]
    public var volume: Quantity?
    public var temperature: Quantity?
    /// Cerebral perfusion during arrest: antegrade, retrograde, or none.
    public var cerebralPerfusion: CerebralPerfusion?
    /// For a relief: who takes over and from whom (names as written).
    public var incoming: String?
    public var outgoing: String?
    /// A cannula or device site and size as written.
    public var site: String?

    public init(agent: String? = nil, dose: Quantity? = nil, value: Quantity? = nil, doseNumber: Int? = nil,
                solution: CardioplegiaSolution? = nil, routes: [CardioplegiaRoute] = [], volume: Quantity? = nil,
                temperature: Quantity? = nil, cerebralPerfusion: CerebralPerfusion? = nil,
                incoming: String? = nil, outgoing: String? = nil, site: String? = nil) {
        self.agent = agent
        self.dose = dose
        self.value = value
        self.doseNumber = doseNumber
        self.solution = solution
        self.routes = routes
        self.volume = volume
        self.temperature = temperature
        self.cerebralPerfusion = cerebralPerfusion
        self.incoming = incoming
        self.outgoing = outgoing
        self.site = site
    }
}

/// Cardioplegia solutions with distinct redosing intervals (DOMAIN.md §2.5).
public enum CardioplegiaSolution: String, Sendable, Codable, CaseIterable {
    case blood, delNido = "del-nido", custodiol, crystalloid, microplegia, other
}

/// Cardioplegia delivery routes.
public enum CardioplegiaRoute: String, Sendable, Codable, CaseIterable { case antegrade, retrograde, ostial, graft }

/// Cerebral perfusion during circulatory arrest.
public enum CerebralPerfusion: String, Sendable, Codable, CaseIterable { case antegrade, retrograde, both, none }
