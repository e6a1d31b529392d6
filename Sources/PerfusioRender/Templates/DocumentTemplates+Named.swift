extension DocumentTemplates {
    /// Renders `view` with the template `name` (a path without `.mustache`, e.g. `quality/html`): for documents
    /// whose views are built in other modules (the registry data-quality report, the quality dashboard).
    /// - Throws: ``TemplateError/missing(name:folder:)`` when there is no such template.
    public func render(_ view: some Sendable, template name: String) throws(TemplateError) -> String {
        guard let text = library.render(view, withTemplate: name) else {
            throw TemplateError.missing(name: name + ".mustache", folder: folder)
        }
        return text
    }
}
