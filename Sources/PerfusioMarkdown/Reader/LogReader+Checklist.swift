import PerfusioCore

extension LogReader.Session {
    /// Checklist: task list items (`- [x] …`, `- [ ] …`); anything else is kept as a note.
    mutating func readChecklist(_ blocks: [MarkdownBlock]) {
        for block in blocks {
            guard let items = listItems(block) else {
                keepUnparsed(body.text(block.span), section: .checklist, at: body.location(block.span),
                             message: "checklist items are written `- [x] text` or `- [ ] text`; this is kept as a note")
                continue
            }
            for item in items {
                guard let checked = item.isChecked, let paragraph = item.paragraph else {
                    keepUnparsed(body.text(item.span), section: .checklist, at: body.location(item.span),
                                 message: "checklist items are written `- [x] text` or `- [ ] text`; this is kept as a note")
                    continue
                }
                record.checklist.append(ChecklistItem(text: body.text(paragraph), isChecked: checked,
                                                      origin: .typed(at: body.location(item.span))))
                keepRest(of: item, section: .checklist)
            }
        }
    }
}
