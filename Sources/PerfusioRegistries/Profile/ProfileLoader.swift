import PerfusioCore
import PerfusioYAML

/// Loads a registry profile from YAML, refusing a malformed one with file, line and what is wrong.
///
/// ```swift
/// switch ProfileLoader.load(text, id: "sts-acsd", file: "schemas/registries/sts-acsd.yaml") {
/// case .success(let profile): print(profile.columns)
/// case .failure(let failure): print(failure.diagnostics)
/// }
/// ```
public enum ProfileLoader {
    static let topKeys = ["registry", "specification", "status", "defined_by", "format", "xml", "kinds", "yes_no",
                          "fields", "checks"]

    /// Parses and checks a profile. Every problem is reported, not only the first.
    public static func load(_ text: String, id: String, file: String) -> Result<RegistryProfile, ProfileFailure> {
        let root: YAMLValue
        switch SafeYAML.compose(text, file: file) {
        case .success(let value): root = value
        case .failure(let failure): return .failure(ProfileFailure(diagnostics: failure.diagnostics))
        }
        let reader = ProfileNodeReader()
        guard let top = reader.mapping(root, "the profile", allowed: topKeys) else {
            return .failure(ProfileFailure(diagnostics: reader.diagnostics))
        }
        let fields = ProfileFieldParser(reader: reader).fields(top)
        let profile = RegistryProfile(
            id: id, registry: reader.text(top, "registry") ?? "", specification: reader.text(top, "specification") ?? "",
            status: status(top, reader), definedBy: reader.text(top, "defined_by") ?? "", format: format(top, reader),
            kinds: kinds(top, reader), yesNo: yesNo(top, reader), fields: fields,
            checks: ProfileFieldParser(reader: reader).checks(top), file: file)
        ProfileChecker(reader: reader).check(profile)
        return reader.diagnostics.isEmpty ? .success(profile) : .failure(ProfileFailure(diagnostics: reader.diagnostics))
    }

    private static func status(_ top: YAMLValue, _ reader: ProfileNodeReader) -> VerificationStatus {
        guard let text = reader.text(top, "status") else { return .unverified }
        if let status = VerificationStatus(rawValue: text) { return status }
        reader.report(RegistriesDiagnostics.profileValueInvalid,
                      "unknown status '\(text)'; expected one of \(VerificationStatus.allCases.map(\.rawValue).joined(separator: ", "))",
                      at: top["status"]?.location ?? top.location)
        return .unverified
    }

    private static func format(_ top: YAMLValue, _ reader: ProfileNodeReader) -> SubmissionFormat {
        switch reader.text(top, "format") {
        case "xml":
            guard let xml = top["xml"], let map = reader.mapping(xml, "'xml'", allowed: ["root", "record"]) else {
                reader.report(RegistriesDiagnostics.profileKeyMissing, "format xml needs 'xml: {root: …, record: …}'",
                              at: top.location)
                return .csv
            }
            return .xml(root: reader.text(map, "root") ?? "", record: reader.text(map, "record") ?? "")
        case "csv", nil: return .csv
        case let other?:
            reader.report(RegistriesDiagnostics.profileValueInvalid, "unknown format '\(other)'; expected csv or xml",
                          at: top["format"]?.location ?? top.location)
            return .csv
        }
    }

    private static func kinds(_ top: YAMLValue, _ reader: ProfileNodeReader) -> [CaseKind] {
        reader.texts(top, "kinds").compactMap { text in
            if let kind = CaseKind(rawValue: text) { return kind }
            reader.report(RegistriesDiagnostics.profileValueInvalid,
                          "unknown case kind '\(text)'; expected one of \(CaseKind.allCases.map(\.rawValue).joined(separator: ", "))",
                          at: top["kinds"]?.location ?? top.location)
            return nil
        }
    }

    private static func yesNo(_ top: YAMLValue, _ reader: ProfileNodeReader) -> YesNoCoding {
        guard let node = top["yes_no"], let map = reader.mapping(node, "'yes_no'", allowed: ["yes", "no"]) else {
            return YesNoCoding()
        }
        return YesNoCoding(yes: reader.text(map, "yes") ?? "Yes", no: reader.text(map, "no") ?? "No")
    }
}

/// A profile that could not be loaded, with every problem found.
public struct ProfileFailure: Error, Sendable {
    public var diagnostics: [Diagnostic]
    public init(diagnostics: [Diagnostic]) { self.diagnostics = diagnostics }
}
