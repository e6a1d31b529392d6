import Foundation

/// Runs one piece of work per input concurrently, with bounded in-flight work, handing results back in input order.
///
/// At most `window` inputs are between started and handed back at any time (2 × the cores by default), so a slow
/// first file holds back new starts rather than letting finished results pile up. Work never throws: a bad file is a
/// result with diagnostics, and the others carry on.
///
/// ```swift
/// await BatchRunner().run(inputs, { loader.load($0) }) { loaded in print(loaded.displayPath) }
/// ```
public struct BatchRunner: Sendable {
    /// The most inputs in flight at once; at least 1.
    public var window: Int

    /// The default window: twice the active processor count.
    public static var defaultWindow: Int { 2 * max(1, ProcessInfo.processInfo.activeProcessorCount) }

    public init(window: Int = BatchRunner.defaultWindow) {
        self.window = max(1, window)
    }

    /// Runs `work` on every input and calls `deliver` with each result, in input order, as soon as all earlier
    /// results have been delivered.
    public func run<Input: Sendable, Output: Sendable>(
        _ inputs: [Input], _ work: @escaping @Sendable (Input) async -> Output, deliver: (Output) async -> Void
    ) async {
        await withTaskGroup(of: (Int, Output).self) { group in
            var nextToStart = 0
            var nextToDeliver = 0
            var finished: [Int: Output] = [:]
            while nextToDeliver < inputs.count {
                while nextToStart < inputs.count, nextToStart - nextToDeliver < window {
                    let index = nextToStart
                    let input = inputs[index]
                    group.addTask { (index, await work(input)) }
                    nextToStart += 1
                }
                guard let (index, output) = await group.next() else { break }
                finished[index] = output
                while let ready = finished.removeValue(forKey: nextToDeliver) {
                    await deliver(ready)
                    nextToDeliver += 1
                }
            }
        }
    }

    /// Runs `work` on every input and returns the results in input order.
    public func map<Input: Sendable, Output: Sendable>(
        _ inputs: [Input], _ work: @escaping @Sendable (Input) async -> Output
    ) async -> [Output] {
        var results: [Output] = []
        results.reserveCapacity(inputs.count)
        await run(inputs, work) { results.append($0) }
        return results
    }
}
