import Mustache
import PerfusioCore
import Testing
@testable import PerfusioRender

/// Every view answers, by name, exactly the stored properties a `Mirror` finds (what swift-mustache would have
/// looked up), with the same values: a field added without its `case` fails here, not silently in a template.
@Suite struct TemplateViewTests {
    /// The fields of `view` that its `templateValue(named:)` answers differently from its stored properties, as
    /// `Type.field`; nested views are walked too.
    static func mismatches(_ view: any TemplateView) -> [String] {
        var found: [String] = []
        let type = String(describing: Swift.type(of: view))
        for child in Mirror(reflecting: view).children {
            guard let label = child.label else { continue }
            let expected = unwrapped(child.value), answer = view.templateValue(named: label)
            switch (expected, answer) {
            case (nil, nil): continue
            case (let e?, let a?):
                if !same(e, a) { found.append("\(type).\(label)") }
            default: found.append("\(type).\(label)")
            }
            if let nested = expected as? any TemplateView { found += mismatches(nested) }
            if let nested = expected as? [any TemplateView] { found += nested.flatMap(mismatches) }
        }
        if view.templateValue(named: "noSuchField") != nil { found.append("\(type).noSuchField") }
        return Array(Set(found)).sorted()
    }

    /// Whether a template answer stands for the stored value: equal plain values, the same texts or views wrapped.
    static func same(_ expected: Any, _ answer: Any) -> Bool {
        if let view = expected as? any TemplateView {
            return (answer as? any AnyTemplateNode).map { "\($0.anyView)" == "\(view)" } ?? false
        }
        if let views = expected as? [any TemplateView], !views.isEmpty {
            guard let nodes = answer as? [any AnyTemplateNode] else { return false }
            return nodes.map { "\($0.anyView)" } == views.map { "\($0)" }
        }
        if let texts = answer as? [TemplateText], !texts.isEmpty { return same(expected, texts.map(\.text)) }
        return String(reflecting: expected) == String(reflecting: (answer as? TemplateText)?.text ?? answer)
    }

    static func unwrapped(_ value: Any) -> Any? {
        let mirror = Mirror(reflecting: value)
        guard mirror.displayStyle == .optional else { return value }
        return mirror.children.first?.value
    }

    @Test(arguments: DocumentFormat.allCases)
    func reportAndHandoverViewsAnswerEveryField(_ format: DocumentFormat) {
        let record = HostileRecord.make("x")
        let findings = [HostileRecord.finding("x")]
        let report = ReportView(record: record, findings: findings, format: format, chartFile: "x-chart.svg")
        let handover = HandoverView(record: record, findings: findings, format: format)
        #expect(Self.mismatches(report) == [])
        #expect(Self.mismatches(handover) == [])
    }

    @Test func aBypassCaseAnswersEveryField() {
        let record = RenderFixtures.bypassCase()
        #expect(Self.mismatches(ReportView(record: record, format: .html)) == [])
        #expect(Self.mismatches(HandoverView(record: record, format: .markdown)) == [])
    }

    @Test func anEmptyOptionalIsNoValueAndAFieldIsFoundByItsName() {
        let finding = FindingView(number: 3, diagnostic: Diagnostic(id: "x.y", severity: .warning, message: "m"),
                                  text: ViewText(format: .html), time: { _ in "" })
        #expect(finding.templateValue(named: "time") == nil)
        #expect((finding.templateValue(named: "number") as? TemplateText)?.text == "3")
        #expect(finding.templateValue(named: "Number") == nil)
    }
}

/// Lets the test see the view inside a ``TemplateNode`` of any type.
protocol AnyTemplateNode { var anyView: Any { get } }
extension TemplateNode: AnyTemplateNode { var anyView: Any { view } }
