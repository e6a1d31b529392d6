#!/bin/sh
# An eight-hour 1 Hz CDI capture imported and merged into a typed record (release build), beside reading the same
# file with the CSV library alone. Each measurement runs in its own process; peak RSS is the process's maximum.
# Usage: Benchmarks/capture-import.sh [HOURS]   (from the package root)
# Measured 2026-11-27 (release, 2 shared cores under load ~17, so CPU time is the honest figure): 28,800 samples,
# 3.8 MB; CSV library alone 125 ms CPU, peak RSS 27 MB; import + artefact rules + merge about 0.95 s CPU, whole run
# with XML (7.7 MB) and Markdown (2.9 MB) writing 1.3 s CPU, peak RSS 141 MB.
set -e
hours=${1:-8}
swift build -c release --product PerfusioBenchmarks >/dev/null
bench=.build/release/PerfusioBenchmarks
file=${TMPDIR:-/tmp}/perfusio-cdi-${hours}h.log
$bench capture-generate "$file" "$hours"
for run in 1 2 3; do
    echo "-- run $run"
    $bench capture-csv-baseline "$file"
    $bench capture-import "$file" Tests/PerfusioCLITests/Inputs/porcine-2026027.md
done
