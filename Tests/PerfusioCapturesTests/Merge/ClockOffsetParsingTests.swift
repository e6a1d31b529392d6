import PerfusioCaptures
import PerfusioTestSupport
import Testing

@Suite("--clock-offset durations")
struct ClockOffsetParsingTests {
    @Test(arguments: [("+1186", 1186), ("-60s", -60), ("+19m46s", 1186), ("19m46s", 1186), ("-1h", -3600),
                      ("+00:19:46", 1186), ("-19:46", -1186), ("−5m", -300), ("+1h2m3s", 3723)])
    func parses(_ text: String, _ seconds: Int) {
        #expect(ClockOffset.seconds(parsing: text) == seconds)
    }

    @Test(arguments: ["", "+", "soon", "5x", "1m1m", "10:99", "+-5", "1.5h", "5m3"])
    func refuses(_ text: String) {
        #expect(ClockOffset.seconds(parsing: text) == nil)
    }
}

@Suite("Recognising a capture's mapping")
struct CaptureRecognitionTests {
    @Test func recognisesTheSharedCapturesByTheirMappings() throws {
        let mappings = try [CaptureFixtures.mapping("radiometer-abl800.yaml"), CaptureFixtures.mapping("terumo-cdi500.yaml")]
        for (file, device) in [(CaptureFixtures.cdiFile, "Terumo CDI 500"), (CaptureFixtures.ablFile, "Radiometer ABL800 FLEX")] {
            let bytes = try Fixtures.bytes(Fixtures.capture(file))
            #expect(try CaptureReader.identify(bytes, file: file, among: mappings).get().device == device)
        }
    }

    @Test func refusesWhatNoMappingRecognises() throws {
        let mappings = try [CaptureFixtures.mapping("terumo-cdi500.yaml")]
        let result = CaptureReader.identify(Array("just some notes\n".utf8), file: "notes.txt", among: mappings)
        #expect(throws: CaptureRefusal.self) { try result.get() }
        if case .failure(let refusal) = result {
            #expect(refusal.diagnostics.map(\.id) == ["capture.format.unknown"])
        }
    }
}
