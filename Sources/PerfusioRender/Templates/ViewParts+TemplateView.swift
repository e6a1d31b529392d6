// The parts of report and handover views, answering their fields by name (see ``TemplateView``).

extension ValueSection: TemplateView {
    func templateValue(named name: String) -> Any? {
        switch name {
        case "title": title
        case "rows": rows.nodes
        default: nil
        }
    }
}

extension TimedSection: TemplateView {
    func templateValue(named name: String) -> Any? {
        switch name {
        case "title": title
        case "lines": lines.nodes
        default: nil
        }
    }
}

extension LabeledValue: TemplateView {
    func templateValue(named name: String) -> Any? {
        switch name {
        case "label": label
        case "value": value
        case "isAlert": isAlert
        default: nil
        }
    }
}

extension TimedLine: TemplateView {
    func templateValue(named name: String) -> Any? {
        switch name {
        case "time": time
        case "label": label
        case "detail": detail
        default: nil
        }
    }
}

extension FindingView: TemplateView {
    func templateValue(named name: String) -> Any? {
        switch name {
        case "number": number
        case "severity": severity
        case "severityClass": severityClass
        case "id": id
        case "time": time
        case "message": message
        case "measured": measured
        case "source": source
        case "location": location
        default: nil
        }
    }
}

extension ChecklistLine: TemplateView {
    func templateValue(named name: String) -> Any? {
        switch name {
        case "text": text
        case "isChecked": isChecked
        case "status": status
        default: nil
        }
    }
}

extension NoteView: TemplateView {
    func templateValue(named name: String) -> Any? {
        switch name {
        case "html": html
        case "lines": lines
        case "section": section
        case "isUnparsed": isUnparsed
        default: nil
        }
    }
}
