import Foundation
import PerfusioCore

/// Who was in charge of a case when: the activity's span (first start event to last end event) cut at each
/// relief (`10:05 Relief: T. Ng takes over from J. Marsh`).
///
/// The person in charge at the start is the team's primary perfusionist (or ECMO specialist, instructor,
/// supervisor, standby perfusionist, student, first assistant, in that order), unless a relief before the start
/// says otherwise. Without a start and an end event the record gives no times, and no minutes are known.
public struct ChargeTimeline: Hashable, Sendable {
    /// A stretch in charge, by the name as written.
    public struct Stint: Hashable, Sendable {
        public var name: String
        public var start: CaseTime
        public var end: CaseTime
        /// Whole minutes in the stint.
        public var minutes: Int { Int(end.minutes(since: start)) }
    }

    public var start: CaseTime?
    public var end: CaseTime?
    public var stints: [Stint]

    /// Events that start an activity (bypass, ECMO, regional or organ perfusion, standby, an IABP insertion).
    public static let startKinds: Set<EventKind> = [.bypassOn, .ecmoOn, .perfusionStart, .standbyStart, .deviceInsertion]
    /// Events that end one.
    public static let endKinds: Set<EventKind> = [.bypassOff, .ecmoOff, .perfusionEnd, .standbyEnd, .deviceRemoval]
    /// Roles that hold charge at the start, in order of precedence.
    static let chargeOrder: [TeamRole] = [.primaryPerfusionist, .ecmoSpecialist, .instructorPerfusionist,
                                          .supervisorPerfusionist, .standbyPerfusionist, .studentPerformed,
                                          .firstAssistantPerfusionist]

    /// The timeline of `record`.
    public init(_ record: PerfusionCase) {
        start = record.events.filter { Self.startKinds.contains($0.kind) }.map(\.time).min()
        end = record.events.filter { Self.endKinds.contains($0.kind) }.map(\.time).max()
        stints = []
        guard let start, let end, start < end else {
            self.start = nil
            self.end = nil
            return
        }
        var holder = Self.chargeOrder.lazy.compactMap { role in record.team.first { $0.role == role }?.name }.first
        var since = start
        for event in record.events where event.kind == .relief {
            guard let (incoming, outgoing) = Self.names(in: event) else { continue }
            if event.time <= start { holder = incoming; continue }
            if event.time >= end { break }
            if let current = holder ?? outgoing { stints.append(Stint(name: current, start: since, end: event.time)) }
            holder = incoming
            since = event.time
        }
        if let holder { stints.append(Stint(name: holder, start: since, end: end)) }
    }

    /// Whole minutes from start to end; nil without times.
    public var minutes: Int? {
        guard let start, let end else { return nil }
        return Int(end.minutes(since: start))
    }

    /// Who takes over and from whom: the reader's typed details, else `A takes over from B` / `A relieves B`.
    static func names(in event: CaseEvent) -> (incoming: String, outgoing: String?)? {
        if let incoming = event.details.incoming { return (incoming, event.details.outgoing) }
        var text = event.text
        if let colon = text.firstIndex(of: ":"), text[..<colon].lowercased().contains("relie") {
            text = String(text[text.index(after: colon)...])
        }
        for separator in [" takes over from ", " relieves "] {
            if let range = text.range(of: separator, options: .caseInsensitive) {
                let incoming = text[..<range.lowerBound].trimmingCharacters(in: .whitespaces)
                let outgoing = text[range.upperBound...].trimmingCharacters(in: .whitespaces.union(.punctuationCharacters))
                return incoming.isEmpty ? nil : (incoming, outgoing.isEmpty ? nil : outgoing)
            }
        }
        return nil
    }
}
