import PerfusioCore

extension XMLCaseMapper {
    mutating func event(_ e: DOMElement) -> CaseEvent? {
        guard let time = time(e, "time"), let kind = choice(e, "kind", as: EventKind.self) else { return nil }
        let routes = (e.attribute("routes") ?? "").split(whereSeparator: \.isWhitespace)
            .compactMap { CardioplegiaRoute(rawValue: String($0)) }
        let details = EventDetails(
            agent: e.childText("agent"), dose: quantity(e.child("dose")), value: quantity(e.child("value")),
            doseNumber: count(e, "dose-number"), solution: choice(e, "solution", as: CardioplegiaSolution.self),
            routes: routes, volume: quantity(e.child("volume")), temperature: quantity(e.child("temperature")),
            cerebralPerfusion: choice(e, "cerebral-perfusion", as: CerebralPerfusion.self),
            incoming: e.childText("incoming"), outgoing: e.childText("outgoing"), site: e.childText("site"))
        return CaseEvent(time: time, kind: kind, text: e.childText("text") ?? "", details: details, origin: origin(e))
    }
}
