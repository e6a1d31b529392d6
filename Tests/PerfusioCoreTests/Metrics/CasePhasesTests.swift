import Testing
import PerfusioCore

/// Phases and durations from small inline event lists.
@Suite struct CasePhasesTests {
    let date = CaseDate(iso: "2026-01-10")!
    func t(_ hhmm: String) -> CaseTime { CaseTime(date: date, time: TimeOfDay(text: hhmm)!) }
    func e(_ hhmm: String, _ kind: EventKind, _ details: EventDetails = EventDetails()) -> CaseEvent {
        CaseEvent(time: t(hhmm), kind: kind, text: kind.displayName, details: details)
    }
    func record(_ events: [CaseEvent], kind: CaseKind = .cpb) -> PerfusionCase {
        PerfusionCase(header: CaseHeader(caseID: "T", kind: kind, date: date), events: events)
    }

    @Test func twoBypassRunsAddUp() {
        let r = record([e("08:00", .bypassOn), e("09:00", .bypassOff), e("09:20", .bypassOn), e("09:50", .bypassOff)])
        let f = CaseFigures(record: r)
        #expect(f.bypassMinutes == 90)
        #expect(f.bypassRunCount == 2)
        #expect(f.phases.phases(at: t("09:10")) == [.postBypass])
        #expect(f.phases.phases(at: t("07:59")) == [.preBypass])
        #expect(f.phases.phases(at: t("09:20")) == [.bypass, .fullFlow])
        #expect(f.phases.phases(at: t("09:50")) == [.postBypass])
    }

    @Test func openRunHasNoDuration() {
        let f = CaseFigures(record: record([e("08:00", .bypassOn), e("08:10", .crossClampOn)]))
        #expect(f.bypassMinutes == nil)
        #expect(f.crossClampMinutes == nil)
        #expect(f.phases.phases(at: t("23:00")).contains(.crossClamp))
    }

    @Test func arrestWithAndWithoutCerebralPerfusion() {
        let r = record([
            e("08:00", .bypassOn), e("08:30", .circulatoryArrestStart), e("08:42", .circulatoryArrestEnd),
            e("09:00", .circulatoryArrestStart, EventDetails(cerebralPerfusion: .antegrade)), e("09:25", .circulatoryArrestEnd),
            e("09:30", .weaningStart), e("09:40", .bypassOff),
        ])
        let f = CaseFigures(record: r)
        #expect(f.circulatoryArrestMinutes == 37)
        #expect(f.cerebralPerfusionMinutes == 25)
        #expect(f.arrestWithoutCerebralPerfusionMinutes == 12)
        #expect(f.phases.isFullFlow(at: t("08:29")))
        #expect(!f.phases.isFullFlow(at: t("08:30")))
        #expect(f.phases.isFullFlow(at: t("08:42")))
        #expect(!f.phases.isFullFlow(at: t("09:30")))
        #expect(f.phases.phases(at: t("09:35")) == [.bypass, .weaning])
    }

    @Test func explicitCerebralPerfusionEvents() {
        let r = record([
            e("08:00", .bypassOn), e("08:28", .cerebralPerfusionStart), e("08:30", .circulatoryArrestStart),
            e("08:50", .circulatoryArrestEnd), e("08:52", .cerebralPerfusionEnd), e("09:00", .bypassOff),
        ])
        let f = CaseFigures(record: r)
        #expect(f.circulatoryArrestMinutes == 20)
        #expect(f.cerebralPerfusionMinutes == 24)
        #expect(f.arrestWithoutCerebralPerfusionMinutes == 0)
    }

    @Test func bypassCaseWithoutClampOrArrestCountsZero() {
        let f = CaseFigures(record: record([e("08:00", .bypassOn), e("08:40", .bypassOff)]))
        #expect(f.crossClampMinutes == 0)
        #expect(f.circulatoryArrestMinutes == 0)
        let ecmo = CaseFigures(record: record([e("08:00", .ecmoOn), e("08:40", .ecmoOff)], kind: .ecmo))
        #expect(ecmo.circulatoryArrestMinutes == nil)
        #expect(ecmo.ecmoMinutes == 40)
        #expect(ecmo.phases.phases(at: t("08:10")) == [.ecmo])
    }

