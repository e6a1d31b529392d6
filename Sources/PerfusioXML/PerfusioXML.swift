// PerfusioXML reads and writes the structured XML record (schemas/perfusion-case.xsd) with libxml2.
// It is the only module that imports CLibXML2; it must not import Markdown, YAML, rules or renderers,
// and it does no file I/O of its own except compiling a schema from a path it is given.
