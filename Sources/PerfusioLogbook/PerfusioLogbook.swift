// PerfusioLogbook
