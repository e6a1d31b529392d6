import Crypto
import Foundation
import PerfusioCore

/// The case reference a logbook shows instead of any identifier: `C-` and the first 12 hex digits of
/// HMAC-SHA256(site key, case id + date).
///
/// The site key is a secret the department keeps (`--site-key FILE`); with it, the site can find the case
/// again by computing the reference of its own case ids. Without the key nobody can turn a reference back into
/// a case id, nor confirm a guessed one (case ids are short and sequential, so an unkeyed hash could be
/// reversed by trying them all). Without a key no reference is shown.
public struct CaseReference: Sendable {
    private let key: [UInt8]?

    /// A reference maker with the site's secret key bytes; nil or empty bytes give no references.
    public init(siteKey: [UInt8]?) {
        key = siteKey.flatMap { $0.isEmpty ? nil : $0 }
    }

    /// True when a site key was given.
    public var hasKey: Bool { key != nil }

    /// The reference of `caseKey`, or `—` without a site key.
    public func reference(for caseKey: CaseKey) -> String {
        guard let key else { return "—" }
        let message = Array("\(caseKey.caseID)\u{1F}\(caseKey.date)".utf8)
        let mac = HMAC<SHA256>.authenticationCode(for: message, using: SymmetricKey(data: key))
        return "C-" + mac.prefix(6).map { String(format: "%02x", $0) }.joined()
    }
}
