// PerfusioMarkdown
