// PerfusioMarkdown owns the pump-log format: LogReader and LogWriter (Markdown body + YAML front matter),
// the vocabulary tables (event phrases, column aliases, fluid phrases), the blank template and safe HTML.
// It is the only importer of CCmarkGFM (in Parsing/CmarkDocument.swift); YAML goes through PerfusioYAML.
// It must not import rules, renderers or registries.
