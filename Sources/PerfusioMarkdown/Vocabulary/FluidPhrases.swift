import PerfusioCore

/// Labels of fluid lines (`Urine on CPB: 380 mL`) mapped to ``FluidKind``, and blood product names mapped to
/// ``BloodProductKind``, in one table each. A label matches when it contains the phrase as whole words
/// (normalised); the first entry that matches wins, so specific phrases come first.
public enum FluidPhrases {
    public static let fluids: [(phrase: String, kind: FluidKind)] = [
        ("modified ultrafiltration", .modifiedUltrafiltration), ("muf", .modifiedUltrafiltration),
        ("zero balance ultrafiltration", .zeroBalanceUltrafiltration), ("zero balance", .zeroBalanceUltrafiltration),
        ("zbuf", .zeroBalanceUltrafiltration),
        ("conventional ultrafiltration", .ultrafiltration), ("ultrafiltration", .ultrafiltration), ("uf", .ultrafiltration),
        ("cuf", .ultrafiltration), ("haemofiltration", .ultrafiltration), ("hemofiltration", .ultrafiltration),
        ("haemoconcentrator", .ultrafiltration), ("hemoconcentrator", .ultrafiltration),
        ("pump blood returned", .pumpBloodReturned), ("pump blood", .pumpBloodReturned), ("pump residual", .pumpBloodReturned),
        ("residual volume", .pumpBloodReturned),
        ("cell saver", .cellSaver), ("cell salvage", .cellSaver), ("salvaged blood", .cellSaver),
        ("cardioplegia", .cardioplegia),
        ("urine", .urine), ("urine output", .urine),
        ("crystalloid", .crystalloid), ("plasma lyte", .crystalloid), ("plasmalyte", .crystalloid),
        ("hartmann", .crystalloid), ("hartmann's", .crystalloid), ("saline", .crystalloid), ("ringer", .crystalloid),
        ("lactated ringer's", .crystalloid),
        ("colloid", .colloid), ("albumin", .colloid), ("gelofusine", .colloid), ("starch", .colloid), ("voluven", .colloid),
        ("blood loss", .bloodLoss), ("ebl", .bloodLoss), ("drain", .drainage), ("drains", .drainage), ("chest drain", .drainage),
        ("chest drains", .drainage),
    ]

    public static let bloodProducts: [(phrase: String, kind: BloodProductKind)] = [
        ("packed red blood cells", .redCells), ("packed red cells", .redCells), ("red blood cells", .redCells),
        ("red cells", .redCells), ("red cell", .redCells), ("rbc", .redCells), ("rbcs", .redCells), ("prbc", .redCells),
        ("prbcs", .redCells), ("prc", .redCells),
        ("fresh frozen plasma", .plasma), ("ffp", .plasma), ("plasma", .plasma), ("octaplas", .plasma),
        ("platelets", .platelets), ("platelet", .platelets), ("plt", .platelets),
        ("cryoprecipitate", .cryoprecipitate), ("cryo", .cryoprecipitate),
        ("whole blood", .wholeBlood),
        ("fibrinogen concentrate", .fibrinogenConcentrate), ("riastap", .fibrinogenConcentrate),
        ("prothrombin complex", .prothrombinComplex), ("pcc", .prothrombinComplex), ("beriplex", .prothrombinComplex),
        ("octaplex", .prothrombinComplex),
    ]

    /// Labels that introduce blood products (`Blood products: none`, `Blood products on CPB: …`).
    public static let bloodProductLabels: [String] = ["blood products", "blood product", "transfusion", "transfusions", "blood given"]

    /// Values meaning nothing was given.
    public static let none: Set<String> = ["none", "nil", "no", "0", "none given", "not given"]

    /// The fluid kind a label names.
    public static func fluid(in label: String) -> FluidKind? {
        let normal = Phrase.normalise(label)
        return fluids.first { Phrase.containsWords(normal, $0.phrase) }?.kind
    }

    /// The blood product a text names.
    public static func bloodProduct(in text: String) -> BloodProductKind? {
        let normal = Phrase.normalise(text)
        return bloodProducts.first { Phrase.containsWords(normal, $0.phrase) }?.kind
    }

    /// True when a label introduces blood products.
    public static func isBloodProductLabel(_ label: String) -> Bool {
        let normal = Phrase.normalise(label)
        return bloodProductLabels.contains { Phrase.hasPrefix(normal, $0) }
    }
}
