import Foundation
import PerfusioCore

/// Compares records as a round trip must keep them: equal in everything except where each value was read.
///
/// Source lines belong to the file a record was read from, so they are removed; an origin that then only says
/// "typed" is removed too (a reader records typed origins everywhere, a hand-built record may leave them nil).
enum ModelComparison {
    static func normalised(_ record: PerfusionCase) throws -> PerfusionCase {
        let json = try JSONSerialization.jsonObject(with: JSONEncoder().encode(record))
        let stripped = try JSONSerialization.data(withJSONObject: strip(json))
        return try JSONDecoder().decode(PerfusionCase.self, from: stripped)
    }

    private static func strip(_ value: Any) -> Any {
        if let array = value as? [Any] { return array.map(strip) }
        guard var object = value as? [String: Any] else { return value }
        object["location"] = nil
        for (key, child) in object { object[key] = strip(child) }
        if let origin = object["origin"] as? [String: Any], origin.count == 1, origin["kind"] as? String == "typed" {
            object["origin"] = nil
        }
        return object
    }
}
