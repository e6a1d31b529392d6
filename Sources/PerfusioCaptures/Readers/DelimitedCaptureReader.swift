import PerfusioCore

/// Reads a delimited export (CSV, TSV, the ABL800 patient log) as its mapping describes it.
struct DelimitedCaptureReader {
    let mapping: CaptureMapping

    func read(_ text: String, from file: String, selection: CaptureSelection) -> Capture {
        var capture = Capture(device: mapping.device, file: file)
        var rows = DelimitedRows(text, delimiter: mapping.delimiter,
                                 stripsQuotesFromFirstLine: mapping.hasHeaderRow && mapping.stripsHeaderQuotes).makeIterator()
        var header: [String]?
        if mapping.hasHeaderRow {
            while let row = rows.next() { if !row.isBlank { header = row.fields; break } }
        }
        let layout: ColumnLayout
        switch ColumnLayout.resolve(mapping, header: header) {
        case .success(let l): layout = l
        case .failure(let missing):
            capture.diagnostics.append(CaptureDiagnostics.columns("not a \(mapping.device) export: \(missing.message)",
                                                                  at: SourceLocation(file: file, line: 1)))
            return capture
        }
        var candidates: [(row: DelimitedRows.Row, patient: String)] = []
        while let row = rows.next() {
            guard !row.isBlank else { continue }
            candidates.append((row, layout.patient.map { Self.cell(row.fields, $0) } ?? ""))
        }
        guard let chosen = choose(candidates, selection: selection, file: file, into: &capture) else { return capture }
        let parser = DeviceTimeParser(format: mapping.time.format)
        let rowReader = RowReader(mapping: mapping, layout: layout, cells: CellReader(mapping), fieldCount: header?.count)
        for candidate in chosen {
            guard let sample = rowReader.sample(candidate.row, parser: parser, file: file, into: &capture.diagnostics) else { continue }
            if let window = selection.window, let moment = sample.deviceMoment, !window.contains(moment) {
                capture.unselectedSamples += 1
                continue
            }
            capture.samples.append(sample)
        }
        if capture.unselectedSamples > 0 {
            capture.diagnostics.append(CaptureDiagnostics.window(
                "\(capture.unselectedSamples) samples of other patients or outside the time window were left out",
                at: SourceLocation(file: file, line: 1)))
        }
        if capture.samples.isEmpty, !capture.diagnostics.hasErrors {
            capture.diagnostics.append(CaptureDiagnostics.noSamples("no \(mapping.device) sample was found",
                                                                    at: SourceLocation(file: file, line: 1)))
        }
        return capture
    }

    /// The rows of the selected patient; nil (with an error) when the choice is ambiguous or matches nothing.
    private func choose(_ rows: [(row: DelimitedRows.Row, patient: String)], selection: CaptureSelection, file: String,
                        into capture: inout Capture) -> [(row: DelimitedRows.Row, patient: String)]? {
        let at = SourceLocation(file: file, line: 1)
        if let wanted = selection.patientID {
            let kept = rows.filter { $0.patient.trimmingCharacters(in: .whitespaces) == wanted }
            capture.unselectedSamples = rows.count - kept.count
            if kept.isEmpty {
                capture.diagnostics.append(CaptureDiagnostics.patientNotFound(
                    "no sample in the export belongs to the requested patient id", at: at))
                return nil
            }
            return kept
        }
        let patients = Set(rows.map { $0.patient.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty })
        if patients.count > 1 {
            capture.diagnostics.append(CaptureDiagnostics.patientRequired(
                "the export holds samples of \(patients.count) patients; choose one with --patient", at: at))
            return nil
        }
        return rows
    }

    /// The field at `index`, or an empty string past the end of a short row.
    static func cell(_ fields: [String], _ index: Int) -> String { index < fields.count ? fields[index] : "" }
}
