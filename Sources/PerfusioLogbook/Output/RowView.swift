import PerfusioCore

/// One logbook row as text.
public struct RowView: Codable, Hashable, Sendable {
    public var number: Int
    public var date: String
    public var institution: String
    public var kind: String
    public var kindName: String
    /// The mode of support, when the record gives one.
    public var mode: String?
    public var role: String
    public var roleName: String
    /// Minutes in charge (`95`), or empty when the record gives no times.
    public var minutesInCharge: String
    /// The share of the case in charge (`79 %`), or empty.
    public var share: String
    /// `shift 2, managed` for a shift row.
    public var shift: String?
    public var ageGroup: String
    public var reference: String
    public var certified: String
    /// The categories credited, by name (`Table A: …`), joined with `; `.
    public var categories: String
    /// The categories credited, by id (`table-a`), for narrow tables; the totals table names each id.
    public var categoryIDs: String
    public var credit: String
    public var counts: Bool
    /// Why the row does not count (nil when it counts).
    public var reason: String?
    public var reasonCode: String?
    public var remarks: String?

    init(_ row: LogbookRow, number: Int, categoryNames: [String: String], escape e: TextEscape) {
        let a = row.activity
        self.number = number
        date = a.date.description
        institution = e(a.institution ?? "")
        kind = a.kind.rawValue
        kindName = e(a.kind.displayName)
        mode = a.mode.map(e)
        role = a.role.rawValue
        roleName = e(a.role.displayName + (a.supervisor.map { ", supervised by \($0)" } ?? ""))
        minutesInCharge = a.minutesInCharge.map(String.init) ?? ""
        share = a.shareInCharge.map { "\(Int(($0 * 100).rounded(.down))) %" } ?? ""
        shift = a.shift.map { "shift \($0.number), " + ($0.isInitiation ? "initiated" : "managed") }
        ageGroup = a.ageGroup.displayName
        reference = e(a.reference)
        certified = a.isCertified.map { $0 ? "yes" : "no" } ?? ""
        categories = e(row.credits.map { categoryNames[$0.category] ?? $0.category }.joined(separator: "; "))
        categoryIDs = e(row.credits.map(\.category).joined(separator: "; "))
        credit = Points.text(row.credits.map(\.points).reduce(0, +))
        counts = row.counts
        reason = row.exclusion.map { e($0.text) }
        reasonCode = row.exclusion?.code
        remarks = row.remarks.isEmpty ? nil : e(row.remarks.joined(separator: "; "))
    }
}
