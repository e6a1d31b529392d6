// PerfusioYAML owns safe YAML decoding with source locations for every data file Perfusio reads
// (log front matter, rule packs, registry profiles, capture mappings, credential profiles).
// It is the only module that imports Yams; it never calls `Yams.load` on input and imports no C library itself.
