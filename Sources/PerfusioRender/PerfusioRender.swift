// PerfusioRender
