import PerfusioCore

/// Every phrase that names an event kind at the start of an event line, in one table.
///
/// Matching is on the normalised text (lower case, `-`/`_` as spaces), longest phrase first, at a word
/// boundary: `X-clamp on`, `x clamp on`, `XC on` are all `crossClampOn`. Drugs are matched separately
/// through ``DrugNames``; a line no phrase matches is kept as `.other` with its text.
public enum EventPhrases {
    public static let table: [(phrase: String, kind: EventKind)] = [
        // bypass
        ("cpb on", .bypassOn), ("on bypass", .bypassOn), ("on cpb", .bypassOn), ("bypass start", .bypassOn),
        ("bypass started", .bypassOn), ("bypass on", .bypassOn), ("go on bypass", .bypassOn),
        ("went on bypass", .bypassOn), ("initiate cpb", .bypassOn), ("cpb initiated", .bypassOn),
        ("cpb start", .bypassOn), ("cpb started", .bypassOn), ("start cpb", .bypassOn), ("commence cpb", .bypassOn),
        ("cpb off", .bypassOff), ("off bypass", .bypassOff), ("off cpb", .bypassOff), ("bypass end", .bypassOff),
        ("bypass ended", .bypassOff), ("bypass off", .bypassOff), ("separation from bypass", .bypassOff),
        ("separated from bypass", .bypassOff), ("came off bypass", .bypassOff), ("cpb end", .bypassOff),
        ("cpb ended", .bypassOff), ("end of cpb", .bypassOff), ("end cpb", .bypassOff),
        // cross-clamp
        ("cross clamp on", .crossClampOn), ("crossclamp on", .crossClampOn), ("x clamp on", .crossClampOn),
        ("xclamp on", .crossClampOn), ("xc on", .crossClampOn), ("acc on", .crossClampOn),
        ("aortic clamp on", .crossClampOn), ("cross clamp applied", .crossClampOn),
        ("aortic cross clamp on", .crossClampOn), ("aortic cross clamp applied", .crossClampOn),
        ("x clamp applied", .crossClampOn), ("aortic clamp applied", .crossClampOn),
        ("cross clamp off", .crossClampOff), ("crossclamp off", .crossClampOff), ("x clamp off", .crossClampOff),
        ("xclamp off", .crossClampOff), ("xc off", .crossClampOff), ("acc off", .crossClampOff),
        ("aortic clamp off", .crossClampOff), ("cross clamp removed", .crossClampOff),
        ("cross clamp released", .crossClampOff), ("aortic cross clamp off", .crossClampOff),
        ("aortic cross clamp removed", .crossClampOff), ("x clamp removed", .crossClampOff),
        ("aortic clamp removed", .crossClampOff),
        // cardioplegia
        ("cardioplegia", .cardioplegia), ("cp", .cardioplegia), ("cplegia", .cardioplegia),
        ("hot shot", .cardioplegia), ("del nido", .cardioplegia), ("custodiol", .cardioplegia),
        ("htk", .cardioplegia), ("microplegia", .cardioplegia), ("blood cardioplegia", .cardioplegia),
        // anticoagulation
        ("heparin", .heparin), ("protamine", .protamine), ("act", .act),
        ("heparin infusion", .anticoagulantInfusion), ("heparin drip", .anticoagulantInfusion),
        ("bivalirudin infusion", .anticoagulantInfusion), ("argatroban infusion", .anticoagulantInfusion),
        // cannulation
        ("cannulation", .cannulation), ("aortic cannulation", .cannulation), ("venous cannulation", .cannulation),
        ("arterial cannulation", .cannulation), ("femoral cannulation", .cannulation),
        ("bicaval cannulation", .cannulation), ("atrial cannulation", .cannulation), ("cannulated", .cannulation),
        ("decannulation", .decannulation), ("decannulated", .decannulation),
        ("aortic decannulation", .decannulation), ("venous decannulation", .decannulation),
        // ECMO
        ("ecmo on", .ecmoOn), ("on ecmo", .ecmoOn), ("ecmo start", .ecmoOn), ("ecmo started", .ecmoOn),
        ("ecmo initiated", .ecmoOn), ("ecls on", .ecmoOn),
        ("ecmo off", .ecmoOff), ("off ecmo", .ecmoOff), ("ecmo end", .ecmoOff), ("ecmo ended", .ecmoOff),
        ("ecmo stopped", .ecmoOff), ("ecmo discontinued", .ecmoOff), ("ecls off", .ecmoOff),
        // weaning and flow
        ("weaning", .weaningStart), ("weaning started", .weaningStart), ("wean started", .weaningStart),
        ("start weaning", .weaningStart), ("weaning from bypass", .weaningStart),
        ("wean trial", .weanTrial), ("weaning trial", .weanTrial), ("flow wean trial", .weanTrial),
        ("trial off", .weanTrial), ("trial wean", .weanTrial),
        ("flow change", .flowChange), ("flow increased", .flowChange), ("flow decreased", .flowChange),
        ("flow reduced", .flowChange),
        ("circuit change", .circuitChange), ("circuit changed", .circuitChange),
        ("oxygenator change", .circuitChange), ("oxygenator changed", .circuitChange),
        // circulatory arrest and cerebral perfusion
        ("dhca", .circulatoryArrestStart), ("dhca start", .circulatoryArrestStart),
        ("dhca started", .circulatoryArrestStart), ("circ arrest", .circulatoryArrestStart),
        ("circ arrest start", .circulatoryArrestStart), ("circulatory arrest", .circulatoryArrestStart),
        ("circulatory arrest start", .circulatoryArrestStart), ("hca start", .circulatoryArrestStart),
        ("dhca end", .circulatoryArrestEnd), ("dhca ended", .circulatoryArrestEnd), ("end of dhca", .circulatoryArrestEnd),
        ("circ arrest end", .circulatoryArrestEnd), ("circulatory arrest end", .circulatoryArrestEnd),
        ("circulatory arrest ended", .circulatoryArrestEnd), ("hca end", .circulatoryArrestEnd),
        ("reperfusion", .circulatoryArrestEnd),
        ("acp start", .cerebralPerfusionStart), ("acp on", .cerebralPerfusionStart),
        ("acp started", .cerebralPerfusionStart), ("rcp start", .cerebralPerfusionStart),
        ("rcp on", .cerebralPerfusionStart), ("sacp start", .cerebralPerfusionStart),
        ("cerebral perfusion start", .cerebralPerfusionStart), ("cerebral perfusion on", .cerebralPerfusionStart),
        ("cerebral perfusion started", .cerebralPerfusionStart),
        ("acp end", .cerebralPerfusionEnd), ("acp off", .cerebralPerfusionEnd), ("acp stopped", .cerebralPerfusionEnd),
        ("rcp end", .cerebralPerfusionEnd), ("rcp off", .cerebralPerfusionEnd), ("sacp end", .cerebralPerfusionEnd),
        ("cerebral perfusion end", .cerebralPerfusionEnd), ("cerebral perfusion off", .cerebralPerfusionEnd),
        ("cerebral perfusion stopped", .cerebralPerfusionEnd),
        // temperature
        ("cooling", .coolingStart), ("cooling started", .coolingStart), ("start cooling", .coolingStart),
        ("cool to", .coolingStart), ("cooled to", .coolingStart),
        ("rewarming", .rewarmingStart), ("rewarming started", .rewarmingStart), ("start rewarming", .rewarmingStart),
        ("rewarm", .rewarmingStart), ("warming", .rewarmingStart),
        // rhythm and ventilation
        ("defibrillation", .defibrillation), ("defibrillated", .defibrillation), ("defib", .defibrillation),
        ("dc shock", .defibrillation), ("internal defibrillation", .defibrillation), ("cardioversion", .defibrillation),
        ("ventilation resumed", .ventilation), ("ventilation on", .ventilation), ("ventilation off", .ventilation),
        ("ventilation stopped", .ventilation), ("ventilation", .ventilation),
        // ultrafiltration
        ("ultrafiltration started", .ultrafiltrationStart), ("ultrafiltration start", .ultrafiltrationStart),
        ("ultrafiltration on", .ultrafiltrationStart), ("uf started", .ultrafiltrationStart),
        ("uf on", .ultrafiltrationStart), ("uf start", .ultrafiltrationStart),
        ("modified ultrafiltration started", .ultrafiltrationStart), ("muf started", .ultrafiltrationStart),
        ("muf start", .ultrafiltrationStart), ("muf on", .ultrafiltrationStart),
        ("zbuf started", .ultrafiltrationStart), ("zero balance ultrafiltration started", .ultrafiltrationStart),
        ("conventional ultrafiltration started", .ultrafiltrationStart), ("haemofiltration started", .ultrafiltrationStart),
        ("hemofiltration started", .ultrafiltrationStart),
        ("ultrafiltration stopped", .ultrafiltrationEnd), ("ultrafiltration end", .ultrafiltrationEnd),
        ("ultrafiltration off", .ultrafiltrationEnd), ("uf stopped", .ultrafiltrationEnd), ("uf off", .ultrafiltrationEnd),
        ("uf end", .ultrafiltrationEnd), ("modified ultrafiltration stopped", .ultrafiltrationEnd),
        ("modified ultrafiltration ended", .ultrafiltrationEnd), ("muf stopped", .ultrafiltrationEnd),
        ("muf end", .ultrafiltrationEnd), ("muf off", .ultrafiltrationEnd), ("zbuf stopped", .ultrafiltrationEnd),
        ("zero balance ultrafiltration stopped", .ultrafiltrationEnd),
        ("conventional ultrafiltration stopped", .ultrafiltrationEnd), ("haemofiltration stopped", .ultrafiltrationEnd),
        ("hemofiltration stopped", .ultrafiltrationEnd),
        // people and devices
        ("relief", .relief), ("relieved", .relief),
        ("iabp inserted", .deviceInsertion), ("iabp in", .deviceInsertion), ("impella inserted", .deviceInsertion),
        ("lv vent inserted", .deviceInsertion), ("vent inserted", .deviceInsertion), ("device inserted", .deviceInsertion),
        ("iabp removed", .deviceRemoval), ("iabp out", .deviceRemoval), ("impella removed", .deviceRemoval),
        ("lv vent removed", .deviceRemoval), ("vent removed", .deviceRemoval), ("device removed", .deviceRemoval),
        ("setting change", .settingChange), ("settings changed", .settingChange),
        ("perfusion start", .perfusionStart), ("perfusion started", .perfusionStart),
        ("perfusion end", .perfusionEnd), ("perfusion ended", .perfusionEnd),
        ("standby start", .standbyStart), ("standby started", .standbyStart), ("on standby", .standbyStart),
        ("standby end", .standbyEnd), ("standby ended", .standbyEnd), ("off standby", .standbyEnd),
    ]

    /// The table, longest phrase first, so `cross clamp on` wins over `cp`.
    static let byLength: [(phrase: String, kind: EventKind)] = table.sorted { $0.phrase.count > $1.phrase.count }
    static let byLengthList = PhraseList(byLength) { $0.phrase }

    /// The kind named at the start of `text`, and the length (in normalised characters) of the phrase matched.
    public static func kind(startingWith text: String) -> (kind: EventKind, phrase: String)? {
        let normal = Phrase.normalise(text)
        return byLengthList.first(startingWith: normal).map { ($0.kind, $0.phrase) }
    }

    /// The phrase the writer uses when an event has no text of its own.
    public static func canonical(_ kind: EventKind) -> String { kind.displayName }
}
