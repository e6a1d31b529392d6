import Foundation

/// Turns text from a record (a case id) into a file name that is safe on every common file system.
///
/// Case ids are typed by people and may hold anything: `SEC/2026/0412`, `..`, control characters, `CON`. The
/// result has no path separator, no NUL or control character, no leading dot, no trailing dot or space, is not a
/// Windows reserved device name, and is at most `maximumLength` UTF-8 bytes; when nothing usable is left it is the
/// fallback.
///
/// ```swift
/// SafeFileName.from(caseID: "SEC/2026/0412")  // "SEC_2026_0412"
/// SafeFileName.from(caseID: "..")             // "record"
/// ```
public enum SafeFileName {
    /// The longest name produced, in UTF-8 bytes (well under the 255 most file systems allow, leaving room for
    /// an extension).
    public static let maximumLength = 100

    /// The Windows device names that cannot be file names, with or without an extension.
    public static let reservedNames: Set<String> = Set(["CON", "PRN", "AUX", "NUL"])
        .union((1...9).map { "COM\($0)" }).union((1...9).map { "LPT\($0)" })

    /// A safe file name (without extension) for a case id; `fallback` when nothing usable remains.
    public static func from(caseID: String, fallback: String = "record") -> String {
        var scalars = String.UnicodeScalarView()
        for scalar in caseID.unicodeScalars {
            scalars.append(isUnsafe(scalar) ? "_" : scalar)
        }
        var name = String(scalars).trimmingCharacters(in: .whitespaces)
        while name.hasPrefix(".") { name.removeFirst() }
        name = truncated(name)
        while name.hasSuffix(".") || name.hasSuffix(" ") { name.removeLast() }
        guard !name.isEmpty, name.contains(where: { $0 != "_" }) else { return fallback }
        let stem = name.split(separator: ".", maxSplits: 1).first.map(String.init) ?? name
        if reservedNames.contains(stem.uppercased()) { name = "_" + name }
        return name
    }

    private static func isUnsafe(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.value < 0x20 || scalar.value == 0x7F || (0x80...0x9F).contains(scalar.value) { return true }
        if scalar.properties.generalCategory == .format || scalar.properties.generalCategory == .lineSeparator
            || scalar.properties.generalCategory == .paragraphSeparator { return true }
        return "/\\:*?\"<>|".unicodeScalars.contains(scalar)
    }

    /// `name` cut to `maximumLength` UTF-8 bytes at a character boundary.
    private static func truncated(_ name: String) -> String {
        guard name.utf8.count > maximumLength else { return name }
        var result = ""
        for character in name {
            if result.utf8.count + character.utf8.count > maximumLength { break }
            result.append(character)
        }
        return result
    }
}
