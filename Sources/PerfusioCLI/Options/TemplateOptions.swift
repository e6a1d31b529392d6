import ArgumentParser
import Foundation
import Perfusio

/// Where to find the templates folder when it is not in the usual places (`docs/cli.md`, "Resources").
struct TemplateOptions: ParsableArguments {
    @Option(help: ArgumentHelp("The templates folder (reports, handovers).", valueName: "dir"))
    var templates: String?

    /// The templates folder, or an error naming every place tried.
    func templatesFolder() throws -> URL {
        try ResourceLocator().locate(.templates, explicit: templates)
    }
}
