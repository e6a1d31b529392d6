/// Drugs a perfusionist gives or records, with their spellings (normalised). An event line starting with one
/// is a `.drug` event; `Name dose unit` with an unknown name is a drug too when the unit is a dose unit.
public enum DrugNames {
    public static let table: [(spelling: String, drug: String)] = [
        ("phenylephrine", "Phenylephrine"), ("neosynephrine", "Phenylephrine"), ("metaraminol", "Metaraminol"),
        ("noradrenaline", "Noradrenaline"), ("norepinephrine", "Noradrenaline"), ("norad", "Noradrenaline"),
        ("adrenaline", "Adrenaline"), ("epinephrine", "Adrenaline"), ("vasopressin", "Vasopressin"),
        ("ephedrine", "Ephedrine"), ("dobutamine", "Dobutamine"), ("dopamine", "Dopamine"), ("milrinone", "Milrinone"),
        ("levosimendan", "Levosimendan"), ("gtn", "GTN"), ("glyceryl trinitrate", "GTN"), ("nitroglycerin", "GTN"),
        ("sodium nitroprusside", "Sodium nitroprusside"), ("snp", "Sodium nitroprusside"),
        ("phentolamine", "Phentolamine"), ("magnesium", "Magnesium"), ("magnesium sulfate", "Magnesium"),
        ("magnesium sulphate", "Magnesium"), ("lidocaine", "Lidocaine"), ("lignocaine", "Lidocaine"),
        ("amiodarone", "Amiodarone"), ("esmolol", "Esmolol"), ("adenosine", "Adenosine"), ("atropine", "Atropine"),
        ("calcium chloride", "Calcium chloride"), ("calcium gluconate", "Calcium gluconate"), ("cacl2", "Calcium chloride"),
        ("calcium", "Calcium"), ("sodium bicarbonate", "Sodium bicarbonate"), ("bicarbonate", "Sodium bicarbonate"),
        ("nahco3", "Sodium bicarbonate"), ("insulin", "Insulin"), ("potassium chloride", "Potassium chloride"),
        ("kcl", "Potassium chloride"), ("tranexamic acid", "Tranexamic acid"), ("txa", "Tranexamic acid"),
        ("aminocaproic acid", "Aminocaproic acid"), ("mannitol", "Mannitol"), ("furosemide", "Furosemide"),
        ("frusemide", "Furosemide"), ("methylprednisolone", "Methylprednisolone"), ("dexamethasone", "Dexamethasone"),
        ("hydrocortisone", "Hydrocortisone"), ("cefazolin", "Cefazolin"), ("cefuroxime", "Cefuroxime"),
        ("vancomycin", "Vancomycin"), ("propofol", "Propofol"), ("fentanyl", "Fentanyl"), ("midazolam", "Midazolam"),
        ("rocuronium", "Rocuronium"), ("isoflurane", "Isoflurane"), ("sevoflurane", "Sevoflurane"),
        ("albumin", "Albumin"), ("fibrinogen concentrate", "Fibrinogen concentrate"), ("desmopressin", "Desmopressin"),
        ("ddavp", "Desmopressin"), ("methylene blue", "Methylene blue"), ("thiopental", "Thiopental"),
        ("bivalirudin", "Bivalirudin"), ("argatroban", "Argatroban"), ("antithrombin", "Antithrombin"),
    ]

    static let byLength = table.sorted { $0.spelling.count > $1.spelling.count }
    static let byLengthList = PhraseList(byLength) { $0.spelling }

    /// The drug named at the start of `text` and the spelling matched.
    public static func drug(startingWith text: String) -> (drug: String, spelling: String)? {
        let normal = Phrase.normalise(text)
        return byLengthList.first(startingWith: normal).map { ($0.drug, $0.spelling) }
    }
}
