import Foundation

/// A command transcript: the `perfusio` commands a user types and what each prints and returns.
///
/// ```
/// # a comment, outside any step
/// % perfusio validate Tests/Fixtures/examples/broken-timeline.md
/// Tests/Fixtures/examples/broken-timeline.md:11:9: error: … [read.weight.negative]
/// 2> 1 record, 7 errors, 0 warnings
/// => 1
/// ```
/// Lines after `%` are standard output, lines starting `2> ` standard error (compared separately, so the order
/// between the two streams does not matter), and `=> N` the exit status. `< FILE` at the end of a command feeds
/// the file to standard input. `$TMP` stands for a fresh folder per transcript, in commands and in output.
struct Transcript {
    /// One command and what it is expected to do.
    struct Step {
        var arguments: [String]
        var standardInput: String?
        var output: [String] = []
        var errors: [String] = []
        var status: Int32 = 0
    }

    /// Comment lines before each step, kept so a re-recorded transcript keeps them.
    var comments: [[String]] = []
    var steps: [Step] = []

    /// Parses a transcript; nil with a reason when it is malformed.
    static func parse(_ text: String) throws -> Transcript {
        var transcript = Transcript()
        var comments: [String] = []
        var step: Step?
        for line in text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) {
            if var current = step {
                if line.hasPrefix("=> "), let status = Int32(line.dropFirst(3)) {
                    current.status = status
                    transcript.steps.append(current)
                    transcript.comments.append(comments)
                    comments = []
                    step = nil
                } else if line.hasPrefix("2> ") || line == "2>" {
                    current.errors.append(String(line.dropFirst(3)))
                    step = current
                } else {
                    current.output.append(line)
                    step = current
                }
            } else if line.hasPrefix("% perfusio") {
                step = try command(String(line.dropFirst(2)))
            } else if line.hasPrefix("#") || line.isEmpty {
                comments.append(line)
            } else {
                throw TranscriptError("a line outside any step: \(line)")
            }
        }
        if step != nil { throw TranscriptError("the last step has no '=> status' line") }
        return transcript
    }

    /// The transcript text for these steps (used to compare and to re-record).
    func text() -> String {
        var lines: [String] = []
        for (index, step) in steps.enumerated() {
            lines += comments[index]
            var command = step.arguments.map(Self.quoted).joined(separator: " ")
            if let input = step.standardInput { command += " < \(input)" }
            lines.append("% " + command)
            lines += step.output
            lines += step.errors.map { $0.isEmpty ? "2>" : "2> " + $0 }
            lines.append("=> \(step.status)")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Splits a command line on spaces, honouring single and double quotes.
    static func command(_ line: String) throws -> Step {
        var words: [String] = [], word = "", quote: Character?, inWord = false
        for character in line {
            if let open = quote {
                if character == open { quote = nil } else { word.append(character) }
            } else if character == "'" || character == "\"" {
                quote = character
                inWord = true
            } else if character == " " {
                if inWord { words.append(word) }
                word = ""
                inWord = false
            } else {
                word.append(character)
                inWord = true
            }
        }
        if quote != nil { throw TranscriptError("an unclosed quote in: \(line)") }
        if inWord { words.append(word) }
        var step = Step(arguments: words)
        if words.count >= 2, words[words.count - 2] == "<" {
            step.standardInput = words.last
            step.arguments.removeLast(2)
        }
        return step
    }

    private static func quoted(_ word: String) -> String {
        word.isEmpty || word.contains(" ") || word.contains("'") ? "\"\(word)\"" : word
    }
}

/// A malformed transcript file.
struct TranscriptError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
