// PerfusioRules owns clinical rule packs: loading them (data in schemas/rules/, read through PerfusioYAML),
// institution overrides, applicability (kind, age and weight band, phase) and one Swift file per check kind.
// It reads only PerfusionCase and CaseFigures; it does no file I/O (the Perfusio library reads the files)
// and must not import readers, renderers or registries.
