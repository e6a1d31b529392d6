// PerfusioXML
