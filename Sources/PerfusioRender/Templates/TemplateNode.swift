import Mustache

/// A view the templates read by name, answering each of its stored properties without reflection.
///
/// swift-mustache finds a plain struct's field through `Mirror` at every tag, walking all the fields each time (the
/// largest cost of rendering a report). A view instead answers a name with a `switch`: its stored property of that
/// name, nested views wrapped in ``TemplateNode``, and nil for an empty optional or an unknown name (in both cases the
/// template looks further up the context stack, as it does for a `Mirror` lookup). A test checks that every view
/// answers exactly its stored properties, so adding a field without its case fails.
protocol TemplateView {
    /// The field `name` as the templates see it; nil for an empty optional or a name the view does not have.
    func templateValue(named name: String) -> Any?
}

/// A view as swift-mustache sees it: a `MustacheParent`, so a tag is one `switch` on its name. A class, so the
/// context stack and every cast copy one reference rather than the whole view.
final class TemplateNode<View: TemplateView>: MustacheParent {
    let view: View

    init(_ view: View) { self.view = view }

    func child(named name: String) -> Any? { view.templateValue(named: name) }
}

extension TemplateView {
    /// This view ready for a template.
    var node: TemplateNode<Self> { TemplateNode(self) }
}

extension Optional where Wrapped: TemplateView {
    /// The view ready for a template, or nil (the section is left out).
    var node: TemplateNode<Wrapped>? { map(TemplateNode.init) }
}

extension Array where Element: TemplateView {
    /// The views ready for a template, in order (a section repeats once for each).
    var nodes: [TemplateNode<Element>] { map(TemplateNode.init) }
}
