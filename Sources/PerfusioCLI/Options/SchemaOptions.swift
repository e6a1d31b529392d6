import ArgumentParser
import Foundation
import Perfusio

/// Where to find the schemas folder when it is not in the usual places (`docs/cli.md`, "Resources").
struct SchemaOptions: ParsableArguments {
    @Option(help: ArgumentHelp("The schemas folder (XSD, rule packs, registry profiles).", valueName: "dir"))
    var schemas: String?

    /// The schemas folder; a `--schemas` naming no folder throws, a folder not found otherwise gives nil.
    func schemasFolder() throws -> URL? {
        do {
            return try ResourceLocator().locate(.schemas, explicit: schemas)
        } catch {
            if schemas != nil { throw error }
            return nil
        }
    }

    /// The schemas folder, or an error naming every place tried (for commands that cannot work without it).
    func requiredSchemasFolder() throws -> URL {
        try ResourceLocator().locate(.schemas, explicit: schemas)
    }

    /// The format table of this build, its XML reader using the schemas folder.
    func formatTable() throws -> FormatTable {
        FormatTable.standard(schemas: try schemasFolder())
    }
}
