// Perfusio is the library users import: the format table, input collection, loading, validation, batch running,
// resource lookup, diagnostic rendering and atomic file writes. All file I/O of the package lives here.
// It must not import ArgumentParser (CLI only); readers and writers are reached through the format table.
