import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import PerfusioCore
import PerfusioTestSupport
import Testing

/// Keeps the XSD's enumerations and reading elements equal to the Swift enums, so they never drift.
@Suite struct SchemaVocabularyTests {
    /// The XSD, read afresh (XMLDocument is not Sendable, so no shared copy).
    static var schema: XMLDocument {
        get throws { try XMLDocument(contentsOf: Fixtures.packageRoot.appendingPathComponent("schemas/perfusion-case.xsd")) }
    }

    /// The enumeration values of the simple type `name`, in order.
    static func enumeration(_ name: String) throws -> [String] {
        try schema.nodes(forXPath: "//*[local-name()='simpleType'][@name='\(name)']//*[local-name()='enumeration']/@value")
            .map { $0.stringValue ?? "" }
    }

    static func raw<T: CaseIterable & RawRepresentable>(_ type: T.Type) -> [String] where T.RawValue == String {
        T.allCases.map(\.rawValue)
    }

    static let expected: [(String, [String])] = [
        ("case-kind", raw(CaseKind.self)), ("urgency", raw(Urgency.self)), ("team-role", raw(TeamRole.self)),
        ("sex", raw(Sex.self)), ("cannula-role", raw(Cannula.Role.self)), ("event-kind", raw(EventKind.self)),
        ("cardioplegia-solution", raw(CardioplegiaSolution.self)), ("cardioplegia-route", raw(CardioplegiaRoute.self)),
        ("cerebral-perfusion", raw(CerebralPerfusion.self)), ("sample-type", raw(SampleType.self)),
        ("fluid-kind", raw(FluidKind.self)), ("blood-product-kind", raw(BloodProductKind.self)),
        ("origin-kind", raw(Origin.Kind.self)), ("unit", raw(ClinicalUnit.self)),
    ]

    @Test(arguments: expected.map(\.0))
    func enumerationEqualsSwiftCases(_ name: String) throws {
        let swift = Self.expected.first { $0.0 == name }?.1
        #expect(try Self.enumeration(name) == swift)
    }

    @Test func readingElementsAreTheParametersInOrderWithTheirCanonicalUnits() throws {
        let elements = try Self.schema.nodes(forXPath:
            "//*[local-name()='complexType'][@name='reading']/*[local-name()='sequence']/*[local-name()='element']")
        let declared = elements.compactMap { $0 as? XMLElement }.map { element -> [String] in
            let unit = (try? element.nodes(forXPath: ".//*[local-name()='attribute'][@name='unit']/@default"))?.first
            return [element.attribute(forName: "name")?.stringValue ?? "", unit?.stringValue ?? "-"]
        }
        let swift = Parameter.allCases.map { [$0.rawValue, $0.canonicalUnit.rawValue] } + [["other", "-"]]
        #expect(declared == swift)
    }

    @Test func namespaceAndVersionMatchTheFormat() throws {
        let root = try #require(try Self.schema.rootElement())
        #expect(root.attribute(forName: "targetNamespace")?.stringValue == PerfusioFormat.namespace)
        let version = try Self.schema.nodes(forXPath: "//*[local-name()='attribute'][@name='version']/@fixed")
        #expect(version.map(\.stringValue) == [PerfusioFormat.version])
    }
}
