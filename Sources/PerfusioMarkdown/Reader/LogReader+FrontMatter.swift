import PerfusioCore
import PerfusioYAML

extension LogReader.Session {
    /// Reads the front matter into the header, team, patient and circuit.
    mutating func readFrontMatter(_ split: FrontMatterSplit) {
        let start = SourceLocation(file: file, line: 1, column: 1)
        guard let yaml = split.yaml else {
            report(MarkdownDiagnostics.frontMatterMissing("the log must start with a `---` line and the case header", at: start))
            isHeaderUsable = false
            return
        }
        guard !split.isUnclosed else {
            report(MarkdownDiagnostics.frontMatterUnclosed("the front matter opened here is never closed with `---`", at: start))
            isHeaderUsable = false
            return
        }
        switch SafeYAML.compose(yaml, file: file, lineOffset: 1) {
        case .failure(let failure):
            diagnostics += failure.diagnostics
            isHeaderUsable = false
        case .success(let root):
            guard let entries = root.entries else {
                report(MarkdownDiagnostics.frontMatterShape("the front matter must be `key: value` lines", at: root.location))
                isHeaderUsable = false
                return
            }
            readHeader(entries, at: root.location)
        }
    }

    private mutating func readHeader(_ entries: [YAMLEntry], at location: SourceLocation) {
        record.header.origin = .typed(at: location)
        let seen = Set(entries.map(\.key))
        // Blocks last: the patient's date of birth is checked against the case date wherever `date` stands.
        let isBlock = { (e: YAMLEntry) in ["team", "patient", "circuit"].contains(e.key) }
        for entry in entries.filter({ !isBlock($0) }) + entries.filter(isBlock) {
            switch entry.key {
            case "record": break
            case "case_id": record.header.caseID = text(entry) ?? ""
            case "kind": record.header.kind = kind(entry) ?? record.header.kind
            case "date": record.header.date = date(entry) ?? record.header.date
            case "mode": record.header.mode = text(entry)
            case "institution": record.header.institution = text(entry)
            case "theatre", "location": record.header.location = text(entry)
            case "procedure": record.header.procedure = text(entry)
            case "indication": record.header.indication = text(entry)
            case "urgency": record.header.urgency = urgency(entry)
            case "team": readTeam(entry)
            case "patient": readPatient(entry)
            case "circuit": readCircuit(entry)
            default:
                let kept = keepUnknown(entry, prefix: "")
                record.header.otherFields += kept
            }
        }
        for key in ["case_id", "kind", "date"] where !seen.contains(key) {
            report(MarkdownDiagnostics.headerMissing("the front matter has no `\(key)`", at: location))
            isHeaderUsable = false
        }
    }

    /// The entries of a block key (`patient:`); reports and returns nil when it is not a block.
    mutating func block(_ entry: YAMLEntry) -> [YAMLEntry]? {
        if let entries = entry.value.entries { return entries }
        report(MarkdownDiagnostics.headerInvalid("`\(entry.key)` must be a block of `key: value` lines", at: entry.value.location))
        return nil
    }

    /// A scalar's text; reports and returns nil for lists and mappings.
    mutating func text(_ entry: YAMLEntry) -> String? {
        switch entry.value {
        case .scalar(let s, _): return s
        case .null: return nil
        default:
            report(MarkdownDiagnostics.headerInvalid("`\(entry.key)` must be a single value, not a list or mapping",
                                                     at: entry.value.location))
            return nil
        }
    }

    /// Keeps an unknown key (and the leaves under it) as labelled text, and warns about it.
    mutating func keepUnknown(_ entry: YAMLEntry, prefix: String) -> [LabeledText] {
        report(MarkdownDiagnostics.keyUnknown("`\(prefix)\(entry.key)` is not a key Perfusio knows; it is kept as written",
                                              at: entry.keyLocation))
        var fields: [LabeledText] = []
        flatten(entry.value, label: prefix + entry.key, into: &fields)
        return fields
    }

    /// Scalars under `value`, labelled by their dotted key path (`custom.sub`, `list.1`).
    func flatten(_ value: YAMLValue, label: String, into fields: inout [LabeledText]) {
        switch value {
        case .scalar(let s, let l): fields.append(LabeledText(label: label, text: s, origin: .typed(at: l)))
        case .null(let l): fields.append(LabeledText(label: label, text: "", origin: .typed(at: l)))
        case .sequence(let items, _):
            for (i, item) in items.enumerated() { flatten(item, label: "\(label).\(i + 1)", into: &fields) }
        case .mapping(let entries, _):
            for e in entries { flatten(e.value, label: "\(label).\(e.key)", into: &fields) }
        }
    }

    private mutating func kind(_ entry: YAMLEntry) -> CaseKind? {
        guard let t = text(entry) else { return nil }
        let synonyms: [String: CaseKind] = ["bypass": .cpb, "ecls": .ecmo, "cardiopulmonary bypass": .cpb]
        if let k = CaseKind(rawValue: t.lowercased()) ?? synonyms[t.lowercased()] { return k }
        let known = CaseKind.allCases.map(\.rawValue).joined(separator: ", ")
        report(MarkdownDiagnostics.headerInvalid("`kind` must be one of \(known)", at: entry.value.location))
        isHeaderUsable = false
        return nil
    }

    private mutating func date(_ entry: YAMLEntry) -> CaseDate? {
        if let t = text(entry), let d = CaseDate(iso: t) { return d }
        report(MarkdownDiagnostics.headerInvalid("`date` must be a date written yyyy-MM-dd", at: entry.value.location))
        isHeaderUsable = false
        return nil
    }

    private mutating func urgency(_ entry: YAMLEntry) -> Urgency? {
        guard let t = text(entry) else { return nil }
        let synonyms: [String: Urgency] = ["emergency": .emergent, "elective": .elective, "urgent": .urgent,
                                           "emergent": .emergent, "salvage": .salvage]
        if let u = synonyms[t.lowercased()] { return u }
        report(MarkdownDiagnostics.headerInvalid("`urgency` must be elective, urgent, emergent or salvage", at: entry.value.location))
        return nil
    }
}
