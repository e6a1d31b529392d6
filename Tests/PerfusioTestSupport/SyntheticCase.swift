/// The clinical course of one generated CPB case: times in minutes after 07:30 and the values measured.
struct SyntheticCase {
    var heightCm: Int, weightKg: Int, female: Bool
    var bypassOn: Int, clampOn: Int, clampOff: Int, bypassOff: Int
    var nadirTemperature: Double
    var hctStart: Int, glucoseStart: Int
    var redCellUnits: Int, plasmaUnits: Int
    var ultrafiltration: Int, autologousPrime: Int
    var checklistComplete: Bool

    init(index: Int, random: inout SeededGenerator) {
        func pick(_ range: ClosedRange<Int>) -> Int { Int.random(in: range, using: &random) }
        heightCm = pick(150...195)
        weightKg = pick(55...120)
        female = pick(0...1) == 0
        bypassOn = pick(60...120)
        clampOn = bypassOn + pick(4...12)
        clampOff = clampOn + pick(35...130)
        bypassOff = clampOff + pick(12...40)
        nadirTemperature = Double(pick(310...355)) / 10
        hctStart = pick(24...33)
        glucoseStart = pick(105...150)
        redCellUnits = pick(0...3) == 0 ? pick(1...3) : 0
        plasmaUnits = redCellUnits > 0 && pick(0...2) == 0 ? pick(1...4) : 0
        ultrafiltration = pick(0...1) == 0 ? pick(3...15) * 100 : 0
        autologousPrime = pick(0...2) == 0 ? pick(2...5) * 100 : 0
        checklistComplete = pick(0...9) > 0
    }

    /// `HH:mm` of a minute offset after 07:30.
    static func clock(_ minutes: Int) -> String {
        let m = 7 * 60 + 30 + minutes
        return pad(m / 60 % 24, 2) + ":" + pad(m % 60, 2)
    }

    /// `value` with one decimal (`33.6`), rounded half up.
    static func tenths(_ value: Double) -> String {
        let t = Int((value * 10).rounded())
        return "\(t / 10).\(t % 10)"
    }

    /// `n` with leading zeros to `width` digits.
    static func pad(_ n: Int, _ width: Int) -> String {
        let s = String(n)
        return s.count >= width ? s : String(repeating: "0", count: width - s.count) + s
    }
}
