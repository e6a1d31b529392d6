import Testing
@testable import PerfusioRegistries

@Suite struct SafeHarborTests {
    @Test func deviceTextWithASerialIsWithheld() {
        #expect(SafeHarbor.mayHoldSerial("Capiox FX25 SN 884213"))
        #expect(SafeHarbor.mayHoldSerial("Quadrox lot A7"))
        #expect(!SafeHarbor.mayHoldSerial("Capiox FX25"))
    }

    @Test func identifierPathsAreAlwaysRemoved() {
        for path in ["record.patient.name", "record.patient.familyName", "record.patient.recordNumber", "record.notes",
                     "record.handover", "record.header.caseID"] {
            #expect(SourcePath(path)?.safeHarbor == .remove, "\(path)")
        }
        #expect(SourcePath("record.patient.dateOfBirth")?.safeHarbor == .yearOnly)
        #expect(SourcePath("record.patient.age")?.safeHarbor == .ageGroup)
        #expect(SourcePath("case.id")?.safeHarbor == .pseudonym)
        #expect(SourcePath("figures.cpb_minutes")?.safeHarbor == .keep)
    }

    @Test func keyedHashIsStableAndKeyDependent() {
        let key = Array(repeating: UInt8(7), count: 32)
        var a = Pseudonymizer(scheme: .keyedHash(key))
        var b = Pseudonymizer(scheme: .keyedHash(key))
        var c = Pseudonymizer(scheme: .keyedHash(Array(repeating: UInt8(8), count: 32)))
        #expect(a.pseudonym(for: "St Example|SEC-1") == b.pseudonym(for: "St Example|SEC-1"))
        #expect(a.pseudonym(for: "St Example|SEC-1") != c.pseudonym(for: "St Example|SEC-1"))
        #expect(a.introduced.isEmpty)
        #expect(Pseudonymizer.keyedHash(siteKey: Array(repeating: 1, count: 31)) == nil)
    }

    @Test func randomSurrogateIsDrawnOnceAndReused() {
        var p = Pseudonymizer(scheme: .randomSurrogate, known: ["k1": "P-aaaaaaaaaaaaaaaa"])
        #expect(p.pseudonym(for: "k1") == "P-aaaaaaaaaaaaaaaa")
        let fresh = p.pseudonym(for: "k2")
        #expect(fresh.count == 18 && fresh.hasPrefix("P-"))
        #expect(p.pseudonym(for: "k2") == fresh)
        #expect(p.introduced == ["k2": fresh])
    }
}
