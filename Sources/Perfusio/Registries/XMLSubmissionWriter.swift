import PerfusioRegistries
import PerfusioXML

/// Writes a submission in XML form (`format: xml` in the profile): `<root registry= specification=>` holding one
/// `<record>` per case, one element per column named as the registry names it.
public enum XMLSubmissionWriter {
    public static func write(_ rows: [CaseRow], profile: RegistryProfile, root: String, record: String) -> String {
        XMLTableWriter(root: root, record: record,
                       attributes: [("registry", profile.registry), ("specification", profile.specification)])
            .write(columns: profile.columns, rows: rows.map { $0.cells.map(\.text) })
    }
}