    @Test func sameTimeCardioplegiaIsOneDose() {
        let r = record([
            e("08:00", .crossClampOn),
            e("08:01", .cardioplegia, EventDetails(routes: [.antegrade], volume: Quantity(600, .millilitres))),
            e("08:01", .cardioplegia, EventDetails(routes: [.retrograde], volume: Quantity(400, .millilitres))),
            e("08:21", .cardioplegia, EventDetails(routes: [.retrograde], volume: Quantity(300, .millilitres))),
        ])
        let doses = CaseFigures(record: r).cardioplegiaDoses
        #expect(doses.map(\.volumeMillilitres) == [1000, 300])
        #expect(doses.first?.routes == [.antegrade, .retrograde])
        #expect(CaseFigures(record: r).cardioplegiaVolume == 1300)
    }

    @Test func exposureStepAndLinear() {
        let values = [("09:20", 54.0), ("09:35", 48.0), ("09:50", 63.0)].map {
            TimedValue(time: t($0.0), value: $0.1, unit: "mmHg")
        }
        let window = [CaseInterval(start: t("09:00"), end: t("10:00"))]
        let step = ThresholdExposure.measure(values, .below, 50, within: window)
        #expect(step.minutes == 15)
        #expect(step.area == 30)
        let linear = ThresholdExposure.measure(values, .below, 50, within: window, interpolation: .linear)
        #expect(abs(linear.minutes - 7) < 1e-9)
        #expect(abs(linear.area - 7) < 1e-9)
        let above = ThresholdExposure.measure(values, .above, 60, within: window)
        #expect(above.minutes == 10)
        #expect(above.area == 30)
    }
}

/// `contains(_:at:)` (the rules' per-reading question) answers as `phases(at:)` does, for every phase, minute by
/// minute across a case with two runs, weaning, cross-clamp, arrests with and without cerebral perfusion, cooling,
/// rewarming, and across an ECMO run; and with no bypass at all.
@Suite struct CasePhasesMembershipTests {
    let date = CaseDate(iso: "2026-01-10")!
    func t(_ minute: Int) -> CaseTime { CaseTime(date: date, time: TimeOfDay(secondsSinceMidnight: minute * 60)) }
    func e(_ minute: Int, _ kind: EventKind, _ details: EventDetails = EventDetails()) -> CaseEvent {
        CaseEvent(time: t(minute), kind: kind, text: kind.displayName, details: details)
    }

    func agree(_ events: [CaseEvent], kind: CaseKind = .cpb) {
        let phases = CasePhases(PerfusionCase(header: CaseHeader(caseID: "T", kind: kind, date: date), events: events))
        for minute in 400..<800 {
            let set = phases.phases(at: t(minute))
            for phase in CasePhase.allCases {
                #expect(phases.contains(phase, at: t(minute)) == set.contains(phase), "\(phase) at minute \(minute)")
            }
        }
    }

    @Test func agreesWithThePhaseSet() {
        agree([
            e(480, .bypassOn), e(490, .coolingStart), e(500, .crossClampOn), e(530, .circulatoryArrestStart),
            e(542, .circulatoryArrestEnd), e(550, .circulatoryArrestStart, EventDetails(cerebralPerfusion: .antegrade)),
            e(575, .circulatoryArrestEnd), e(580, .rewarmingStart), e(600, .crossClampOff), e(610, .weaningStart),
            e(620, .bypassOff), e(650, .bypassOn), e(700, .bypassOff),
        ])
        agree([e(500, .ecmoOn), e(700, .ecmoOff)], kind: .ecmo)
        agree([])
    }
}
