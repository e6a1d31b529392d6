/// A view as nested dictionaries for swift-mustache, made once per document.
///
/// swift-mustache finds a struct's field through `Mirror` at every tag, walking all the fields each time (the
/// largest cost of rendering a report); a `[String: Any]` answers a name at once. Only the view types below
/// (``TemplateView``) are converted: their stored properties become keys, a nil optional left out (a `Mirror`
/// lookup finds nothing for it either, and the template looks further up the context stack in both cases); arrays
/// of views are converted element by element; everything else is kept as it is. A view type not listed still
/// renders, through swift-mustache's own `Mirror` lookup. Output is unchanged (the goldens).
enum TemplateValues {
    static func tree(_ value: Any) -> Any {
        if value is TemplateView { return fields(of: value) }
        if let views = value as? [any TemplateView] { return views.map { fields(of: $0) } }
        return value
    }

    private static func fields(of view: Any) -> [String: Any] {
        let mirror = Mirror(reflecting: view)
        var fields: [String: Any] = [:]
        fields.reserveCapacity(Int(mirror.children.count))
        for child in mirror.children {
            guard let label = child.label, fields[label] == nil else { continue }
            let field: Any
            if let optional = child.value as? OptionalValue {
                guard let wrapped = optional.wrapped else { continue }
                field = wrapped
            } else {
                field = child.value
            }
            fields[label] = tree(field)
        }
        return fields
    }
}

/// A struct the templates see, converted by ``TemplateValues``.
protocol TemplateView {}

extension ReportView: TemplateView {}
extension HandoverView: TemplateView {}
extension ValueSection: TemplateView {}
extension TimedSection: TemplateView {}
extension LabeledValue: TemplateView {}
extension TimedLine: TemplateView {}
extension FindingView: TemplateView {}
extension ChecklistLine: TemplateView {}
extension NoteView: TemplateView {}

/// An optional seen as `Any`: what it holds, or nil.
private protocol OptionalValue {
    var wrapped: Any? { get }
}

extension Optional: OptionalValue {
    var wrapped: Any? { map { $0 } }
}
