import Dispatch
import Foundation

/// Work spread over the cores inside one large record (a captured record has a reading a second): independent
/// pieces (rules, chart panels) computed at once, their results kept in order. Small records stay on one core, so
/// a batch, which already runs one record per core, pays nothing for it.
package enum ConcurrentMap {
    /// Readings from which a record's readings table, rules and chart panels are worth spreading over the cores.
    package static let minimumReadings = 2_000

    /// The cores this process may use (asked once: the count is read from the control group's files).
    package static let cores = ProcessInfo.processInfo.activeProcessorCount

    /// `0..<count` cut into one run of consecutive indices per core (fewer when there are fewer indices).
    package static func runs(of count: Int) -> [Range<Int>] {
        let pieces = max(1, min(cores, count))
        return (0..<pieces).map { count * $0 / pieces ..< count * ($0 + 1) / pieces }
    }

    /// `transform` of each element, in order: computed concurrently when `concurrently` and there is more than one,
    /// else one after the other. `transform` must be safe to call from several threads at once.
    package static func map<Element: Sendable, T: Sendable>(_ elements: [Element], concurrently: Bool,
                                                            _ transform: @Sendable (Element) -> T) -> [T] {
        guard concurrently, elements.count > 1 else { return elements.map(transform) }
        return [T](unsafeUninitializedCapacity: elements.count) { buffer, initialized in
            // Each index is written by exactly one iteration, so the slots are never shared.
            let slots = Slots(base: buffer.baseAddress!)
            DispatchQueue.concurrentPerform(iterations: elements.count) { index in
                (slots.base + index).initialize(to: transform(elements[index]))
            }
            initialized = elements.count
        }
    }

    /// The result buffer, handed to the iterations that fill it (one slot each).
    private struct Slots<T>: @unchecked Sendable {
        let base: UnsafeMutablePointer<T>
    }
}
