// PerfusioRegistries
