import PerfusioCore

extension XMLCaseMapper {
    mutating func circuit(_ e: DOMElement) -> Circuit {
        Circuit(
            components: e.children("component").map { labeled($0) },
            cannulae: e.children("cannula").compactMap { c in
                guard let role = choice(c, "role", as: Cannula.Role.self) else { return nil }
                return Cannula(role: role, size: quantity(c.child("size")), site: c.childText("site"),
                               text: c.childText("text") ?? "", origin: origin(c))
            },
            prime: e.children("prime").map { p in
                PrimeItem(name: p.attribute("name") ?? "", amount: quantity(p.child("amount")), text: p.childText("text") ?? "",
                          origin: origin(p))
            },
            autologousPrimeRemoved: quantity(e.child("autologous-prime-removed")), origin: origin(e))
    }
}
