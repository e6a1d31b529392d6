import PerfusioCore

extension CaptureReader {
    /// True when the start of `bytes` looks like this mapping's export: for the CDI line format, a sample line among
    /// the first 100 lines; for a delimited file with a header, a header holding every column the mapping names.
    /// A headerless delimited file is never recognised: name its mapping explicitly.
    public func recognises(_ bytes: [UInt8]) -> Bool {
        var head = Array(bytes.prefix(65_536))
        var text: String?
        for _ in 0..<4 where text == nil && !head.isEmpty {
            if case .success(let t) = CaptureText.decode(head, as: mapping.encoding, file: "") { text = t } else { head.removeLast() }
        }
        guard let text else { return false }
        switch mapping.format {
        case .terumoCDILine:
            let parser = DeviceTimeParser(format: mapping.time.format)
            return DelimitedRows(text, delimiter: mapping.delimiter).prefix(100).contains { row in
                let lead = CDILead(row.fields[0])
                return row.fields.count == CDILineReader.fieldCount && lead.flag.map { CDILineReader.markers[$0] != nil } == true
                    && parser.parse(lead.clock) != nil
            }
        case .delimited:
            guard mapping.hasHeaderRow else { return false }
            let rows = DelimitedRows(text, delimiter: mapping.delimiter, stripsQuotesFromFirstLine: mapping.stripsHeaderQuotes)
            guard let header = rows.first(where: { !$0.isBlank }) else { return false }
            if case .success = ColumnLayout.resolve(mapping, header: header.fields) { return true }
            return false
        }
    }
}

extension CaptureReader {
    /// The first of `mappings` that recognises `bytes`; an empty or binary file, or one no mapping recognises, is
    /// refused with a diagnostic naming `file`.
    public static func identify(_ bytes: [UInt8], file: String, among mappings: [CaptureMapping]) -> Result<CaptureMapping, CaptureRefusal> {
        if case .failure(let refusal) = CaptureText.decode(Array(bytes.prefix(65_536)), as: .latin1, file: file) {
            return .failure(refusal)
        }
        if let mapping = mappings.first(where: { CaptureReader(mapping: $0).recognises(bytes) }) { return .success(mapping) }
        let devices = mappings.map(\.device).joined(separator: ", ")
        return .failure(CaptureRefusal(CaptureDiagnostics.formatUnknown(
            "not an export of any device with a mapping (\(devices)); name its mapping with --mapping FILE",
            at: SourceLocation(file: file, line: 1))))
    }
}
