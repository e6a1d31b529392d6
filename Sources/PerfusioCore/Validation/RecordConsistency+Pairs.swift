/// A starting and an ending event kind that pair up.
struct EventPair {
    var open: EventKind
    var close: EventKind

    static let all = [
        EventPair(open: .bypassOn, close: .bypassOff), EventPair(open: .crossClampOn, close: .crossClampOff),
        EventPair(open: .circulatoryArrestStart, close: .circulatoryArrestEnd), EventPair(open: .ecmoOn, close: .ecmoOff),
        EventPair(open: .cerebralPerfusionStart, close: .cerebralPerfusionEnd),
    ]
}

extension RecordConsistency {
    /// Ends without a start, starts repeated while open, starts never ended, for one pair of kinds.
    static func pairing(_ events: [CaseEvent], _ pair: EventPair) -> [Diagnostic] {
        var out: [Diagnostic] = []
        var open: CaseEvent?
        for event in events {
            if event.kind == pair.open {
                if let first = open {
                    out.append(diagnostic(ConsistencyDiagnostics.openTwice,
                        "\(describe(event)) while \(describe(first)) has no \(pair.close.displayName) yet", at: event, relatedTo: first))
                } else {
                    open = event
                }
            } else if event.kind == pair.close {
                if open == nil {
                    out.append(ConsistencyDiagnostics.closeWithoutOpen(
                        "\(describe(event)) has no \(pair.open.displayName) before it", at: event.origin?.location))
                }
                open = nil
            }
        }
        if let unclosed = open {
            out.append(ConsistencyDiagnostics.unclosed(
                "\(describe(unclosed)) has no \(pair.close.displayName) after it: its duration is unknown",
                at: unclosed.origin?.location))
        }
        return out
    }

    /// Cross-clamp, arrest and weaning events off bypass; cardioplegia with the clamp off.
    static func containment(_ events: [CaseEvent], phases: CasePhases) -> [Diagnostic] {
        guard !phases.bypassRuns.isEmpty else { return [] }
        var out: [Diagnostic] = []
        for event in events {
            // An end event at the moment bypass ends is still within it.
            let onBypass = phases.bypassRuns.contains { run in
                run.contains(event.time) || run.end == event.time
            }
            let code: DiagnosticCode?
            switch event.kind {
            case .crossClampOn, .crossClampOff: code = onBypass ? nil : ConsistencyDiagnostics.crossClampOutsideBypass
            case .circulatoryArrestStart, .circulatoryArrestEnd: code = onBypass ? nil : ConsistencyDiagnostics.arrestOutsideBypass
            case .weaningStart: code = onBypass ? nil : ConsistencyDiagnostics.weaningOutsideBypass
            case .cardioplegia: code = phases.crossClamps.containsTime(event.time) ? nil : ConsistencyDiagnostics.cardioplegiaOutsideClamp
            default: code = nil
            }
            guard let code else { continue }
            out.append(code(containmentMessage(event, phases: phases), at: event.origin?.location))
        }
        return out
    }

    static func containmentMessage(_ event: CaseEvent, phases: CasePhases) -> String {
        if event.kind == .cardioplegia { return "\(describe(event)) is given while the cross-clamp is off" }
        if let first = phases.bypassRuns.first, event.time < first.start {
            return "\(describe(event)) is before CPB on at \(first.start.timeOfDay)"
        }
        if let last = phases.bypassRuns.last, let end = last.end, event.time > end {
            return "\(describe(event)) is after CPB off at \(end.timeOfDay)"
        }
        return "\(describe(event)) is while the patient is off bypass"
    }
}
