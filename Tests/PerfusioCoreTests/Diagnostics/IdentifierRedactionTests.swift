import PerfusioCore
import Testing

@Suite struct IdentifierRedactionTests {
    let redaction = IdentifierRedaction(PatientIdentity(name: "Quintessa Marlowe-Fitch", recordNumber: "MRN-88123-QZ",
                                                        dateOfBirth: CaseDate(year: 1961, month: 4, day: 23)))

    @Test(arguments: [
        ("`Quintessa Marlowe-Fitch` is not a number", "`[patient name]` is not a number"),
        ("QUINTESSA and marlowe and Fitch", "[patient name] and [patient name] and [patient name]"),
        ("Marlowe-Fitch", "[patient name]"),
        ("`MRN-88123-QZ` is not a time", "`[record number]` is not a time"),
        ("file 88123.csv", "file [record number].csv"),
        ("born 1961-04-23, 23/04/1961, 04/23/1961, 23.04.1961, 19610423",
         "born [date of birth], [date of birth], [date of birth], [date of birth], [date of birth]"),
        ("planned Marlowes 1961-04-230 Quintessas", "planned Marlowes 1961-04-230 Quintessas"),
        ("no identifier here", "no identifier here"),
    ])
    func takesOutEachIdentifierAsAWholeWord(text: String, expected: String) {
        #expect(redaction.redact(text) == expected)
    }

    @Test func aNameThatHoldsTheLabelsWordsIsReplacedOnce() {
        let odd = IdentifierRedaction(PatientIdentity(name: "Name Patient"))
        #expect(odd.redact("`Name Patient` and Name") == "`[patient name]` and [patient name]")
    }

    @Test func redactsMessagesAndKeepsTheRest() {
        let location = SourceLocation(file: "a.md", line: 3, column: 7)
        let found = Diagnostic.error("read.value.invalid", "`Quintessa` is not a number (Flow)", at: location)
        #expect(redaction.redact([found]) == [.error("read.value.invalid", "`[patient name]` is not a number (Flow)", at: location)])
    }

    @Test func anEmptyIdentityChangesNothing() {
        let none = IdentifierRedaction(PatientIdentity())
        #expect(none.isEmpty)
        #expect(none.redact("Quintessa 1961-04-23") == "Quintessa 1961-04-23")
    }
}

@Suite struct DiagnosticQuoteTests {
    @Test func cutsLongQuotesOnly() {
        let long = String(repeating: "6", count: 2_000_000)
        let cut = Diagnostic.error("read.value.invalid", "`\(long)` is not a number (MAP) near `short`").shorteningQuotes()
        #expect(cut.message == "`" + String(repeating: "6", count: 59) + "…` is not a number (MAP) near `short`")
        let plain = Diagnostic.warning("x", "`a` is fine and an unmatched ` is kept " + String(repeating: "z", count: 80))
        #expect(plain.shorteningQuotes() == plain)
    }
}
