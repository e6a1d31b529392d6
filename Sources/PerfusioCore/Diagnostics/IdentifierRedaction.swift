import Foundation

/// Takes a patient's direct identifiers out of diagnostic messages.
///
/// Messages say what was found (`` `sixty` is not a number (MAP) ``), so text typed where a number belongs, a column
/// named after someone or a checklist item quoting the wristband would carry the patient's name, record number or
/// date of birth into logs, terminals and CI output. Readers and rule runners pass their diagnostics through here
/// with the identity of the record they came from; each identifier is replaced by what it is:
///
/// ```swift
/// let identity = PatientIdentity(name: "Harold Example", recordNumber: "00482913")
/// IdentifierRedaction(identity).redact("`Harold` is not a number (Flow)")  // "`[patient name]` is not a number (Flow)"
/// ```
///
/// Matched case-insensitively and as whole words (`Ann` is not taken out of `planned`): the whole name and each of its parts of three letters or more (`Marlowe-Fitch`,
/// `Marlowe`, `Fitch`), the record number and each run of four or more of its letters and digits, and the date of
/// birth as `yyyy-MM-dd`, `dd/MM/yyyy`, `MM/dd/yyyy`, `dd.MM.yyyy` and `yyyyMMdd`.
public struct IdentifierRedaction: Sendable {
    /// Every identifier as lower-case characters (longest first, so the longest wins where several match), with its
    /// replacement. (A hand-written scan: `NSRegularExpression` leaks its compiled pattern on Linux, once per record.)
    let identifiers: [(characters: [String], label: String)]

    public init(_ identity: PatientIdentity) {
        var found: [(String, String)] = []
        if let name = identity.name?.trimmingCharacters(in: .whitespaces), !name.isEmpty {
            found += ([name] + Self.parts(of: name, separators: " ,.'-")).map { ($0, "[patient name]") }
            found += Self.parts(of: name, separators: " ,.'").map { ($0, "[patient name]") }
        }
        if let number = identity.recordNumber?.trimmingCharacters(in: .whitespaces), !number.isEmpty {
            found += ([number] + Self.parts(of: number, separators: nil, minimum: 4)).map { ($0, "[record number]") }
        }
        if let dob = identity.dateOfBirth {
            let (y, m, d) = (dob.description.prefix(4), dob.description.dropFirst(5).prefix(2), dob.description.suffix(2))
            found += [dob.description, "\(d)/\(m)/\(y)", "\(m)/\(d)/\(y)", "\(d).\(m).\(y)", "\(y)\(m)\(d)"]
                .map { ($0, "[date of birth]") }
        }
        identifiers = found.sorted { $0.0.count > $1.0.count }.map { (characters: $0.0.map { $0.lowercased() }, label: $0.1) }
    }

    /// True when there is nothing to take out.
    public var isEmpty: Bool { identifiers.isEmpty }

    /// `text` with every identifier replaced.
    public func redact(_ text: String) -> String {
        guard !isEmpty else { return text }
        let characters = Array(text), lowered = characters.map { $0.lowercased() }
        var result = "", index = 0
        while index < characters.count {
            if index == 0 || !Self.isWordCharacter(characters[index - 1]),
               let found = identifiers.first(where: { matches($0.characters, in: lowered, characters, at: index) }) {
                result += found.label
                index += found.characters.count
            } else {
                result.append(characters[index])
                index += 1
            }
        }
        return result
    }

    /// True when `word` stands at `index` of the text and is not followed by a letter or digit.
    private func matches(_ word: [String], in lowered: [String], _ characters: [Character], at index: Int) -> Bool {
        let end = index + word.count
        guard end <= lowered.count, lowered[index..<end].elementsEqual(word) else { return false }
        return end == characters.count || !Self.isWordCharacter(characters[end])
    }

    private static func isWordCharacter(_ c: Character) -> Bool { c.isLetter || c.isNumber }

    /// `diagnostics` with the identifiers taken out of their messages.
    public func redact(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        guard !isEmpty else { return diagnostics }
        return diagnostics.map { diagnostic in
            var redacted = diagnostic
            redacted.message = redact(diagnostic.message)
            return redacted
        }
    }

    /// The pieces of `text` between separators (letters and digits only when `separators` is nil) at least `minimum`
    /// characters long.
    private static func parts(of text: String, separators: String?, minimum: Int = 3) -> [String] {
        let pieces = separators.map { s in text.split { s.contains($0) } }
            ?? text.split { !$0.isLetter && !$0.isNumber }
        return pieces.map(String.init).filter { $0.count >= minimum && $0 != text }
    }
}
