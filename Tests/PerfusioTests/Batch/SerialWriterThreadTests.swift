import Foundation
import Synchronization
import Testing
@testable import Perfusio

@Suite struct SerialWriterThreadTests {
    @Test func runsEveryJobOnceInTheOrderQueued() async {
        let ran = Mutex<[Int]>([])
        let thread = SerialWriterThread(capacity: 3)
        for n in 0..<200 {
            await thread.enqueue { ran.withLock { $0.append(n) } }
        }
        await thread.finish()
        #expect(ran.withLock { $0 } == Array(0..<200))
    }

    @Test func neverHoldsMoreThanItsCapacityWaiting() async {
        let state = Mutex((queued: 0, ran: 0, mostWaiting: 0))
        let thread = SerialWriterThread(capacity: 2)
        for _ in 0..<50 {
            await thread.enqueue {
                state.withLock { $0.ran += 1 }
            }
            state.withLock {
                $0.queued += 1
                $0.mostWaiting = max($0.mostWaiting, $0.queued - $0.ran)
            }
        }
        await thread.finish()
        // The job being run is no longer waiting: at most the capacity, plus the one running.
        #expect(state.withLock { $0.mostWaiting } <= 3)
        #expect(state.withLock { $0.ran } == 50)
    }

    /// A producer faster than the jobs keeps the queue from ever running dry; its storage still stays small.
    @Test func aQueueThatNeverRunsDryStaysSmall() async {
        let thread = SerialWriterThread(capacity: 4)
        var most = 0
        for _ in 0..<600 {
            await thread.enqueue { usleep(200) }
            most = max(most, thread.storedJobCount)
        }
        await thread.finish()
        #expect(most <= 4 + 64 + 1)
        #expect(thread.storedJobCount == 0)
    }

    @Test func aJobQueuedAfterFinishRunsAtOnce() async {
        let ran = Mutex(0)
        let thread = SerialWriterThread(capacity: 1)
        await thread.finish()
        await thread.finish()
        await thread.enqueue { ran.withLock { $0 += 1 } }
        #expect(ran.withLock { $0 } == 1)
    }
}
