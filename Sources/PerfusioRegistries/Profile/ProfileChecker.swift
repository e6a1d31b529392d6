import PerfusioCore

/// Checks a parsed profile as a whole: unique columns, known references, codes where codes are needed.
struct ProfileChecker {
    let reader: ProfileNodeReader

    func check(_ profile: RegistryProfile) {
        func location(line: Int) -> SourceLocation { SourceLocation(file: profile.file, line: line) }
        var seen: [String: Int] = [:]
        for field in profile.fields {
            if let first = seen[field.column] {
                reader.report(RegistriesDiagnostics.profileColumnDuplicate,
                              "column '\(field.column)' is already defined at line \(first)", at: location(line: field.line))
            } else {
                seen[field.column] = field.line
            }
            if field.type == .code && field.codes.isEmpty {
                reader.report(RegistriesDiagnostics.profileCodesMissing, "\(field.column): a code field needs 'codes'",
                              at: location(line: field.line))
            }
            if let parent = field.parent { checkParent(parent, of: field, in: profile, at: location(line: field.line)) }
        }
        if case .xml(let root, let record) = profile.format {
            for name in [root, record] + profile.columns where !Self.isXMLName(name) {
                reader.report(RegistriesDiagnostics.profileValueInvalid,
                              "'\(name)' cannot be an XML element name (a letter or _, then letters, digits, _, - or .)",
                              at: location(line: profile.field(name)?.line ?? 1))
            }
        }
        for check in profile.checks {
            for column in [check.left, check.right] where profile.field(column)?.type.isNumeric != true {
                reader.report(RegistriesDiagnostics.profileReferenceUnknown,
                              "\(check.id): '\(column)' is not a numeric column of this profile", at: location(line: check.line))
            }
        }
    }

    /// An XML element name in the ASCII subset: a letter or `_`, then letters, digits, `_`, `-`, `.`; not `xml…`.
    static func isXMLName(_ name: String) -> Bool {
        guard let first = name.unicodeScalars.first, first.isASCII, first.properties.isAlphabetic || first == "_",
              !name.lowercased().hasPrefix("xml") else { return false }
        return name.unicodeScalars.allSatisfy { $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || "_-.".unicodeScalars.contains($0)) }
    }

    private func checkParent(_ parent: FieldCondition, of field: ProfileField, in profile: RegistryProfile,
                             at location: SourceLocation) {
        guard let parentField = profile.field(parent.column) else {
            reader.report(RegistriesDiagnostics.profileReferenceUnknown,
                          "\(field.column): parent column '\(parent.column)' is not in this profile", at: location)
            return
        }
        let known = parentField.type == .yesNo ? [profile.yesNo.yes, profile.yesNo.no] : parentField.codes.map(\.code)
        for code in parent.codes where !known.contains(code) {
            reader.report(RegistriesDiagnostics.profileReferenceUnknown,
                          "\(field.column): '\(code)' is not a code of parent column '\(parent.column)'", at: location)
        }
    }
}
