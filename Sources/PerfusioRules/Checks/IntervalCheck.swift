import PerfusioCore

/// `kind: interval`: the time between successive events of a kind inside a phase, and from the last of them to
/// the phase's end, against a maximum (DOMAIN.md §2.5: cardioplegia redosing while the cross-clamp is on).
///
/// ```yaml
/// check:
///   kind: interval
///   event: cardioplegia
///   within: cross-clamp
///   max_minutes: { blood: 20, del-nido: 90, custodiol: 120, default: 20 }   # or one number
/// ```
/// Cardioplegia counts doses (events at one moment are one dose); the limit is the dose's solution's.
/// A finding when an interval **exceeds** the limit. The stretch from the last event to the phase's end is worded
/// by `message_end` (placeholders as for the message; `{event}` is then the end: `cross-clamp off`).
struct IntervalCheck: RuleCheck {
    static let placeholders: Set<String> = ["event", "previous", "minutes", "limit", "solution"]
    var event: EventKind
    var within: CasePhase?
    var limits: [String: Double]
    var endMessage: String?

    init(_ fields: YAMLFields) throws {
        try fields.allowOnly(["kind", "event", "within", "max_minutes", "message_end"])
        endMessage = try fields.string("message_end")
        if let endMessage {
            try MessageTemplate.refuseUnknown(endMessage, allowed: Self.placeholders, at: fields.location(of: "message_end"),
                                              what: "`message_end` of \(fields.what)")
        }
        event = try fields.requiredWord("event", EventKind.self)
        within = try fields.words("within", CasePhase.self)?.first
        let max = try fields.required("max_minutes")
        if max.text != nil {
            limits = ["default": try fields.requiredNumber("max_minutes")]
        } else {
            let table = try fields.requiredFields("max_minutes")
            try table.allowOnly(Set(CardioplegiaSolution.allCases.map(\.rawValue) + ["default"]))
            limits = try Dictionary(uniqueKeysWithValues: table.entries.map { ($0.key, try table.requiredNumber($0.key)) })
            guard limits["default"] != nil else {
                throw RuleFileError(RulesDiagnostics.missingKey("`max_minutes` of \(fields.what) needs a `default`", at: max.location))
            }
        }
    }

    func evaluate(_ context: RuleContext, _ rule: Rule) -> [RuleHit] {
        let doses = items(context)
        let windows = within.map { context.phases.intervals(of: $0) } ?? [CaseInterval(start: doses.first?.time ?? CaseTime(secondsSinceEpoch: 0), end: nil)]
        var hits: [RuleHit] = []
        for window in windows {
            let inside = doses.filter { window.contains($0.time) && rule.applies.applies(at: $0.time, in: context) }
            for (previous, dose) in zip(inside, inside.dropFirst()) {
                if let hit = check(from: previous, to: dose.time, label: label(dose, context), at: dose.location) { hits.append(hit) }
            }
            if let last = inside.last, let end = window.end, let within,
               var hit = check(from: last, to: end, label: within == .crossClamp ? "cross-clamp off" : "end of \(within.rawValue)", at: window.endLocation) {
                hit.message = endMessage
                hits.append(hit)
            }
        }
        return hits
    }

    func check(from previous: CardioplegiaDose, to time: CaseTime, label: String, at location: SourceLocation?) -> RuleHit? {
        let limit = limits[previous.solution?.rawValue ?? "default"] ?? limits["default"]!
        let minutes = time.minutes(since: previous.time)
        guard minutes > limit else { return nil }
        let m = NumberFormatting.trimmed(minutes, maxDigits: 0), l = NumberFormatting.trimmed(limit, maxDigits: 0)
        return RuleHit(time: time, value: "\(m) min", threshold: "\(l) min", numericValue: minutes, numericThreshold: limit,
                       location: location, related: [previous.location].compactMap { $0 },
                       fields: ["event": label, "previous": previous.number.map { "#\($0)" } ?? previous.time.timeOfDay.description,
                                "minutes": m, "limit": l, "solution": previous.solution?.displayName ?? "unknown"])
    }

    /// The doses (cardioplegia) or events of the kind, as dose values.
    func items(_ context: RuleContext) -> [CardioplegiaDose] {
        if event == .cardioplegia { return context.figures.cardioplegiaDoses }
        return context.record.events(event).map { CardioplegiaDose(time: $0.time, location: $0.origin?.location) }
    }

    func label(_ dose: CardioplegiaDose, _ context: RuleContext) -> String {
        let name = event == .cardioplegia ? "cardioplegia" : event.displayName
        return dose.number.map { "\(name) #\($0)" } ?? "\(name) at \(context.text(dose.time))"
    }
}

extension CardioplegiaSolution {
    /// The name people read (`blood`, `del Nido`, `Custodiol HTK`).
    public var displayName: String {
        switch self {
        case .blood: "blood"
        case .delNido: "del Nido"
        case .custodiol: "Custodiol HTK"
        case .crystalloid: "crystalloid"
        case .microplegia: "microplegia"
        case .other: "other"
        }
    }
}
