import Dispatch
import PerfusioCore

extension LoadedRecord {
    /// Lets go of this record on a background thread when it is a captured one (its readings take tens of
    /// milliseconds to free), so its results are written meanwhile; a small record is let go of here, as before.
    ///
    /// ```swift
    /// let loaded = loader.load(input)
    /// let result = documents.render(loaded, .report, format: .html, writesFiles: true)
    /// loaded.release()
    /// ```
    public consuming func release() {
        guard (record?.readings.count ?? 0) >= ConcurrentMap.minimumReadings else { return }
        // The box is then the only owner: the record is freed where the box empties, on the background thread.
        let box = ReleaseBox(self)
        DispatchQueue.global(qos: .utility).async { box.empty() }
    }
}

/// Holds a record until a background thread lets go of it.
private final class ReleaseBox: @unchecked Sendable {
    private var loaded: LoadedRecord?

    init(_ loaded: consuming LoadedRecord) { self.loaded = loaded }

    /// Only called once, by the one thread the box was handed to.
    func empty() { loaded = nil }
}
