/// A label and its value, both ready for the template (formatted with units, escaped for the format).
public struct LabeledValue: Sendable, Hashable {
    public var label: String
    public var value: String
    /// True when the value needs attention (an unticked item, a value beyond its threshold); drawn in bold
    /// with a word, never by colour alone.
    public var isAlert: Bool

    public init(label: String, value: String, isAlert: Bool = false) {
        self.label = label
        self.value = value
        self.isAlert = isAlert
    }
}

/// A line of a timeline: when, what, and the details as written.
public struct TimedLine: Sendable, Hashable {
    public var time: String
    public var label: String
    public var detail: String

    public init(time: String, label: String, detail: String) {
        self.time = time
        self.label = label
        self.detail = detail
    }
}

/// A titled list of values; optional in a view, so an empty section is left out of the page.
public struct ValueSection: Sendable, Hashable {
    public var title: String
    public var rows: [LabeledValue]

    public init(title: String, rows: [LabeledValue]) {
        self.title = title
        self.rows = rows
    }
}

/// A titled list of timed lines; optional in a view, so an empty list is left out of the page.
public struct TimedSection: Sendable, Hashable {
    public var title: String
    public var lines: [TimedLine]

    public init(title: String, lines: [TimedLine]) {
        self.title = title
        self.lines = lines
    }
}
