/// One generated pump log: its file name and text, the fictional identifiers it carries, and what it leaves out.
public struct SyntheticLog: Sendable, Hashable {
    /// What a generated log may deliberately leave out.
    public enum Omission: String, Sendable, Hashable, CaseIterable {
        /// The patient's `sex:` line.
        case sex
        /// The patient's `height:` line.
        case height
        /// The glucose column of the readings table.
        case glucose
        /// The Hb column of the readings table.
        case haemoglobin
        /// The `Blood products` line (neither products nor `none`).
        case bloodProducts
    }

    public var fileName: String
    public var text: String
    public var caseID: String
    /// The patient's name, record number and date of birth (`yyyy-MM-dd`), all fictional.
    public var patientName: String
    public var recordNumber: String
    public var dateOfBirth: String
    /// The case date (`yyyy-MM-dd`).
    public var date: String
    public var omitted: Set<Omission>
}
