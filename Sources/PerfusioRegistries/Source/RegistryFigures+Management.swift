import PerfusioCore

extension RegistryFigures {
    /// Fluid, blood and checklist figures: balance, ultrafiltration, red cells, autologous priming, checklist.
    static func management(_ record: PerfusionCase, _ m: CaseFigures) -> [String: SourceValue] {
        var v: [String: SourceValue] = [:]
        v["fluid_balance"] = m.fluidBalance.map { SourceValue(.number($0.balance, digits: 0)) }
        let ufKinds: Set<FluidKind> = [.ultrafiltration, .zeroBalanceUltrafiltration, .modifiedUltrafiltration]
        let uf = record.fluids.filter { ufKinds.contains($0.kind) }
        let ufVolumes = uf.compactMap { $0.volume?.value(in: .millilitres) }
        if !ufVolumes.isEmpty {
            v["ultrafiltration_volume"] = SourceValue(.number(ufVolumes.reduce(0, +), digits: 0), at: uf.first?.origin?.location)
        }
        let ufEvents = record.events(.ultrafiltrationStart)
        v["ultrafiltration_used"] = SourceValue(.flag(!uf.isEmpty || !ufEvents.isEmpty),
                                                at: uf.first?.origin?.location ?? ufEvents.first?.origin?.location)
        let redCells = record.bloodProducts.filter { [.redCells, .wholeBlood].contains($0.product) }
        let bloodPrime = record.circuit.prime.filter(\.isBlood)
        if !redCells.isEmpty || !bloodPrime.isEmpty {
            v["red_cells_on_cpb"] = SourceValue(.flag(true), at: redCells.first?.origin?.location ?? bloodPrime.first?.origin?.location)
        } else if record.noBloodProducts || !record.bloodProducts.isEmpty {
            v["red_cells_on_cpb"] = SourceValue(.flag(false))
        }
        let removed = record.circuit.autologousPrimeRemoved?.value(in: .millilitres) ?? 0
        v["autologous_priming_used"] = SourceValue(.flag(removed > 0), at: record.circuit.origin?.location)
        v["checklist_completed"] = checklistCompleted(record.checklist)
        return v
    }

    /// The pre-bypass checklist's tick when an item names the checklist itself (`Pre-bypass safety checklist
    /// completed`), else whether every item is ticked; nil without a checklist (AmSECT standard 4, DOMAIN.md §2.1).
    static func checklistCompleted(_ items: [ChecklistItem]) -> SourceValue? {
        guard !items.isEmpty else { return nil }
        if let named = items.first(where: { $0.text.lowercased().contains("checklist") }) {
            return SourceValue(.flag(named.isChecked), at: named.origin?.location)
        }
        return SourceValue(.flag(items.allSatisfy(\.isChecked)), at: items.first?.origin?.location)
    }
}
