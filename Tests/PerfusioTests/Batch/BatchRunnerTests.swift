import Synchronization
import Testing
@testable import Perfusio

@Suite struct BatchRunnerTests {
    @Test func deliversEveryResultInInputOrder() async {
        let inputs = Array(0..<200)
        let results = await BatchRunner(window: 7).map(inputs) { n in
            if n % 3 == 0 { await Task.yield() }
            return n * 2
        }
        #expect(results == inputs.map { $0 * 2 })
    }

    @Test func neverHasMoreThanTheWindowInFlight() async {
        let inFlight = Mutex((now: 0, most: 0))
        let window = 3
        var delivered: [Int] = []
        await BatchRunner(window: window).run(Array(0..<50), { n in
            inFlight.withLock { $0.now += 1; $0.most = max($0.most, $0.now) }
            await Task.yield()
            return n
        }) { n in
            inFlight.withLock { $0.now -= 1 }
            delivered.append(n)
        }
        #expect(delivered == Array(0..<50))
        #expect(inFlight.withLock { $0.most } <= window)
    }

    @Test func handlesNoInputAndAWindowBelowOne() async {
        #expect(await BatchRunner(window: 0).map([Int]()) { $0 }.isEmpty)
        #expect(BatchRunner(window: 0).window == 1)
        #expect(await BatchRunner(window: 0).map([1, 2, 3]) { $0 + 1 } == [2, 3, 4])
    }
}
