#if canImport(Glibc)
import Glibc
#endif

/// glibc's allocator set for a batch that builds and drops large trees: no fast bins, and heaps grown 64 MiB at a time.
///
/// Reading a record makes and frees millions of small blocks (libxml2 nodes, the model's strings and dictionaries).
/// With glibc's defaults, the freed blocks wait in fast bins that `malloc_consolidate` walks again at each large
/// request, and every worker thread's heap grows a page range at a time through `mprotect`. A profile of reading a
/// 28,800-reading XML record spent 17 % of its time consolidating and about as much in `mprotect` and page faults;
/// with these two settings the same read takes about a quarter less CPU. Peak resident memory does not grow: the
/// padding is address space, touched only when used. Only on Linux with glibc; elsewhere it does nothing.
public enum AllocatorTuning {
    /// Applies the settings to this process (once, before the work starts).
    public static func apply() {
        #if canImport(Glibc)
        _ = glibcMallopt(mallocMaxFast, 0)
        _ = glibcMallopt(mallocTopPad, 64 << 20)
        #endif
    }

    #if canImport(Glibc)
    /// `M_MXFAST` and `M_TOP_PAD` of glibc's `<malloc.h>`, which Swift's Glibc module does not bring in.
    static let mallocMaxFast: Int32 = 1, mallocTopPad: Int32 = -2
    #endif
}

#if canImport(Glibc)
/// glibc's `int mallopt(int param, int value)`.
@_silgen_name("mallopt")
private func glibcMallopt(_ parameter: Int32, _ value: Int32) -> Int32
#endif
