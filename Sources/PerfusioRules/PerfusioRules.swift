// PerfusioRules
