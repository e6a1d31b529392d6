/// A view as nested dictionaries for swift-mustache, made once per document.
///
/// swift-mustache finds a struct's field through `Mirror` at every tag, walking all the fields each time (the
/// largest cost of rendering a report); a `[String: Any]` answers a name at once. Only PerfusioRender's own view
/// structs are converted: their stored properties become keys, a nil optional left out (a `Mirror` lookup finds
/// nothing for it either, and the template looks further up the context stack in both cases); arrays are converted
/// element by element; strings, numbers and booleans are kept as they are. Output is unchanged (the goldens).
enum TemplateValues {
    static func tree(_ value: Any) -> Any {
        let mirror = Mirror(reflecting: value)
        switch mirror.displayStyle {
        case .struct? where isView(value):
            var fields: [String: Any] = [:]
            fields.reserveCapacity(Int(mirror.children.count))
            for child in mirror.children {
                guard let label = child.label, fields[label] == nil, let field = unwrapped(child.value) else { continue }
                fields[label] = tree(field)
            }
            return fields
        case .collection? where value is [Any]:
            return mirror.children.map { tree($0.value) }
        default:
            return value
        }
    }

    /// The value an optional holds, nil for an empty one; any other value as it is.
    private static func unwrapped(_ value: Any) -> Any? {
        let mirror = Mirror(reflecting: value)
        guard mirror.displayStyle == .optional else { return value }
        return mirror.children.first?.value
    }

    private static func isView(_ value: Any) -> Bool {
        String(reflecting: type(of: value)).hasPrefix("PerfusioRender.")
    }
}
