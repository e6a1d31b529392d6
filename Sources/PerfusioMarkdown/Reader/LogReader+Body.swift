import PerfusioCore

extension LogReader.Session {
    /// Where the blocks being read stand: before any section, in a known section, or under an unknown heading.
    enum Place: Equatable {
        case preamble
        case known(LogSection)
        case unknown(String)
    }

    /// Groups the body's blocks by section heading and reads each section.
    mutating func readBody(_ blocks: [MarkdownBlock]) {
        var place = Place.preamble
        var sectionLevel = 0
        var pending: [MarkdownBlock] = []
        for block in blocks {
            guard case .heading(let level, let span) = block else {
                pending.append(block)
                continue
            }
            let title = headingText(span)
            let section = LogSection.named(title)
            if section == nil, case .known = place, level > sectionLevel {
                pending.append(.other(span))  // a sub-heading inside a section belongs to it
                continue
            }
            read(pending, in: place)
            pending = []
            sectionLevel = level
            if let section {
                place = .known(section)
            } else if level == 1, place == .preamble {
                continue  // the log's title (`# Pump log`)
            } else {
                place = .unknown(title)
                report(MarkdownDiagnostics.sectionUnknown(
                    "no section of a pump log is called this; its content is kept as notes", at: body.location(span)))
            }
        }
        read(pending, in: place)
        // A stable sort by time; readings already in time order (the usual table) are left as they are.
        let readings = record.readings
        guard readings.indices.dropFirst().contains(where: { readings[$0].time < readings[$0 - 1].time }) else { return }
        record.readings = readings.enumerated()
            .sorted { ($0.element.time, $0.offset) < ($1.element.time, $1.offset) }.map(\.element)
    }

    private mutating func read(_ blocks: [MarkdownBlock], in place: Place) {
        guard !blocks.isEmpty else { return }
        switch place {
        case .preamble:
            for block in blocks {
                keepUnparsed(body.text(block.span), section: nil, at: body.location(block.span), MarkdownDiagnostics.contentOutside,
                             message: "text before the first section is kept as a note; put it under `## Notes`")
            }
        case .unknown(let title):
            for block in blocks {
                record.notes.append(Note(text: body.text(block.span), section: title, isUnparsed: true,
                                         origin: .typed(at: body.location(block.span))))
            }
        case .known(let section):
            switch section {
            case .events: readEvents(blocks)
            case .readings: readReadings(blocks, captured: false)
            case .capturedReadings: readReadings(blocks, captured: true)
            case .fluids, .bloodProducts: readFluids(blocks, section: section)
            case .checklist: readChecklist(blocks)
            case .notes: readNotes(blocks)
            case .handover: readHandover(blocks)
            }
        }
    }

    /// A heading's text without its `#` marks.
    func headingText(_ span: SourceSpan) -> String {
        var t = Substring(body.text(span).split(separator: "\n").first ?? "")
        t = t.drop { $0 == "#" || $0 == " " }
        while let last = t.last, last == "#" || last == " " { t = t.dropLast() }
        return String(t)
    }

    /// Keeps what a list item holds after its first paragraph (a nested list, a second paragraph) as a note.
    mutating func keepRest(of item: MarkdownListItem, section: LogSection) {
        guard item.hasMoreBlocks, let paragraph = item.paragraph, item.span.endLine > paragraph.endLine else { return }
        let rest = body.lines(paragraph.endLine + 1, item.span.endLine).trimmed
        guard !rest.isEmpty else { return }
        keepUnparsed(rest.split(separator: "\n").map { String($0).trimmed }.joined(separator: "\n"), section: section,
                     at: body.location(line: paragraph.endLine + 1, byteColumn: 1),
                     message: "text nested under an item is kept as a note")
    }

    /// The items of a list block, or nil for any other block.
    func listItems(_ block: MarkdownBlock) -> [MarkdownListItem]? {
        if case .list(let items, _) = block { return items }
        return nil
    }
}
