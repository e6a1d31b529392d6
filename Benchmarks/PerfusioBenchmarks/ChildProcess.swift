import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// One finished child process: its exit status, wall and CPU time, peak resident memory and standard output.
struct ChildOutcome {
    var status: Int32
    var seconds: Double
    /// User plus system CPU seconds of the child and its own children.
    var cpuSeconds: Double
    /// Peak resident set size of the child alone, in KiB.
    var maxResidentKiB: Int
    var output: String
}

/// Runs programs as child processes with `posix_spawn` and `wait4`, through GNU `time` for the peak memory:
/// Linux carries the spawning process's own peak over into a `posix_spawn`ed child's `ru_maxrss` (the child
/// starts on the parent's memory before `exec`), so only a small intermediate process gives a child's own peak.
enum ChildProcess {
    /// Runs `arguments[0]` (a path, or a name looked up in `PATH`) and waits for it. Standard error goes to
    /// `/dev/null` unless `keepErrors`; standard output is captured through a temporary file.
    static func run(_ arguments: [String], keepErrors: Bool = false) throws -> ChildOutcome {
        let outputPath = NSTemporaryDirectory() + "perfusio-bench-\(getpid())-\(UInt64.random(in: 0...UInt64.max)).out"
        let timePath = outputPath + ".time"
        defer { unlink(outputPath); unlink(timePath) }
        let arguments = ["/usr/bin/time", "-f", "%M", "-o", timePath] + arguments
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 1, outputPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        if !keepErrors { posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0) }
        var argv: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid: pid_t = 0
        let start = Clock.now()
        let spawned = posix_spawnp(&pid, arguments[0], &actions, nil, &argv, environ)
        guard spawned == 0 else { throw BenchmarkError("cannot run \(arguments[0]): \(String(cString: strerror(spawned)))") }
        var status: Int32 = 0
        var usage = rusage()
        while wait4(pid, &status, 0, &usage) < 0 && errno == EINTR {}
        let seconds = Clock.now() - start
        let output = (try? String(contentsOfFile: outputPath, encoding: .utf8)) ?? ""
        let timeLines = ((try? String(contentsOfFile: timePath, encoding: .utf8)) ?? "").split(separator: "\n")
        let exit = (status & 0x7f) == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
        let cpu = Double(usage.ru_utime.tv_sec) + Double(usage.ru_utime.tv_usec) / 1e6
            + Double(usage.ru_stime.tv_sec) + Double(usage.ru_stime.tv_usec) / 1e6
        return ChildOutcome(status: exit, seconds: seconds, cpuSeconds: cpu,
                            maxResidentKiB: timeLines.last.flatMap { Int($0) } ?? 0, output: output)
    }
}

/// A monotonic clock in seconds.
enum Clock {
    static func now() -> Double {
        var t = timespec()
        clock_gettime(CLOCK_MONOTONIC, &t)
        return Double(t.tv_sec) + Double(t.tv_nsec) / 1e9
    }

    /// CPU seconds on `clock` (`CLOCK_THREAD_CPUTIME_ID`, `CLOCK_PROCESS_CPUTIME_ID`).
    static func cpu(_ clock: clockid_t) -> Double {
        var t = timespec()
        clock_gettime(clock, &t)
        return Double(t.tv_sec) + Double(t.tv_nsec) / 1e9
    }
}
