import PerfusioCore

/// `kind: required`: something a record must hold (AmSECT standard 4, DOMAIN.md §2.1).
///
/// ```yaml
/// check: { kind: required, item: checklist }          # a pre-bypass checklist is present
/// check: { kind: required, item: checklist-ticked }   # every checklist item is ticked (one finding per item)
/// ```
struct RequiredCheck: RuleCheck {
    enum Item: String, CaseIterable { case checklist, checklistTicked = "checklist-ticked" }
    static let placeholders: Set<String> = ["item"]
    var item: Item

    init(_ fields: YAMLFields) throws {
        try fields.allowOnly(["kind", "item"])
        item = try fields.requiredWord("item", Item.self)
    }

    func evaluate(_ context: RuleContext, _ rule: Rule) -> [RuleHit] {
        let checklist = context.record.checklist
        switch item {
        case .checklist:
            return checklist.isEmpty ? [RuleHit(location: context.record.header.origin?.location, fields: ["item": "checklist"])] : []
        case .checklistTicked:
            return checklist.filter { !$0.isChecked }.map {
                RuleHit(value: "not ticked", location: $0.origin?.location, fields: ["item": $0.text])
            }
        }
    }
}
