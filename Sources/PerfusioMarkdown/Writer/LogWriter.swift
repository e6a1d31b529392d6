import PerfusioCore

/// Writes a ``PerfusionCase`` as a pump log in the documented conventions (docs/log-format.md).
///
/// The output is deterministic and reads back with ``LogReader`` into an equal model (origins aside): every
/// event, reading value with its unit and decimals, fluid, blood product, checklist item, note and unknown
/// field. Captured readings go in their own `## Captured readings` table with their device and flags.
///
/// ```swift
/// let markdown = LogWriter().write(record)
/// ```
public struct LogWriter: RecordWriter {
    public init() {}

    public func write(_ record: PerfusionCase) -> String {
        var blocks: [String] = ["---\n" + frontMatter(record) + "---", "# " + title(record.header.kind)]
        blocks += unparsed(record, section: nil)
        blocks += section(.events, events(record), record)
        blocks += section(.readings, readingsTable(record.readings.filter { $0.origin?.kind != .captured }, captured: false, caseDate: record.header.date), record)
        blocks += section(.capturedReadings, readingsTable(record.readings.filter { $0.origin?.kind == .captured }, captured: true, caseDate: record.header.date), record)
        blocks += section(.fluids, fluids(record), record)
        blocks += section(.bloodProducts, nil, record)
        blocks += section(.checklist, checklist(record), record)
        blocks += section(.notes, notes(record), record)
        blocks += section(.handover, record.handover.flatMap { $0.isEmpty ? nil : $0 }, record)
        for title in unknownSections(record) {
            blocks.append("## " + title)
            blocks += record.notes.filter { $0.isUnparsed && $0.section == title }.map(\.text)
        }
        return blocks.joined(separator: "\n\n") + "\n"
    }

    /// `# Pump log`, or `# ECMO run log`.
    func title(_ kind: CaseKind) -> String {
        kind == .ecmo ? "ECMO run log" : "Pump log"
    }

    /// A section's heading, its content and the unparsed notes that stood in it; nothing when all are empty.
    private func section(_ section: LogSection, _ content: String?, _ record: PerfusionCase) -> [String] {
        let kept = unparsed(record, section: section)
        guard content != nil || !kept.isEmpty else { return [] }
        return ["## " + section.rawValue] + [content].compactMap { $0 } + kept
    }

    /// Unparsed notes that stood in `section` (nil: before the first section), written back as they were.
    private func unparsed(_ record: PerfusionCase, section: LogSection?) -> [String] {
        record.notes.filter { $0.isUnparsed && $0.section == section?.rawValue }.map(\.text)
    }

    /// Sections Perfusio does not know, in the order their notes appear.
    private func unknownSections(_ record: PerfusionCase) -> [String] {
        var seen: [String] = []
        for note in record.notes where note.isUnparsed {
            if let s = note.section, LogSection(rawValue: s) == nil, !seen.contains(s) { seen.append(s) }
        }
        return seen
    }

    private func checklist(_ record: PerfusionCase) -> String? {
        guard !record.checklist.isEmpty else { return nil }
        return record.checklist.map { "- [\($0.isChecked ? "x" : " ")] " + Self.listText($0.text) }.joined(separator: "\n")
    }

    private func notes(_ record: PerfusionCase) -> String? {
        let plain = record.notes.filter { !$0.isUnparsed }.map(\.text).filter { !$0.isEmpty }
        return plain.isEmpty ? nil : plain.joined(separator: "\n\n")
    }

    /// Text for a list item: continuation lines indented under the marker.
    static func listText(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).joined(separator: "\n  ")
    }
}
