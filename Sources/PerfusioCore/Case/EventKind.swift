/// What happened at a timed event. The raw value is the XML `kind` attribute.
public enum EventKind: String, Sendable, Codable, CaseIterable {
    case heparin, protamine, act, anticoagulantInfusion = "anticoagulant-infusion"
    case cannulation, decannulation
    case bypassOn = "bypass-on", bypassOff = "bypass-off", weaningStart = "weaning-start"
    case ecmoOn = "ecmo-on", ecmoOff = "ecmo-off", weanTrial = "wean-trial", flowChange = "flow-change"
    case circuitChange = "circuit-change"
    case crossClampOn = "cross-clamp-on", crossClampOff = "cross-clamp-off"
    case cardioplegia
    case circulatoryArrestStart = "arrest-start", circulatoryArrestEnd = "arrest-end"
    case cerebralPerfusionStart = "cerebral-perfusion-start", cerebralPerfusionEnd = "cerebral-perfusion-end"
    case coolingStart = "cooling-start", rewarmingStart = "rewarming-start"
    case drug, defibrillation, ventilation
    case ultrafiltrationStart = "ultrafiltration-start", ultrafiltrationEnd = "ultrafiltration-end"
    case relief
    case deviceInsertion = "device-insertion", deviceRemoval = "device-removal", settingChange = "setting-change"
    case perfusionStart = "perfusion-start", perfusionEnd = "perfusion-end"
    case standbyStart = "standby-start", standbyEnd = "standby-end"
    case other

    /// The name people read.
    public var displayName: String {
        switch self {
        case .heparin: "Heparin"
        case .protamine: "Protamine"
        case .act: "ACT"
        case .anticoagulantInfusion: "Anticoagulant infusion"
        case .cannulation: "Cannulation"
        case .decannulation: "Decannulation"
        case .bypassOn: "CPB on"
        case .bypassOff: "CPB off"
        case .weaningStart: "Weaning started"
        case .ecmoOn: "ECMO on"
        case .ecmoOff: "ECMO off"
        case .weanTrial: "Wean trial"
        case .flowChange: "Flow change"
        case .circuitChange: "Circuit change"
        case .crossClampOn: "Cross-clamp on"
        case .crossClampOff: "Cross-clamp off"
        case .cardioplegia: "Cardioplegia"
        case .circulatoryArrestStart: "Circulatory arrest start"
        case .circulatoryArrestEnd: "Circulatory arrest end"
        case .cerebralPerfusionStart: "Cerebral perfusion start"
        case .cerebralPerfusionEnd: "Cerebral perfusion end"
        case .coolingStart: "Cooling"
        case .rewarmingStart: "Rewarming started"
        case .drug: "Drug"
        case .defibrillation: "Defibrillation"
        case .ventilation: "Ventilation"
        case .ultrafiltrationStart: "Ultrafiltration started"
        case .ultrafiltrationEnd: "Ultrafiltration stopped"
        case .relief: "Relief"
        case .deviceInsertion: "Device inserted"
        case .deviceRemoval: "Device removed"
        case .settingChange: "Setting change"
        case .perfusionStart: "Perfusion start"
        case .perfusionEnd: "Perfusion end"
        case .standbyStart: "Standby start"
        case .standbyEnd: "Standby end"
        case .other: "Event"
        }
    }
}
