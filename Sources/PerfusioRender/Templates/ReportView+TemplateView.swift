extension ReportView: TemplateView {
    func templateValue(named name: String) -> Any? {
        switch name {
        case "title": title.templateText
        case "caseID": caseID.templateText
        case "subtitle": subtitle.templateText
        case "caseSection": caseSection.node
        case "teamSection": teamSection.node
        case "identitySection": identitySection.node
        case "patientSection": patientSection.node
        case "circuitSection": circuitSection.node
        case "primeSection": primeSection.node
        case "keyTimesSection": keyTimesSection.node
        case "figuresSection": figuresSection.node
        case "assumptions": assumptions.templateTexts
        case "hasAssumptions": hasAssumptions
        case "cardioplegia": cardioplegia.node
        case "anticoagulationSection": anticoagulationSection.node
        case "anticoagulationTimeline": anticoagulationTimeline.node
        case "findings": findings.nodes
        case "hasFindings": hasFindings
        case "findingsSummary": findingsSummary.templateText
        case "fluidBalanceSection": fluidBalanceSection.node
        case "fluids": fluids.node
        case "bloodProducts": bloodProducts.node
        case "drugs": drugs.node
        case "timeline": timeline.node
        case "checklist": checklist.nodes
        case "hasChecklist": hasChecklist
        case "checklistSummary": checklistSummary.templateText
        case "hasUnticked": hasUnticked
        case "notes": notes.nodes
        case "hasNotes": hasNotes
        case "handover": handover.node
        case "chartSVG": chartSVG.templateText
        case "chartLink": chartLink.templateText
        default: nil
        }
    }
}
