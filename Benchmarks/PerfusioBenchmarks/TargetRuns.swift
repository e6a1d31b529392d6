/// The targets' figures, each Perfusio run measured beside its baseline several times in turn, the best of each kept.
///
/// A shared machine's speed drifts within a run (another tenant, the disk's state): a baseline timed once at the start
/// and a command timed once minutes later can differ by a fifth for reasons of neither. Timing the two alternately,
/// three times, and keeping each one's fastest run (the one least disturbed) compares them under the same
/// conditions. Both sides get the same treatment; every run's time is printed.
struct TargetRuns {
    /// How many times each side runs.
    static let rounds = 3

    /// `baseline` and `measured`, run alternately ``rounds`` times; the fastest run of each, and all their seconds.
    static func alternate(_ baseline: () throws -> ResultRow, _ measured: () throws -> ResultRow)
        rethrows -> (baseline: ResultRow, measured: ResultRow, lines: [String]) {
        var baselines: [ResultRow] = [], runs: [ResultRow] = []
        for _ in 0..<rounds {
            baselines.append(try baseline())
            runs.append(try measured())
        }
        let best = (fastest(baselines), fastest(runs))
        return (best.0, best.1, [best.0.line() + "   runs: " + seconds(baselines),
                                 best.1.line(against: best.0) + "   runs: " + seconds(runs)])
    }

    /// `measured` run ``rounds`` times; the fastest run, and all their seconds.
    static func repeated(_ measured: () throws -> ResultRow, against baseline: ResultRow? = nil) rethrows -> (ResultRow, String) {
        let runs = try (0..<rounds).map { _ in try measured() }
        let best = fastest(runs)
        return (best, best.line(against: baseline) + "   runs: " + seconds(runs))
    }

    private static func fastest(_ rows: [ResultRow]) -> ResultRow { rows.min { $0.seconds < $1.seconds }! }

    private static func seconds(_ rows: [ResultRow]) -> String { rows.map { ResultRow.fixed($0.seconds, 3) }.joined(separator: ", ") + " s" }
}
