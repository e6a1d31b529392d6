import Foundation

/// A body-surface-area formula (DOMAIN.md §1.1). Weight in kg, height in cm, result in m².
public enum BSAFormula: String, Sendable, Codable, CaseIterable {
    /// DuBois D, DuBois EF. Arch Intern Med 17:863 (1916): 0.007184 × W^0.425 × H^0.725.
    case dubois
    /// Mosteller RD. N Engl J Med 317:1098 (1987): √(H × W ÷ 3600).
    case mosteller
    /// Haycock GB, Schwartz GJ, Wisotsky DH. J Pediatr 93:62–66 (1978): 0.024265 × W^0.5378 × H^0.3964.
    case haycock
    /// Gehan EA, George SL. Cancer Chemother Rep 54:225–235 (1970): 0.0235 × W^0.51456 × H^0.42246.
    case gehanGeorge = "gehan-george"

    /// Body surface area in m², full precision (round only for display).
    ///
    /// - Parameters:
    ///   - weight: body weight in kilograms (> 0).
    ///   - height: body height in centimetres (> 0).
    /// - Returns: m², or nil when either input is not positive.
    public func area(weightKilograms weight: Double, heightCentimetres height: Double) -> Double? {
        guard weight > 0, height > 0, weight.isFinite, height.isFinite else { return nil }
        switch self {
        case .dubois: return 0.007184 * pow(weight, 0.425) * pow(height, 0.725)
        case .mosteller: return (height * weight / 3600).squareRoot()
        case .haycock: return 0.024265 * pow(weight, 0.5378) * pow(height, 0.3964)
        case .gehanGeorge: return 0.0235 * pow(weight, 0.51456) * pow(height, 0.42246)
        }
    }

    /// The name people read (`DuBois`, `Gehan–George`).
    public var displayName: String {
        switch self {
        case .dubois: "DuBois"
        case .mosteller: "Mosteller"
        case .haycock: "Haycock"
        case .gehanGeorge: "Gehan–George"
        }
    }
}

/// A body surface area and the formula that produced it: target flow and DO2i depend on the choice
/// (DOMAIN.md §1.1: "record which formula produced the BSA").
public struct BodySurfaceArea: Hashable, Sendable, Codable {
    /// m², full precision.
    public var squareMetres: Double
    public var formula: BSAFormula

    public init(squareMetres: Double, formula: BSAFormula) {
        self.squareMetres = squareMetres
        self.formula = formula
    }

    /// The BSA by `formula`, or nil when weight or height is missing or not positive.
    public init?(formula: BSAFormula, weightKilograms: Double?, heightCentimetres: Double?) {
        guard let w = weightKilograms, let h = heightCentimetres,
              let area = formula.area(weightKilograms: w, heightCentimetres: h) else { return nil }
        self.init(squareMetres: area, formula: formula)
    }
}
