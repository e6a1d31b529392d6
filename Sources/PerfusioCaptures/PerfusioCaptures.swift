// PerfusioCaptures owns bedside-device captures: reading CDI line output, ABL patient logs and any CSV/TSV
// described by a mapping file; artefact rules kept as data; clock offsets; merging captured readings into a record.
// It imports PerfusioCore, PerfusioYAML and the CSV library only: no file I/O (the Perfusio library reads files).
