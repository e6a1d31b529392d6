import Mustache

/// A view's text as the templates see it: rendered (and escaped by the template) exactly as the `String` would be,
/// without the casts and the `Mirror` swift-mustache spends on a plain `String`.
///
/// For a plain value swift-mustache tries a lambda, an optional and `String(describing:)` before writing it, and a
/// section over a text (`{{#measured}}…{{/measured}}`) pushes it on the context stack, where every name inside is
/// first looked for in the text through `Mirror`. This answers at once: its text, no child (as a `String` has none),
/// and the library's string transforms (`{{uppercased(title)}}`), so a template renders as it would with the `String`.
struct TemplateText: MustacheCustomRenderable, MustacheParent, MustacheTransformable {
    let text: String

    init(_ text: String) { self.text = text }

    var renderText: String { text }
    /// Never null: an empty text still opens its section, as an empty `String` does.
    var isNull: Bool { false }

    func child(named: String) -> Any? { nil }

    func transform(_ name: String) -> Any? { text.transform(name) }
}

extension String {
    /// This text ready for a template.
    var templateText: TemplateText { TemplateText(self) }
}

extension Optional<String> {
    /// The text ready for a template, or nil (the section is left out).
    var templateText: TemplateText? { map(TemplateText.init) }
}

extension Array<String> {
    /// The texts ready for a template, in order.
    var templateTexts: [TemplateText] { map(TemplateText.init) }
}
