import Testing
@testable import PerfusioCore

/// Digit clocks read from their bytes as the general parse reads them.
@Suite struct TimeOfDayDigitsTests {
    @Test(arguments: [
        "08:52", "8:52", "16:16:40", "00:00", "23:59:59", "24:00", "09:70", "12:00:60", "8:5", "8:5:30", "08:52:3",
        "123:45", ":52", "08:", "08::52", "08:52:30:10", "0852", "08.52", " 08:52", "+8:52", "08:52 ", "٠٨:٥٢", "",
    ])
    func digitClocksReadAsTheGeneralParse(text: String) {
        let fast = TimeOfDay.digitClockSeconds(text)
        if let fast { #expect(fast == TimeOfDay.secondsReadGenerally(text)) }
        #expect(TimeOfDay(text: text)?.secondsSinceMidnight == TimeOfDay.secondsReadGenerally(text))
    }

    @Test(arguments: [("08:52", true), ("8:52", true), ("25:00", true), ("08:52:30", true), ("0852", false),
                      (" 08:52", false), ("8:5", false), ("+8:52", false)])
    func digitClockShape(text: String, isClock: Bool) {
        #expect(TimeOfDay.isDigitClock(text) == isClock)
    }
}
