/// Flow index, CaO2, DO2 and DO2i of one reading (DOMAIN.md §1.3).
public struct ReadingOxygenDelivery: Hashable, Sendable, Codable {
    public var time: CaseTime
    /// Flow index, L/min/m² (nil without flow or BSA).
    public var flowIndex: Double?
    /// Arterial oxygen content, mL O2/dL (nil without Hb, SaO2 or PaO2).
    public var arterialContent: Double?
    /// Oxygen delivery, mL O2/min.
    public var delivery: Double?
    /// Oxygen delivery index, mL O2/min/m².
    public var deliveryIndex: Double?
    /// True when SaO2 was missing and taken as 1.00 (DOMAIN.md §0: post-oxygenator blood is near fully saturated).
    public var saturationAssumed: Bool
    /// True on full-flow bypass: only these readings count for the DO2i nadir and DO2i rules.
    public var isFullFlow: Bool
    /// The constants CaO2 was computed with.
    public var constants: OxygenContentConstants
    /// The reading's row in the input.
    public var location: SourceLocation?

    /// The figures of `reading`, given the case's BSA and phases.
    public init(_ reading: Reading, bodySurfaceArea: Double?, phases: CasePhases, options: MetricsOptions) {
        time = reading.time
        location = reading.origin?.location
        constants = options.oxygenContent
        isFullFlow = phases.isFullFlow(at: reading.time)
        let flow = reading.value(.pumpFlow)
        flowIndex = zipOptional(flow, bodySurfaceArea).flatMap { OxygenArithmetic.flowIndex(flow: $0, bodySurfaceArea: $1) }
        let arterial = reading.isArterialOrUnstated
        var saturation = arterial ? reading.value(.sao2).map { $0 / 100 } : nil
        saturationAssumed = false
        if saturation == nil, arterial, options.assumeFullSaturationOnBypass, phases.bypassRuns.containsTime(reading.time) {
            saturation = 1
            saturationAssumed = true
        }
        if let hb = reading.value(.hb), let sat = saturation,
           let po2 = arterial ? reading.value(.po2) : nil {
            arterialContent = OxygenArithmetic.arterialContent(haemoglobin: hb, saturation: sat, oxygenTension: po2,
                                                               constants: options.oxygenContent)
        } else {
            saturationAssumed = false
        }
        delivery = zipOptional(flow, arterialContent).map { OxygenArithmetic.delivery(flow: $0, content: $1) }
        deliveryIndex = zipOptional(flowIndex, arterialContent).map { OxygenArithmetic.deliveryIndex(flowIndex: $0, content: $1) }
    }
}

func zipOptional<A, B>(_ a: A?, _ b: B?) -> (A, B)? {
    guard let a, let b else { return nil }
    return (a, b)
}
