import Crypto
import Foundation

/// Gives each case a stable pseudonymous id (HIPAA re-identification code, 45 CFR §164.514(c); DOMAIN.md §4).
///
/// Default, a **random surrogate**: drawn once per case from the system's secure generator and kept in the
/// site's ledger (`pseudonyms` table), so it is neither derived from nor translatable into anything about the
/// patient. Alternative, a **keyed hash** (`--site-key-file`): HMAC-SHA-256 of the site's case key with a
/// secret key kept at the site; stable without a table, but derived from an identifier, which HHS 2012 guidance
/// treats with caution. Neither the table nor the key is ever written into a submission.
public struct Pseudonymizer: Sendable {
    public enum Scheme: Sendable {
        case randomSurrogate
        /// The site's secret key bytes (at least 32).
        case keyedHash([UInt8])
    }

    public let scheme: Scheme
    /// Surrogates already in the ledger, by case key.
    private var known: [String: String]
    /// Surrogates drawn in this batch, by case key; the ledger stores them with the batch.
    public private(set) var introduced: [String: String] = [:]

    public init(scheme: Scheme, known: [String: String] = [:]) {
        self.scheme = scheme
        self.known = known
    }

    /// The pseudonymous id of the case with `caseKey` (`P-` and 16 hexadecimal digits).
    public mutating func pseudonym(for caseKey: String) -> String {
        switch scheme {
        case .keyedHash(let key):
            let mac = HMAC<SHA256>.authenticationCode(for: Data(caseKey.utf8), using: SymmetricKey(data: key))
            return "P-" + Self.hex(Array(mac).prefix(8))
        case .randomSurrogate:
            if let id = known[caseKey] ?? introduced[caseKey] { return id }
            var id: String
            repeat {
                var generator = SystemRandomNumberGenerator()
                id = "P-" + Self.hex((0..<8).map { _ in UInt8.random(in: .min ... .max, using: &generator) })
            } while known.values.contains(id) || introduced.values.contains(id)
            introduced[caseKey] = id
            return id
        }
    }

    /// The keyed-hash scheme for a site key file's bytes (raw, or text as written); nil when shorter than 32 bytes.
    public static func keyedHash(siteKey bytes: [UInt8]) -> Scheme? {
        bytes.count >= 32 ? .keyedHash(bytes) : nil
    }

    static func hex<S: Sequence>(_ bytes: S) -> String where S.Element == UInt8 {
        bytes.map { String($0, radix: 16).count == 1 ? "0" + String($0, radix: 16) : String($0, radix: 16) }.joined()
    }
}
