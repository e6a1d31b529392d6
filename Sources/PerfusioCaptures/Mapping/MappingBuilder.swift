import PerfusioCore
import PerfusioYAML

/// Builds a ``CaptureMapping`` from a mapping file's top-level keys, collecting every problem.
struct MappingBuilder {
    let fields: YAMLFields

    static let delimiters: [String: Unicode.Scalar] = ["tab": "\t", "semicolon": ";", "comma": ",", "pipe": "|",
                                                        ";": ";", ",": ",", "|": "|", "\t": "\t"]
    static let formats = Dictionary(uniqueKeysWithValues: CaptureMapping.Format.allCases.map { ($0.rawValue, $0) })
    static let encodings = Dictionary(uniqueKeysWithValues: TextEncoding.allCases.map { ($0.rawValue, $0) })
    static let markers: [String: SampleMarker] = ["timer": .timer, "analysis": .analysis]
    static let sampleTypes = Dictionary(uniqueKeysWithValues: SampleType.allCases.map { ($0.rawValue, $0) })

    func build(into problems: inout [Diagnostic]) -> CaptureMapping? {
        let device = fields.text("device", required: true, into: &problems)?.0
        let format = fields.choice("format", Self.formats, default: .delimited, into: &problems)
        let delimiter = fields.choice("delimiter", Self.delimiters, default: ",", into: &problems)
        let decimal = fields.choice("decimal_mark", [".": Character("."), ",": Character(",")], default: ".", into: &problems)
        let encoding = fields.choice("encoding", Self.encodings, default: .utf8, into: &problems)
        let header = fields.flag("header_row", default: true, into: &problems)
        let strip = fields.choice("header_quotes", ["keep": false, "strip": true], default: false, into: &problems)
        let marker = fields.choice("samples", Self.markers, default: .timer, into: &problems)
        let time = timeColumn(into: &problems)
        let patient = fields.node("patient", into: &problems).flatMap { column($0, name: "patient", extra: [], into: &problems) }
        let sampleType = sampleTypeColumn(into: &problems)
        let errorPrefix = errorCodePrefix(into: &problems)
        let columns = fields.list("columns", required: true, into: &problems).enumerated().compactMap {
            valueColumn($0.element, name: "columns[\($0.offset + 1)]", into: &problems)
        }
        guard let device, let time else { return nil }
        let mapping = CaptureMapping(device: device, format: format, delimiter: delimiter, decimalMark: decimal,
                                     encoding: encoding, hasHeaderRow: header, stripsHeaderQuotes: strip, time: time,
                                     patientColumn: patient, sampleType: sampleType,
                                     missingTokens: Set(fields.texts("missing", into: &problems)),
                                     outOfRangeTokens: Set(fields.texts("out_of_range", into: &problems)),
                                     errorCodePrefix: errorPrefix, sampleMarker: marker, columns: columns)
        MappingConsistency(fields: fields).check(mapping, into: &problems)
        return mapping
    }

    private func timeColumn(into problems: inout [Diagnostic]) -> TimeColumn? {
        var reported: [Diagnostic] = []  // unknown keys were reported by `column` already
        guard let node = fields.node("time", required: true, into: &problems),
              let reference = column(node, name: "time", extra: ["format"], into: &problems),
              let time = YAMLFields(node, name: "time", allowed: ["name", "position", "occurrence", "format"],
                                    code: fields.code, keyCode: fields.keyCode, into: &reported),
              let (format, at) = time.text("format", required: true, into: &problems) else { return nil }
        guard DeviceTimeParser.isValid(format) else {
            problems.append(fields.code("`format` in time must be a date pattern naming at least hours (HH) and minutes (mm), "
                                        + "such as `d.M.yyyy HH:mm`; found `\(format)`", at: at))
            return nil
        }
        return TimeColumn(column: reference, format: format)
    }

    private func sampleTypeColumn(into problems: inout [Diagnostic]) -> SampleTypeColumn? {
        var reported: [Diagnostic] = []  // unknown keys were reported by `column` already
        guard let node = fields.node("sample_type", into: &problems),
              let reference = column(node, name: "sample_type", extra: ["values"], into: &problems),
              let values = YAMLFields(node, name: "sample_type", allowed: ["name", "position", "occurrence", "values"],
                                      code: fields.code, keyCode: fields.keyCode, into: &reported)?
                .node("values", required: true, into: &problems) else { return nil }
        var words: [String: SampleType] = [:]
        for entry in values.entries ?? [] {
            guard let word = entry.value.text, let type = Self.sampleTypes[word] else {
                let known = Self.sampleTypes.keys.sorted().joined(separator: ", ")
                problems.append(fields.code("`\(entry.key)` in sample_type.values must name one of: \(known)", at: entry.value.location))
                continue
            }
            words[entry.key] = type
        }
        return SampleTypeColumn(column: reference, values: words)
    }

    private func errorCodePrefix(into problems: inout [Diagnostic]) -> String? {
        guard let node = fields.node("error_codes", into: &problems),
              let codes = YAMLFields(node, name: "error_codes", allowed: ["prefix"], code: fields.code,
                                     keyCode: fields.keyCode, into: &problems) else { return nil }
        return codes.text("prefix", required: true, into: &problems)?.0
    }
}
