import Testing
@testable import PerfusioRules

/// `{name}` placeholders in rule messages are filled in one pass.
@Suite struct MessageTemplateTests {
    let fields = ["value": "48 mmHg", "threshold": "50 mmHg", "time": "09:35", "odd": "{value}"]

    @Test func fillsEveryKnownPlaceholder() {
        #expect(MessageTemplate.fill("MAP {value} below {threshold} at {time}", fields) == "MAP 48 mmHg below 50 mmHg at 09:35")
        #expect(MessageTemplate.fill("{value}{value}", fields) == "48 mmHg48 mmHg")
    }

    @Test func leavesUnknownAndUnclosedBracesAsWritten() {
        #expect(MessageTemplate.fill("no placeholders", fields) == "no placeholders")
        #expect(MessageTemplate.fill("{unknown} stays", fields) == "{unknown} stays")
        #expect(MessageTemplate.fill("open { brace", fields) == "open { brace")
        #expect(MessageTemplate.fill("ends with {", fields) == "ends with {")
        #expect(MessageTemplate.fill("{{value}}", fields) == "{48 mmHg}")
        #expect(MessageTemplate.fill("°C {value} — ü", fields) == "°C 48 mmHg — ü")
    }

    @Test func aValueHoldingAPlaceholderIsNotFilledAgain() {
        #expect(MessageTemplate.fill("{odd}", fields) == "{value}")
    }
}
