#!/usr/bin/env bash
# Builds one libFuzzer target (Tests/Fuzz/README.md) with AddressSanitizer and runs it for SECONDS.
#   Tests/Fuzz/fuzz.sh markdown|xml|frontmatter SECONDS [extra libFuzzer flags...]
# Seeds: samples/, Tests/Fixtures/examples (and samples/xml for xml; front matter blocks for frontmatter).
# Corpus grows in .build-fuzz/corpus/TARGET; crashers land in .build-fuzz/crashes/TARGET; the log in
# .build-fuzz/logs/TARGET-<time>.log ends with libFuzzer's final figures (executions, coverage, features).
set -euo pipefail
cd "$(dirname "$0")/../.."
target=${1:?usage: Tests/Fuzz/fuzz.sh markdown|xml|frontmatter SECONDS}
seconds=${2:?usage: Tests/Fuzz/fuzz.sh TARGET SECONDS}
shift 2
case "$target" in
    markdown) product=FuzzMarkdown ;;
    xml) product=FuzzXML ;;
    frontmatter) product=FuzzFrontMatter ;;
    *) echo "unknown target $target (markdown, xml, frontmatter)" >&2; exit 2 ;;
esac
scratch=.build-fuzz
# Release by default (about ten times the executions of a debug build); FUZZ_CONFIG=debug for readable traces.
config=${FUZZ_CONFIG:-release}
export PERFUSIO_FUZZ=1
# lld: gold fails on the sanitized debug information ("internal error in format_file_lineno").
swift build -c "$config" --product "$product" --scratch-path "$scratch" \
    -Xswiftc -sanitize=fuzzer,address -Xswiftc -use-ld=lld -Xcc -fsanitize=fuzzer-no-link,address
binary=$(swift build -c "$config" --product "$product" --scratch-path "$scratch" --show-bin-path)/$product

corpus=$scratch/corpus/$target seeds=$scratch/seeds/$target crashes=$scratch/crashes/$target logs=$scratch/logs
mkdir -p "$corpus" "$seeds" "$crashes" "$logs"
case "$target" in
    markdown) cp samples/*.md Tests/Fixtures/examples/*.md "$seeds"/ ;;
    xml) cp samples/xml/*.xml "$seeds"/ ;;
    frontmatter)
        for log in samples/*.md Tests/Fixtures/examples/*.md; do
            awk 'NR == 1 && $0 == "---" { inside = 1; next } inside && ($0 == "---" || $0 == "...") { exit } inside' \
                "$log" > "$seeds/$(basename "$log" .md).yaml"
        done ;;
esac

log=$logs/$target-$(date +%Y%m%d-%H%M%S).log
echo "fuzzing $target for $seconds s; log $log" >&2
# -timeout: an input taking over 10 s is a hang and is kept like a crash; -rss_limit_mb guards the shared machine.
set +e
"$binary" "$corpus" "$seeds" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=3072 -max_len=65536 \
    -artifact_prefix="$crashes/" -print_final_stats=1 "$@" 2>&1 | tee "$log" | grep -E '^#[0-9]+.*(pulse|DONE)|ERROR|SUMMARY|stat::'
status=${PIPESTATUS[0]}
set -e
ls "$crashes" >&2
exit "$status"
