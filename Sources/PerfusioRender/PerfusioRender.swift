// PerfusioRender owns the perfusion chart (SVG we write ourselves), the view structs the templates see,
// and rendering through swift-mustache. It reads only the model (PerfusioCore) and the Markdown renderer for notes;
// it never reads files other than the templates folder it is given, and never imports the rules or the readers' C libraries.
