import Foundation
import PerfusioCore

/// What one capture added to a record: samples, wall-clock span, the clock offset used, and per parameter how many
/// values were valid and how many excluded (and by which rule), with the valid range in the capture's unit.
public struct ImportSummary: Hashable, Sendable, Encodable {
    public var device: String
    public var samples: Int
    /// Wall-clock time of the first and last sample.
    public var first: CaseTime?
    public var last: CaseTime?
    public var clockOffset: ClockOffset
    /// By parameter (the record's element name: `ph`, `pco2`).
    public var parameters: [Parameter: ParameterSummary]

    public init(device: String, samples: Int, first: CaseTime?, last: CaseTime?, clockOffset: ClockOffset,
                parameters: [Parameter: ParameterSummary]) {
        self.device = device
        self.samples = samples
        self.first = first
        self.last = last
        self.clockOffset = clockOffset
        self.parameters = parameters
    }

    /// The summary of `placed` samples (after artefact rules), from one device.
    init(device: String, placed: [PlacedSample], offset: ClockOffset) {
        var parameters: [Parameter: ParameterSummary] = [:]
        for sample in placed {
            for (parameter, value) in sample.sample.values {
                parameters[parameter, default: ParameterSummary(unit: value.quantity?.unit ?? parameter.canonicalUnit)].add(value)
            }
        }
        self.init(device: device, samples: placed.count, first: placed.map(\.time).min(), last: placed.map(\.time).max(),
                  clockOffset: offset, parameters: parameters)
    }

    enum CodingKeys: String, CodingKey {
        case device, samples, first, last, parameters
        case clockOffset = "clock_offset_s", clockOffsetSource = "clock_offset_source"
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(device, forKey: .device)
        try c.encode(samples, forKey: .samples)
        try c.encode(first?.iso, forKey: .first)
        try c.encode(last?.iso, forKey: .last)
        try c.encode(clockOffset.seconds, forKey: .clockOffset)
        try c.encode(clockOffset.sourceName, forKey: .clockOffsetSource)
        try c.encode(Dictionary(uniqueKeysWithValues: parameters.map { ($0.key.rawValue, $0.value) }), forKey: .parameters)
    }
}

/// One parameter of an import: valid and excluded counts, why values were excluded, and the valid range.
public struct ParameterSummary: Hashable, Sendable, Encodable {
    public var valid = 0
    public var excluded = 0
    /// Excluded values by the rule that excluded them.
    public var excludedBy: [String: Int] = [:]
    /// Smallest and largest valid value, in `unit`.
    public var min: Double?
    public var max: Double?
    public var unit: ClinicalUnit

    public init(unit: ClinicalUnit) { self.unit = unit }

    mutating func add(_ value: ReadingValue) {
        guard value.isValid, let number = value.quantity?.value(in: unit) else {
            excluded += 1
            excludedBy[value.excludedBy ?? "no-number", default: 0] += 1
            return
        }
        valid += 1
        min = Swift.min(min ?? number, number)
        max = Swift.max(max ?? number, number)
    }

    enum CodingKeys: String, CodingKey { case valid, excluded, excludedBy = "excluded_by", min, max, unit }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(valid, forKey: .valid)
        try c.encode(excluded, forKey: .excluded)
        try c.encode(excludedBy, forKey: .excludedBy)
        try c.encode(min, forKey: .min)
        try c.encode(max, forKey: .max)
        try c.encode(unit.display, forKey: .unit)
    }
}
