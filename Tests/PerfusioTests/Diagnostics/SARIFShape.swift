/// The parts of the SARIF 2.1.0 schema (OASIS, sarif-schema-2.1.0.json) a consumer such as GitHub code scanning
/// relies on, checked over a parsed log; returns one line per problem, none for a well-formed log.
enum SARIFShape {
    static let levels: Set<String> = ["none", "note", "warning", "error"]

    static func problems(in json: Any) -> [String] {
        guard let log = json as? [String: Any] else { return ["not an object"] }
        var problems: [String] = []
        if log["$schema"] as? String == nil { problems.append("$schema missing") }
        if log["version"] as? String != "2.1.0" { problems.append("version is not 2.1.0") }
        guard let runs = log["runs"] as? [[String: Any]] else { return problems + ["runs missing"] }
        for (r, run) in runs.enumerated() {
            let driver = (run["tool"] as? [String: Any])?["driver"] as? [String: Any]
            if driver?["name"] as? String == nil { problems.append("runs[\(r)].tool.driver.name missing") }
            let rules = driver?["rules"] as? [[String: Any]] ?? []
            let ids = rules.compactMap { $0["id"] as? String }
            if Set(ids).count != rules.count { problems.append("runs[\(r)] rule ids missing or repeated") }
            for (i, result) in (run["results"] as? [[String: Any]] ?? []).enumerated() {
                problems += resultProblems(result, at: "runs[\(r)].results[\(i)]", ruleIDs: ids)
            }
        }
        return problems
    }

    private static func resultProblems(_ result: [String: Any], at place: String, ruleIDs: [String]) -> [String] {
        var problems: [String] = []
        let ruleID = result["ruleId"] as? String
        if ruleID == nil { problems.append("\(place).ruleId missing") }
        if let index = result["ruleIndex"] as? Int {
            if !ruleIDs.indices.contains(index) { problems.append("\(place).ruleIndex \(index) outside rules") }
            else if ruleIDs[index] != ruleID { problems.append("\(place).ruleIndex names another rule") }
        }
        if let level = result["level"] as? String, !levels.contains(level) { problems.append("\(place).level \(level)") }
        if (result["message"] as? [String: Any])?["text"] as? String == nil { problems.append("\(place).message.text missing") }
        for (l, location) in (result["locations"] as? [[String: Any]] ?? []).enumerated() {
            let physical = location["physicalLocation"] as? [String: Any]
            if (physical?["artifactLocation"] as? [String: Any])?["uri"] as? String == nil {
                problems.append("\(place).locations[\(l)] artifactLocation.uri missing")
            }
            if let region = physical?["region"] as? [String: Any] {
                if (region["startLine"] as? Int ?? 0) < 1 { problems.append("\(place).locations[\(l)] startLine below 1") }
                if let column = region["startColumn"] as? Int, column < 1 {
                    problems.append("\(place).locations[\(l)] startColumn below 1")
                }
            }
        }
        return problems
    }
}
