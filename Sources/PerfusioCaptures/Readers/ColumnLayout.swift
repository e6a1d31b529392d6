import PerfusioCore

/// The mapping's column references resolved to 0-based field indexes against a header row (or by position).
struct ColumnLayout {
    var time: Int
    var patient: Int?
    var sampleType: Int?
    /// Value columns with their field index.
    var values: [(index: Int, column: ColumnMapping)]

    /// Resolves every reference; the error names the first column the header lacks.
    static func resolve(_ mapping: CaptureMapping, header: [String]?) -> Result<ColumnLayout, MissingColumns> {
        var missing: [ColumnReference] = []
        func index(_ reference: ColumnReference) -> Int {
            switch reference {
            case .position(let p):
                return p - 1
            case .name(let name, let occurrence):
                let hits = (header ?? []).indices.filter { clean(header![$0]) == name }
                guard hits.count >= occurrence else { missing.append(reference); return -1 }
                return hits[occurrence - 1]
            }
        }
        let layout = ColumnLayout(time: index(mapping.time.column), patient: mapping.patientColumn.map(index),
                                  sampleType: mapping.sampleType.map { index($0.column) },
                                  values: mapping.columns.map { (index($0.column), $0) })
        if let first = missing.first {
            let more = missing.count > 1 ? " and \(missing.count - 1) more" : ""
            return .failure(MissingColumns(message: "the header has no \(first)\(more)"))
        }
        return .success(layout)
    }

    /// A header name without surrounding spaces.
    static func clean(_ name: String) -> String { name.trimmingCharacters(in: .whitespaces) }
}

/// The columns a mapping names that the header lacks.
struct MissingColumns: Error {
    var message: String
}
