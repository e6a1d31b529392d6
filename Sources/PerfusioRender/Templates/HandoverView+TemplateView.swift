extension HandoverView: TemplateView {
    func templateValue(named name: String) -> Any? {
        switch name {
        case "title": title.templateText
        case "caseID": caseID.templateText
        case "summary": summary.templateText
        case "identitySection": identitySection.node
        case "patientSection": patientSection.node
        case "procedureSection": procedureSection.node
        case "keyTimesSection": keyTimesSection.node
        case "course": course.templateTexts
        case "lastLabsSection": lastLabsSection.node
        case "anticoagulationSection": anticoagulationSection.node
        case "drugs": drugs.node
        case "fluidBalanceSection": fluidBalanceSection.node
        case "bloodProducts": bloodProducts.node
        case "findings": findings.nodes
        case "hasFindings": hasFindings
        case "findingsSummary": findingsSummary.templateText
        case "unticked": unticked.nodes
        case "hasUnticked": hasUnticked
        case "hasCourse": hasCourse
        case "handover": handover.node
        default: nil
        }
    }
}
