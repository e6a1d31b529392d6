import Foundation

/// The machine a run was measured on: cores, memory, CPU model, load and Swift version.
enum MachineInfo {
    static func lines() -> [String] {
        let cpu = firstValue(file: "/proc/cpuinfo", key: "model name") ?? "unknown"
        let memory = firstValue(file: "/proc/meminfo", key: "MemTotal") ?? "unknown"
        let swift = (try? ChildProcess.run(["swift", "--version"], keepErrors: true).output)?
            .split(separator: "\n").first.map(String.init) ?? "unknown"
        return [
            "machine: \(ProcessInfo.processInfo.activeProcessorCount) cores (nproc), \(cpu), memory \(memory)",
            "load:    \(load())",
            "swift:   \(swift)",
        ]
    }

    /// `uptime`'s load averages (1, 5, 15 minutes).
    static func load() -> String {
        let text = (try? String(contentsOfFile: "/proc/loadavg", encoding: .utf8)) ?? ""
        return "load average " + text.split(separator: " ").prefix(3).joined(separator: ", ")
    }

    private static func firstValue(file: String, key: String) -> String? {
        guard let text = try? String(contentsOfFile: file, encoding: .utf8) else { return nil }
        for line in text.split(separator: "\n") where line.hasPrefix(key) {
            return line.split(separator: ":", maxSplits: 1).last.map { $0.trimmingCharacters(in: .whitespaces) }
        }
        return nil
    }
}
