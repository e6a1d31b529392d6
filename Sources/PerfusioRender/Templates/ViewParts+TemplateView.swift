// The parts of report and handover views, answering their fields by name (see ``TemplateView``).

extension ValueSection: TemplateView {
    func templateValue(named name: String) -> Any? {
        switch name {
        case "title": title.templateText
        case "rows": rows.nodes
        default: nil
        }
    }
}

extension TimedSection: TemplateView {
    func templateValue(named name: String) -> Any? {
        switch name {
        case "title": title.templateText
        case "lines": lines.nodes
        default: nil
        }
    }
}

extension LabeledValue: TemplateView {
    func templateValue(named name: String) -> Any? {
        switch name {
        case "label": label.templateText
        case "value": value.templateText
        case "isAlert": isAlert
        default: nil
        }
    }
}

extension TimedLine: TemplateView {
    func templateValue(named name: String) -> Any? {
        switch name {
        case "time": time.templateText
        case "label": label.templateText
        case "detail": detail.templateText
        default: nil
        }
    }
}

extension FindingView: TemplateView {
    func templateValue(named name: String) -> Any? {
        switch name {
        case "number": number.templateText
        case "severity": severity.templateText
        case "severityClass": severityClass.templateText
        case "id": id.templateText
        case "time": time.templateText
        case "message": message.templateText
        case "measured": measured.templateText
        case "source": source.templateText
        case "location": location.templateText
        default: nil
        }
    }
}

extension ChecklistLine: TemplateView {
    func templateValue(named name: String) -> Any? {
        switch name {
        case "text": text.templateText
        case "isChecked": isChecked
        case "status": status.templateText
        default: nil
        }
    }
}

extension NoteView: TemplateView {
    func templateValue(named name: String) -> Any? {
        switch name {
        case "html": html.templateText
        case "lines": lines.templateTexts
        case "section": section.templateText
        case "isUnparsed": isUnparsed
        default: nil
        }
    }
}
