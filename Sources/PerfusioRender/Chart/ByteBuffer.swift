/// A growable buffer of bytes, written in place: what ``SVGAttributes`` writes a chart into.
///
/// A chart is tens of thousands of appends of a few bytes each; an `Array` checks at every append that its storage
/// is not shared (a call into the runtime each time, the largest cost left in writing a chart). This buffer cannot
/// be shared: it is not copyable, so it owns its storage alone and only checks the capacity.
struct ByteBuffer: ~Copyable {
    private var storage: UnsafeMutablePointer<UInt8>
    private var capacity: Int
    /// The number of bytes written.
    private(set) var count = 0

    init(capacity: Int) {
        self.capacity = max(capacity, 16)
        storage = .allocate(capacity: self.capacity)
    }

    deinit { storage.deallocate() }

    @inline(__always)
    mutating func append(_ byte: UInt8) {
        if count == capacity { grow(to: count + 1) }
        storage[count] = byte
        count += 1
    }

    @inline(__always)
    mutating func append(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let source = bytes.baseAddress else { return }
        if count + bytes.count > capacity { grow(to: count + bytes.count) }
        (storage + count).initialize(from: source, count: bytes.count)
        count += bytes.count
    }

    mutating func append(_ markup: StaticString) {
        markup.withUTF8Buffer { append($0) }
    }

    /// The bytes as text (checked as UTF-8, as `String(decoding:as:)` checks).
    var string: String { String(decoding: UnsafeBufferPointer(start: storage, count: count), as: UTF8.self) }

    /// Forgets the bytes written, keeping the storage.
    mutating func removeAll() { count = 0 }

    private mutating func grow(to needed: Int) {
        let larger = max(capacity * 2, needed)
        let moved = UnsafeMutablePointer<UInt8>.allocate(capacity: larger)
        moved.initialize(from: storage, count: count)
        storage.deallocate()
        storage = moved
        capacity = larger
    }
}
