#!/usr/bin/env bash
# Prints every curated sample's (and shared example's) report and handover to PDF and PNG with headless Chromium, on A4 and
# on Letter, and fails if the browser reports an error, leaves a file empty, or a handover takes more than one page.
#
#   Tests/Tools/render-check.sh [OUT]        (default OUT: .build/render-check)
#
# Needs Debian's `chromium` (installed when missing, as root). Not part of `swift test`: the Swift suite never
# depends on a browser. Look at OUT/*.png to check legibility at A4 width.
set -euo pipefail
cd "$(dirname "$0")/../.."
out="${1:-.build/render-check}"

if ! command -v chromium >/dev/null; then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
fi

swift build --product perfusio >"${TMPDIR:-/tmp}/render-check-build.log" 2>&1 || { cat "${TMPDIR:-/tmp}/render-check-build.log" >&2; exit 1; }
bin="$(swift build --show-bin-path)/perfusio"
rm -rf "$out" && mkdir -p "$out/html"
# The curated samples (not the generated department year in samples/department/) and the shared examples.
inputs=(samples/*.md Tests/Fixtures/examples/adult-cabg.md Tests/Fixtures/examples/paediatric-vsd.md Tests/Fixtures/examples/va-ecmo-run.md)
"$bin" report "${inputs[@]}" -o "$out/html" 2>"$out/perfusio.log"
"$bin" handover "${inputs[@]}" -o "$out/html" 2>>"$out/perfusio.log"

# Chromium logs harmless D-Bus and GPU complaints in a container; anything else at ERROR or FATAL, or a console
# message from the page, counts as the browser reporting an error.
noise='dbus/|bus\.cc|object_proxy|gpu|viz_main|sandbox|Fontconfig|gcm/|power_save_blocker|/usr/bin/chromium: [0-9]+: \['
status=0
run_chromium() {  # log, then chromium arguments
  local log="$1"; shift
  if ! timeout 120 chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --no-pdf-header-footer \
      --enable-logging=stderr --v=0 "$@" >"$log" 2>&1; then
    echo "error: chromium failed: $*" >&2; cat "$log" >&2; status=1; return
  fi
  if grep -E ':(ERROR|FATAL):|CONSOLE|Uncaught' "$log" | grep -Ev "$noise" >&2; then
    echo "error: chromium reported the errors above for: $*" >&2; status=1
  fi
}

for html in "$out"/html/*.html; do
  name="$(basename "$html" .html)"
  for paper in A4 Letter; do
    # The stylesheet sets no page size (one layout fits both); force each size here to check both.
    page="$out/$name-$paper.html"
    sed "s|</head>|<style>@page { size: $paper; }</style></head>|" "$html" >"$page"
    pdf="$out/$name-$paper.pdf"
    run_chromium "$out/$name-$paper.pdf.log" --print-to-pdf="$pdf" "file://$PWD/$page"
    if [ ! -s "$pdf" ]; then echo "error: $pdf is missing or empty" >&2; status=1; continue; fi
    pages="$(grep -a -o '/Count [0-9]*' "$pdf" | head -1 | cut -d' ' -f2)"
    echo "$name $paper: ${pages:-?} page(s)"
    if [[ "$name" == *-handover && "${pages:-0}" != 1 ]]; then
      echo "error: $name does not fit on one $paper page (${pages:-?} pages)" >&2; status=1
    fi
  done
  # A4 width at 96 dpi (210 mm = 794 px), tall enough for a whole report.
  run_chromium "$out/$name.png.log" --screenshot="$out/$name.png" --window-size=794,3000 "file://$PWD/$html"
  [ -s "$out/$name.png" ] || { echo "error: $out/$name.png is missing or empty" >&2; status=1; }
done

[ "$status" = 0 ] && echo "render check passed: $(ls "$out"/*.pdf | wc -l) PDFs and $(ls "$out"/*.png | wc -l) PNGs in $out"
exit "$status"
