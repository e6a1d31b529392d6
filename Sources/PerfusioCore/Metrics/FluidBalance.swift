/// Fluid balance on bypass with its parts, all in mL (DOMAIN.md §1.7):
/// (prime + crystalloid/colloid added + crystalloid part of cardioplegia + blood products + cell-saver return)
/// − (urine + ultrafiltrate + autologous prime removed). Conventions differ between centres: the parts are kept.
///
/// Cardioplegia counts its crystalloid part when written (`crystalloid fraction 460 mL`), else its whole recorded
/// volume. Blood products count when given as a volume and not already in the prime. Modified and zero-balance
/// ultrafiltration, pump blood returned after bypass and drains are outside the balance (``FluidKind/balanceSign``).
public struct FluidBalance: Hashable, Sendable, Codable {
    public var prime: Double
    public var crystalloidAndColloid: Double
    public var cardioplegiaCrystalloid: Double
    public var bloodProducts: Double
    public var cellSaver: Double
    public var urine: Double
    public var ultrafiltration: Double
    public var autologousPrimeRemoved: Double
    public var otherRemoved: Double

    /// mL in minus mL out.
    public var balance: Double {
        prime + crystalloidAndColloid + cardioplegiaCrystalloid + bloodProducts + cellSaver
            - urine - ultrafiltration - autologousPrimeRemoved - otherRemoved
    }

    /// The balance of `record`, or nil when the record has no fluid entries and no prime volume (it does not say).
    public init?(_ record: PerfusionCase) {
        let prime = record.circuit.primeVolumeMillilitres
        guard !record.fluids.isEmpty || prime > 0 else { return nil }
        self.prime = prime
        func sum(_ kinds: Set<FluidKind>) -> Double {
            record.fluids.filter { kinds.contains($0.kind) }.compactMap { $0.volume?.value(in: .millilitres) }.reduce(0, +)
        }
        crystalloidAndColloid = sum([.crystalloid, .colloid])
        cardioplegiaCrystalloid = record.fluids.filter { $0.kind == .cardioplegia }
            .compactMap { ($0.crystalloidPart ?? $0.volume)?.value(in: .millilitres) }.reduce(0, +)
        bloodProducts = record.bloodProducts.filter { !$0.inPrime }.compactMap { $0.volume?.value(in: .millilitres) }.reduce(0, +)
        cellSaver = sum([.cellSaver])
        urine = sum([.urine])
        ultrafiltration = sum([.ultrafiltration])
        otherRemoved = sum([.bloodLoss])
        autologousPrimeRemoved = record.circuit.autologousPrimeRemoved?.value(in: .millilitres) ?? 0
    }
}
