// PerfusioLogbook owns the clinical activity log: who did what on each case, the staff list, credential
// profiles (data in schemas/credentials/) and the verdicts against them. It reads only PerfusionCase values:
// no file I/O (the Perfusio library reads files), no readers, no rule packs.
