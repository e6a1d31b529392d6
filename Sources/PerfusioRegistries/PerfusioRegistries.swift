// PerfusioRegistries owns registry profiles (data in schemas/registries/), the mapping from a case to a
// registry row, de-identification, the submission ledger (GRDB) and the data-quality report.
// It reads only `PerfusionCase` and derived figures; it must not import readers, rules or the CLI.
