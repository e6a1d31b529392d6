import Foundation

/// Runs blocking jobs (flushing output files to the disk) one at a time, in the order they were queued, on a thread
/// of its own.
///
/// Swift concurrency runs a batch's work on one thread per core. A job that waits for the disk (each output is
/// flushed with `fsync` before its rename) would hold one of those threads idle: on a two-core machine a report
/// batch spent about a tenth of its time so. Here the wait is on this thread while the workers render the next
/// records. At most `capacity` jobs wait at once: ``enqueue(_:)`` suspends the caller while the queue is full.
/// Call ``finish()`` after the last job: it waits for them all and ends the thread.
///
/// ```swift
/// let flusher = SerialWriterThread()
/// let staged = try writer.stage(html, to: url)
/// await flusher.enqueue { try? staged.commit() }
/// await flusher.finish()   // every queued job has run
/// ```
public final class SerialWriterThread: @unchecked Sendable {
    // The state below is read and written only with `condition` locked.
    private let condition = NSCondition()
    /// Queued jobs from `nextJob` on; the ones before it have run (nil, so what they held is released).
    private var jobs: [(@Sendable () -> Void)?] = []
    private var nextJob = 0
    private var roomWaiters: [CheckedContinuation<Void, Never>] = []
    private var finishWaiters: [CheckedContinuation<Void, Never>] = []
    private var isFinishing = false
    private var threadEnded = false
    private let capacity: Int

    /// A thread that lets `capacity` jobs (at least 1) wait at once.
    public init(capacity: Int = 8) {
        self.capacity = max(1, capacity)
        // The thread holds the writer until `finish()` lets it end.
        let thread = Thread { self.work() }
        thread.name = "perfusio.writer"
        thread.start()
    }

    /// Queues `job` after every job queued before it; suspends while `capacity` jobs are already waiting.
    /// A job queued after ``finish()`` runs at once on the caller's thread.
    public func enqueue(_ job: @escaping @Sendable () -> Void) async {
        while true {
            switch offer(job) {
            case .queued: return
            case .threadEnded: job(); return
            case .full: await withCheckedContinuation { waitForRoom($0) }
            }
        }
    }

    /// Returns when every job queued so far has run; the thread then ends.
    public func finish() async {
        await withCheckedContinuation { requestFinish($0) }
    }

    /// How many entries the queue's storage holds, run or waiting (for tests: it stays near the capacity).
    var storedJobCount: Int {
        condition.lock()
        defer { condition.unlock() }
        return jobs.count
    }

    private enum Offer { case queued, full, threadEnded }

    private func offer(_ job: @escaping @Sendable () -> Void) -> Offer {
        condition.lock()
        defer { condition.unlock() }
        if threadEnded { return .threadEnded }
        guard jobs.count - nextJob < capacity else { return .full }
        jobs.append(job)
        condition.signal()
        return .queued
    }

    /// Resumes `waiter` when the queue has room: at once if it has room now or the thread has ended.
    private func waitForRoom(_ waiter: CheckedContinuation<Void, Never>) {
        condition.lock()
        let resumeNow = threadEnded || jobs.count - nextJob < capacity
        if !resumeNow { roomWaiters.append(waiter) }
        condition.unlock()
        if resumeNow { waiter.resume() }
    }

    private func requestFinish(_ waiter: CheckedContinuation<Void, Never>) {
        condition.lock()
        let ended = threadEnded
        if !ended {
            isFinishing = true
            finishWaiters.append(waiter)
            condition.signal()
        }
        condition.unlock()
        if ended { waiter.resume() }
    }

    /// The thread: runs jobs in order until ``finish()`` is asked for and none is left.
    private func work() {
        condition.lock()
        while true {
            while nextJob == jobs.count && !isFinishing { condition.wait() }
            if nextJob == jobs.count {
                threadEnded = true
                let waiters = finishWaiters + roomWaiters
                (finishWaiters, roomWaiters) = ([], [])
                condition.unlock()
                waiters.forEach { $0.resume() }
                return
            }
            let job = jobs[nextJob]!
            jobs[nextJob] = nil
            nextJob += 1
            // A queue that never runs dry (a steady batch) is compacted, so it stays about as small as its capacity.
            if nextJob == jobs.count {
                jobs.removeAll(keepingCapacity: true)
                nextJob = 0
            } else if nextJob >= 64, nextJob * 2 >= jobs.count {
                jobs.removeFirst(nextJob)
                nextJob = 0
            }
            let waiters = roomWaiters
            roomWaiters = []
            condition.unlock()
            waiters.forEach { $0.resume() }
            job()
            condition.lock()
        }
    }
}
