// PerfusioCaptures
