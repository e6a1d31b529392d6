import Foundation

/// Walks a Mustache template the way swift-mustache resolves names (a name climbs the context stack; sections
/// push the first element of an array, or the value itself) and lists every name no view value holds.
/// Swift-mustache renders a missing name as nothing, silently: this is what catches a typo in a template.
struct TemplateNames {
    /// Template sources by name (`report/html`), including partials.
    var sources: [String: String]

    init(folder: URL) throws {
        var sources: [String: String] = [:]
        let files = FileManager.default.enumerator(atPath: folder.path)?.compactMap { $0 as? String } ?? []
        for path in files where path.hasSuffix(".mustache") {
            sources[String(path.dropLast(".mustache".count))] = try String(contentsOf: folder.appendingPathComponent(path), encoding: .utf8)
        }
        self.sources = sources
    }

    static let tag = try! NSRegularExpression(pattern: #"\{\{(\{)?\s*([#^/>&!%]?)\s*(.*?)\s*\}?\}\}"#, options: [.dotMatchesLineSeparators])

    /// Every tag of `template` as (sigil, name).
    func tags(_ template: String) -> [(String, String)] {
        guard let text = sources[template] else { return [] }
        return Self.tag.matches(in: text, range: NSRange(text.startIndex..., in: text)).map { m in
            let sigil = m.range(at: 1).location != NSNotFound ? "{" : String(text[Range(m.range(at: 2), in: text)!])
            return (sigil, String(text[Range(m.range(at: 3), in: text)!]))
        }
    }

    /// The names in `template` (and the partials it includes) that `view` does not hold, as `template: name`.
    func missing(in template: String, view: Any) -> [String] {
        var missing: [String] = []
        walk(template, stack: [view], missing: &missing)
        return missing
    }

    private func walk(_ template: String, stack initial: [Any], missing: inout [String]) {
        guard sources[template] != nil else { missing.append("\(template): no such template"); return }
        var stack = initial
        var frames: [Int] = []  // stack depth to return to at each section end
        for (sigil, name) in tags(template) {
            switch sigil {
            case "!", "%": continue
            case ">": walk(name, stack: stack, missing: &missing)
            case "/": if let depth = frames.popLast() { stack.removeLast(stack.count - depth) }
            case "#", "^":
                frames.append(stack.count)
                guard let value = resolve(name, in: stack) else { missing.append("\(template): \(name)"); continue }
                if sigil == "#", let pushed = Self.sectionValue(value) { stack.append(pushed) }
            default:
                if resolve(name, in: stack) == nil { missing.append("\(template): \(name)") }
            }
        }
    }

    /// The value a section pushes: an array's first element, an optional's value, nothing for a Bool.
    static func sectionValue(_ value: Any) -> Any? {
        if value is Bool { return nil }
        let mirror = Mirror(reflecting: value)
        if mirror.displayStyle == .collection { return mirror.children.first?.value }
        return value
    }

    /// The value named `name` (dotted) in the stack, climbing as swift-mustache does; `.` is the top.
    /// A nil optional counts as present (its label exists) and resolves to a marker.
    func resolve(_ name: String, in stack: [Any]) -> Any? {
        if name == "." { return stack.last }
        let parts = name.split(separator: ".").map(String.init)
        for object in stack.reversed() {
            guard var value = Self.child(parts[0], of: object) else { continue }
            for part in parts.dropFirst() {
                guard let next = Self.child(part, of: value) else { return nil }
                value = next
            }
            return value
        }
        return nil
    }

    static func child(_ name: String, of object: Any) -> Any? {
        guard let child = Mirror(reflecting: object).children.first(where: { $0.label == name })?.value else { return nil }
        let mirror = Mirror(reflecting: child)
        if mirror.displayStyle == .optional { return mirror.children.first?.value ?? NilValue() }
        return child
    }

    struct NilValue {}
}
